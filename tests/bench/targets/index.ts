import { execFileSync } from 'node:child_process';
import { apiStartNodeOptions } from '@parley/test-support';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { GraphQLAsk, Shape } from '../shapes.js';
import type { ShapeParams } from './hand-sql.js';
import { startProcess, type ServerProcess } from './processes.js';

/** The three things the bench measures, each a server process answering HTTP. */

/** `parley-before`: another build of the API (`--parley-before`), for A/B rounds against this one. */
export type TargetId = 'parley' | 'parley-before' | 'postgraphile' | 'sql';

export interface Target {
  id: TargetId;
  process: ServerProcess;
  /** The HTTP request that asks this target for a shape, or null when it cannot ask it. */
  request(shape: Shape, params: ShapeParams): { path: string; body: string } | null;
  /** The response body, normalised to the hand SQL's JSON; throws on errors. */
  normalise(shape: Shape, body: unknown): unknown;
}

const repository = fileURLToPath(new URL('../../../', import.meta.url));
const parleyMain = fileURLToPath(new URL('../../../apps/api/dist/main.js', import.meta.url));
const postgraphileFolder = fileURLToPath(new URL('../postgraphile/', import.meta.url));
const sqlServer = fileURLToPath(new URL('./sql-server.ts', import.meta.url));

async function answers(url: string, init?: RequestInit): Promise<boolean> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(5000) });
  return response.ok;
}

function graphqlTarget(id: TargetId, process: ServerProcess, ask: (shape: Shape) => GraphQLAsk | undefined): Target {
  return {
    id,
    process,
    request(shape, params) {
      const graphql = ask(shape);
      return graphql ? { path: '/graphql', body: JSON.stringify(graphql.request(params)) } : null;
    },
    normalise(shape, body) {
      const { data, errors } = body as { data?: unknown; errors?: { message: string }[] };
      if (errors?.length) throw new Error(`${id}: ${errors.map((error) => error.message).join('; ')}`);
      return ask(shape)!.normalise(data);
    },
  };
}

export interface StartOptions {
  databaseUrl: string;
  pin: boolean;
  /** Write a CPU profile of the Parley server into this folder when it stops. */
  profileDir?: string;
  /** Node's options for the API's process; those of `npm start` (`apiStartNodeOptions`) when absent. */
  nodeOptions?: string[];
}

/** Another build of the API: its `main.js`, measured as `parley-before` in the same rounds. */
export interface BeforeOptions extends StartOptions {
  main: string;
}

/** The built API (apps/api/dist/main.js), started as `npm start` starts it. */
export async function startParley(options: StartOptions): Promise<Target> {
  return startApi('parley', parleyMain, options);
}

/**
 * An earlier build of the API (a copy of `apps/api/dist` beside a `package.json` and the
 * dependencies it resolves), measured in the same alternating rounds as the current one: CPU per
 * request is compared under the same load.
 */
export async function startParleyBefore({ main, ...options }: BeforeOptions): Promise<Target> {
  return startApi('parley-before', main, { ...options, profileDir: undefined });
}

async function startApi(
  id: 'parley' | 'parley-before',
  main: string,
  { databaseUrl, pin, profileDir, nodeOptions = apiStartNodeOptions() }: StartOptions,
): Promise<Target> {
  if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build`);
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const process = await startProcess({
    name: id === 'parley' ? 'Parley' : 'Parley before',
    command: ['node', ...nodeOptions, ...profile, main],
    cwd: fileURLToPath(new URL('../../../apps/api/', import.meta.url)),
    // As deployed: graphql-js checks its types' identity more cheaply in production.
    env: { DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    pin,
    ready: (url) => answers(`${url}/readyz`),
  });
  return graphqlTarget(id, process, (shape) => shape.parley);
}

/** PostGraphile 4 in its own folder; installed from its lockfile on first use. */
export async function startPostgraphile({ databaseUrl, pin }: StartOptions): Promise<Target> {
  if (!existsSync(`${postgraphileFolder}node_modules/postgraphile/package.json`)) {
    console.error('Installing PostGraphile into tests/bench/postgraphile (npm ci, once)…');
    execFileSync('npm', ['ci', '--prefix', postgraphileFolder, '--no-audit', '--no-fund'], {
      cwd: repository,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  const process = await startProcess({
    name: 'PostGraphile',
    command: ['node', `${postgraphileFolder}server.js`],
    env: { DATABASE_URL: databaseUrl, NODE_ENV: 'production' },
    pin,
    ready: (url) =>
      answers(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
  });
  return graphqlTarget('postgraphile', process, (shape) => shape.postgraphile);
}

/** Hand-written SQL behind a minimal HTTP server (sql-server.ts). */
export async function startSql({ databaseUrl, pin }: StartOptions): Promise<Target> {
  const process = await startProcess({
    name: 'hand SQL',
    command: ['node', '--import', '@swc-node/register/esm-register', sqlServer],
    cwd: fileURLToPath(new URL('../../', import.meta.url)),
    env: { DATABASE_URL: databaseUrl },
    pin,
    ready: (url) => answers(`${url}/ready`),
  });
  return {
    id: 'sql',
    process,
    request: (shape, params) => (shape.sql ? { path: `/${shape.sql}`, body: JSON.stringify(params) } : null),
    normalise(_shape, body) {
      const { data, errors } = body as { data?: unknown; errors?: { message: string }[] };
      if (errors?.length) throw new Error(`sql: ${errors.map((error) => error.message).join('; ')}`);
      return data;
    },
  };
}
