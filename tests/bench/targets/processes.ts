import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** Server processes under test, and what /proc says about them. */

/** CPUs the bench may pin to: servers on one, the load generator on another (when there are two). */
export const CAN_PIN = existsSync('/usr/bin/taskset') || existsSync('/bin/taskset');
export const SERVER_CPU = 0;
export const LOAD_CPU = 1;

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU time of a process (all its threads) in milliseconds, or null when it is gone. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

/** Peak resident memory since the last reset, in MB. */
export function peakRssMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Starts measuring the peak resident memory afresh (Linux: clear_refs 5). */
export function resetPeakRss(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not Linux, or not allowed: the peak then covers the process's whole life
  }
}

/** Pins this process (the load generator) to LOAD_CPU, where taskset exists and there are two CPUs. */
export function pinSelf(cpus: number): boolean {
  if (!CAN_PIN || cpus < 2) return false;
  try {
    execFileSync('taskset', ['-a', '-cp', String(LOAD_CPU), String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface ServerProcess {
  name: string;
  url: string;
  pid: number;
  logs(): string;
  /** Resolves once the server answers again (requests queued before have been served). */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  command: string[];
  env: Record<string, string>;
  cwd?: string;
  /** Pin to SERVER_CPU. */
  pin: boolean;
  /** Resolves when the server answers. */
  ready(url: string): Promise<boolean>;
  timeoutMs?: number;
}

/** Starts a server process on a free port (given as PORT) and waits until it answers. */
export async function startProcess(options: SpawnOptions): Promise<ServerProcess> {
  const port = await freePort();
  const [command, ...args] = options.pin ? ['taskset', '-c', String(SERVER_CPU), ...options.command] : options.command;
  let output = '';
  const child: ChildProcess = spawn(command!, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.name} exited with ${child.exitCode}:\n${output}`);
    if (await options.ready(url).catch(() => false)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${options.name} did not answer within ${(options.timeoutMs ?? 60_000) / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const settle = async () => {
    const until = Date.now() + 600_000;
    while (Date.now() < until && !(await options.ready(url).catch(() => false))) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  return { name: options.name, url, pid: child.pid!, logs: () => output, settle, stop };
}
