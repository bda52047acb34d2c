import autocannon from 'autocannon';
import pg from 'pg';
import { cpuMs, peakRssMb, resetPeakRss } from './targets/processes.js';

/** One load run against one target: throughput, latency, and the CPU it cost where. */
export interface Measurement {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Latency percentiles in milliseconds, over every request of the run. */
  latency: { p50: number; p95: number; p99: number; max: number };
  /** Non-2xx answers, socket errors and timeouts. */
  errors: number;
  /** CPU time of the server process (all threads) over the run, in ms. */
  serverCpuMs: number | null;
  /** CPU time of the PostgreSQL backends serving the corpus database over the run, in ms. */
  postgresCpuMs: number | null;
  /** Peak resident memory of the server process during the run, in MB. */
  peakRssMb: number | null;
}

/**
 * CPU of the PostgreSQL backends connected to one database, from /proc (PostgreSQL runs on this
 * machine; pg_stat_statements is not loaded). Other databases' backends are not counted.
 */
export class PostgresCpu {
  private constructor(private readonly client: pg.Client) {}

  static async open(databaseUrl: string): Promise<PostgresCpu | null> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    const monitor = new PostgresCpu(client);
    const sample = await monitor.sample();
    if (sample.size && [...sample.values()].every((value) => value === null)) {
      await client.end();
      return null; // backends not visible in /proc: PostgreSQL runs elsewhere
    }
    return monitor;
  }

  /** CPU ms of each backend of the database (other than this monitor's). */
  async sample(): Promise<Map<number, number | null>> {
    const { rows } = await this.client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    return new Map(rows.map(({ pid }) => [pid, cpuMs(pid)]));
  }

  static spent(before: Map<number, number | null>, after: Map<number, number | null>): number {
    let total = 0;
    for (const [pid, end] of after) total += Math.max(0, (end ?? 0) - (before.get(pid) ?? 0));
    return total;
  }

  close(): Promise<void> {
    return this.client.end();
  }
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface LoadOptions {
  url: string;
  body: string;
  connections: number;
  /** Run for this long… */
  seconds: number;
  /** …or send exactly this many requests (for shapes that take seconds each). */
  amount?: number;
  serverPid: number;
  postgres: PostgresCpu | null;
}

export async function measure(options: LoadOptions): Promise<Measurement> {
  const latencies: number[] = [];
  resetPeakRss(options.serverPid);
  const cpuBefore = cpuMs(options.serverPid);
  const postgresBefore = await options.postgres?.sample();
  const started = process.hrtime.bigint();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: options.body,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
        timeout: 120,
      },
      (error: unknown, result) =>
        error
          ? reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }))
          : resolve(result),
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 300) latencies.push(responseTime);
    });
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuAfter = cpuMs(options.serverPid);
  const postgresAfter = await options.postgres?.sample();
  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  return {
    requests,
    seconds,
    requestsPerSecond: requests / seconds,
    latency: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      max: latencies.at(-1) ?? NaN,
    },
    errors: result.errors + result.timeouts + result.non2xx,
    serverCpuMs: cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null,
    postgresCpuMs: postgresBefore && postgresAfter ? PostgresCpu.spent(postgresBefore, postgresAfter) : null,
    peakRssMb: peakRssMb(options.serverPid),
  };
}
