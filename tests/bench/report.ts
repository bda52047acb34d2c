import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Measurement } from './measure.js';
import type { TargetId } from './targets/index.js';

/** Summaries of the rounds, the printed tables and the JSON record of a run. */

export interface Summary {
  rounds: number;
  requests: number;
  /** Median over the rounds. */
  requestsPerSecond: number;
  /** Medians over the rounds, ms. */
  p50: number;
  p95: number;
  p99: number;
  /** Server CPU per request over all rounds, ms. */
  serverCpuMsPerRequest: number | null;
  /** PostgreSQL backends' CPU per request over all rounds, ms. */
  postgresCpuMsPerRequest: number | null;
  peakRssMb: number | null;
  errors: number;
}

export interface TargetResult {
  target: TargetId;
  /** Why the target was not measured on this shape. */
  skipped?: string;
  rounds: Measurement[];
  summary?: Summary;
}

export interface ShapeResult {
  shape: string;
  title: string;
  /** null when every target answered the same data; else what differed. */
  mismatch: string | null;
  targets: TargetResult[];
}

export interface DatabaseResult {
  dialect: 'postgresql' | 'sqlite';
  databaseUrl: string;
  corpus: Record<string, number>;
  context: Record<string, string | number>;
  shapes: ShapeResult[];
  profile?: string[];
}

export const TARGET_TITLES: Record<TargetId, string> = {
  parley: 'Parley',
  'parley-before': 'Parley before',
  postgraphile: 'PostGraphile',
  sql: 'hand SQL',
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarise(rounds: Measurement[]): Summary {
  const requests = rounds.reduce((sum, round) => sum + round.requests, 0);
  const perRequest = (pick: (round: Measurement) => number | null) => {
    const values = rounds.map(pick);
    if (values.some((value) => value === null) || !requests) return null;
    return (values as number[]).reduce((sum, value) => sum + value, 0) / requests;
  };
  const peaks = rounds.map((round) => round.peakRssMb).filter((peak): peak is number => peak !== null);
  return {
    rounds: rounds.length,
    requests,
    requestsPerSecond: median(rounds.map((round) => round.requestsPerSecond)),
    p50: median(rounds.map((round) => round.latency.p50)),
    p95: median(rounds.map((round) => round.latency.p95)),
    p99: median(rounds.map((round) => round.latency.p99)),
    serverCpuMsPerRequest: perRequest((round) => round.serverCpuMs),
    postgresCpuMsPerRequest: perRequest((round) => round.postgresCpuMs),
    peakRssMb: peaks.length ? Math.max(...peaks) : null,
    errors: rounds.reduce((sum, round) => sum + round.errors, 0),
  };
}

function number(value: number | null | undefined, digits = 0): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  if (value !== 0 && Math.abs(value) < 1 && digits === 0) return value.toPrecision(2);
  return value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(header: string[], rows: string[][], rightFrom = 2): string {
  const align = header.map((_, i) => (i >= rightFrom ? '---:' : '---'));
  return [header, align, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The figures of one database as Markdown tables (per target, then the ratios). */
export function formatDatabase(result: DatabaseResult, settings: string): string {
  const rows: string[][] = [];
  for (const shape of result.shapes) {
    for (const target of shape.targets) {
      const s = target.summary;
      rows.push([
        shape.title,
        TARGET_TITLES[target.target],
        target.skipped ??
          (shape.mismatch ? 'MISMATCH' : number(s?.requestsPerSecond, s && s.requestsPerSecond < 10 ? 2 : 0)),
        number(s?.p50, 1),
        number(s?.p95, 1),
        number(s?.p99, 1),
        number(s?.serverCpuMsPerRequest, 2),
        number(s?.postgresCpuMsPerRequest, 2),
        number(s?.peakRssMb),
        s ? String(s.errors) : '–',
      ]);
    }
  }
  const ratio = (shape: ShapeResult, other: TargetId) => {
    const parley = shape.targets.find((t) => t.target === 'parley')?.summary?.requestsPerSecond;
    const them = shape.targets.find((t) => t.target === other)?.summary?.requestsPerSecond;
    return parley && them ? number(parley / them, 2) : '–';
  };
  const ratios = result.shapes.map((shape) => [shape.title, ratio(shape, 'postgraphile'), ratio(shape, 'sql')]);
  const corpus = ['actor', 'relation', 'evidence', 'event', 'participation', 'document']
    .map((table) => `${number(result.corpus[table])} ${table === 'evidence' ? 'evidence spans' : `${table}s`}`)
    .join(', ');
  return [
    `## ${result.dialect === 'postgresql' ? 'PostgreSQL' : 'SQLite'} — ${corpus}`,
    '',
    settings,
    '',
    table(
      [
        'shape',
        'target',
        'req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'server CPU ms/req',
        'PG CPU ms/req',
        'peak RSS MB',
        'errors',
      ],
      rows,
    ),
    '',
    'Parley throughput as a share of the others (1.00 = as fast; 0.10 = a tenth):',
    '',
    table(['shape', 'Parley/PostGraphile', 'Parley/SQL'], ratios, 1),
    ...(result.profile?.length
      ? ['', 'Where Parley spent its CPU (profile of the whole run):', '', ...result.profile]
      : []),
    '',
  ].join('\n');
}

export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageAtStart: loadavg().map((load) => Number(load.toFixed(2))),
  };
}

/** Writes the run into tests/bench/results/<date>-<label>.json and returns the path. */
export function writeResults(record: object, label: string): string {
  const folder = new URL('./results/', import.meta.url);
  mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19);
  const file = new URL(`${stamp}-${label.replace(/[^\w.-]+/g, '-')}.json`, folder);
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  return file.pathname;
}
