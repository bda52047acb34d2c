import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createScratchPostgres } from './postgres.js';
import type { DatabaseName } from './databases.js';

/**
 * The compiled API, as `npm start` runs it: `@parley/api`'s main (dist/main.js). Callers depend on
 * `@parley/api`, so turbo builds it before their tests; this package cannot, because the API's own
 * suites depend on it.
 */
export function apiMainScript(): string {
  return createRequire(import.meta.url).resolve('@parley/api');
}

/**
 * The options `npm start` gives Node for the API: those of the `start` script in
 * `@parley/api`'s package.json (`node --max-semi-space-size=8 dist/main.js` gives
 * `['--max-semi-space-size=8']`), so that what starts the server here starts it the same way.
 */
export function apiStartNodeOptions(): string[] {
  const packageJson = createRequire(import.meta.url).resolve('@parley/api/package.json');
  const { scripts } = JSON.parse(readFileSync(packageJson, 'utf8')) as { scripts: { start: string } };
  const [command, ...words] = scripts.start.trim().split(/\s+/);
  if (command !== 'node') throw new Error(`the API's start script does not run node: ${scripts.start}`);
  return words.filter((word) => word.startsWith('-'));
}

/** What one of the API's command-line tools printed, and how it ended. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the API's compiled command-line tools (`user`, `token`, `import`, as `npm run user`
 * runs them) against a database, e.g. a running server's `databaseUrl`.
 */
export function runApiCli(
  tool: 'user' | 'token' | 'import',
  args: string[],
  databaseUrl: string,
  input?: string,
): CliRun {
  const script = join(dirname(apiMainScript()), 'cli', `${tool}.js`);
  const ran = spawnSync(process.execPath, ['--enable-source-maps', script, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    input,
    encoding: 'utf8',
  });
  return { status: ran.status, stdout: ran.stdout, stderr: ran.stderr };
}

/** The server's memory, in bytes, as its memory probe reports it (apps/api/src/memory-probe.ts). */
export interface ServerMemory {
  /** Whether a full garbage collection ran first (only with `memoryProbe`, which starts the server with `--expose-gc`). */
  collected: boolean;
  heapUsed: number;
  heapTotal: number;
  rss: number;
  external: number;
  arrayBuffers: number;
}

export interface StartServerOptions {
  /**
   * Start the server with `--expose-gc` and an IPC channel, so that `memory()` can ask it for its
   * heap right after a full collection (and for heap snapshots).
   */
  memoryProbe?: boolean;
  /**
   * Serve this existing database (another running server's `databaseUrl`) instead of a new one,
   * as a second instance would; `stop()` then leaves it in place.
   */
  databaseUrl?: string;
}

export interface RunningServer {
  url: string;
  databaseUrl: string;
  /** The server process's id (for its memory in /proc). */
  pid: number;
  logs(): string;
  /**
   * The server's memory after a full collection, optionally writing a heap snapshot to
   * `heapSnapshot` first; only for a server started with `memoryProbe`.
   */
  memory(options?: { heapSnapshot?: string }): Promise<ServerMemory>;
  /** Sends a signal to the server process. */
  signal(signal: NodeJS.Signals): void;
  /** Resolves with the exit code once the server process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Starts the real server (the compiled API, as `npm start` runs it) on a free port over a new
 * database that it migrates and seeds itself; `stop()` ends it and removes the database.
 */
export async function startServer(
  database: DatabaseName = 'sqlite',
  env: Record<string, string> = {},
  { memoryProbe = false, databaseUrl: sharedDatabaseUrl }: StartServerOptions = {},
): Promise<RunningServer> {
  const mainScript = apiMainScript();
  const port = await freePort();
  let databaseUrl: string;
  let cleanup: () => Promise<void>;
  if (sharedDatabaseUrl) {
    databaseUrl = sharedDatabaseUrl;
    cleanup = () => Promise.resolve();
  } else if (database === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'parley-server-'));
    databaseUrl = `sqlite:${join(dir, 'parley.sqlite')}`;
    cleanup = () => rm(dir, { recursive: true, force: true });
  } else {
    const scratch = await createScratchPostgres('parley_http');
    databaseUrl = scratch.url;
    cleanup = () => scratch.drop();
  }
  let output = '';
  const nodeOptions = memoryProbe ? [...apiStartNodeOptions(), '--expose-gc'] : apiStartNodeOptions();
  const child: ChildProcess = spawn(process.execPath, [...nodeOptions, mainScript], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      // A fresh scratch file: the server may create it.
      PARLEY_CREATE_DATABASE: 'true',
      ...env,
    },
    stdio: memoryProbe ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  // The channel must not keep this process alive after the suite is done with the server.
  child.channel?.unref();
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not become ready within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    url,
    databaseUrl,
    pid: child.pid ?? 0,
    logs: () => output,
    memory: (options = {}) => askMemory(child, options.heapSnapshot),
    signal: (signal) => child.kill(signal),
    exited,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
      await cleanup();
    },
  };
}

/** The probe's answer (apps/api/src/memory-probe.ts), told apart from any other message. */
function isMemoryReply(message: unknown): message is ServerMemory & { parleyMemoryProbe: true } {
  return typeof message === 'object' && message !== null && 'parleyMemoryProbe' in message;
}

/** Asks the server's memory probe over IPC; one question at a time per server is enough for the suites. */
function askMemory(child: ChildProcess, heapSnapshot: string | undefined): Promise<ServerMemory> {
  return new Promise((resolve, reject) => {
    if (!child.connected) {
      reject(new Error('the server was started without memoryProbe'));
      return;
    }
    const done = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
      child.channel?.unref();
    };
    const onMessage = (message: unknown) => {
      if (!isMemoryReply(message)) return;
      done();
      const { collected, heapUsed, heapTotal, rss, external, arrayBuffers } = message;
      resolve({ collected, heapUsed, heapTotal, rss, external, arrayBuffers });
    };
    const onExit = () => {
      done();
      reject(new Error('the server exited before reporting its memory'));
    };
    // Held while waiting for the answer, so that a script with nothing else to do waits for it.
    child.channel?.ref();
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send({ parleyMemoryProbe: true, heapSnapshot });
  });
}

/** A GraphQL response body, as far as the suites read it. */
export interface GraphQLResponseBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[];
}

/** POSTs a GraphQL request and returns status, content type and parsed body (undefined when not JSON). */
export async function postGraphQL(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: GraphQLResponseBody | undefined;
  try {
    json = JSON.parse(text) as GraphQLResponseBody;
  } catch {
    json = undefined;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, json };
}
