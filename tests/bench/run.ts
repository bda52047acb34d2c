/**
 * `npm run bench [-- options]`: Parley (the built server), PostGraphile 4 and hand-written SQL side
 * by side on the same corpus database, PostgreSQL and SQLite. For each shape it first checks that
 * every target returns the same data, then runs alternating rounds of load (autocannon, pinned to
 * another CPU than the servers where taskset exists) and prints req/s, latency percentiles, server
 * and PostgreSQL CPU per request, peak memory and the ratios; the whole run is written as JSON into
 * tests/bench/results/. `--help` lists the options; tests/bench/README.md explains the figures.
 */
import 'reflect-metadata';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { apiStartNodeOptions } from '@parley/test-support';
import { pickContext } from './context.js';
import { TABLE_NAMES } from '@parley/api/test/corpus/tables.js';
import { ensurePostgresDatabase, loadCorpus } from './corpus/load.js';
import { measure, PostgresCpu, type Measurement } from './measure.js';
import { newestProfile, summariseProfile } from './profile.js';
import {
  formatDatabase,
  machine,
  summarise,
  TARGET_TITLES,
  writeResults,
  type DatabaseResult,
  type ShapeResult,
  type TargetResult,
} from './report.js';
import { SHAPES, type BenchContext, type Shape } from './shapes.js';
import { postgresDb, sqliteDb, type Db } from './targets/hand-sql.js';
import {
  startParley,
  startParleyBefore,
  startPostgraphile,
  startSql,
  type Target,
  type TargetId,
} from './targets/index.js';
import { CAN_PIN, pinSelf } from './targets/processes.js';

const { values: options } = parseArgs({
  options: {
    pg: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/parley_bench' },
    sqlite: { type: 'string', default: fileURLToPath(new URL('./data/bench.sqlite', import.meta.url)) },
    databases: { type: 'string', default: 'postgresql,sqlite' },
    actors: { type: 'string', default: '2000' },
    relations: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    regenerate: { type: 'boolean', default: false },
    seconds: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '1' },
    shapes: { type: 'string' },
    targets: { type: 'string', default: 'parley,postgraphile,sql' },
    quick: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    label: { type: 'string' },
    'parley-before': { type: 'string' },
    'parley-node-options': { type: 'string' },
    'parley-before-node-options': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (options.help) {
  console.log(`Usage: npm run bench -- [options]
  --pg URL             PostgreSQL corpus database (default postgres://postgres@127.0.0.1:5432/parley_bench)
  --sqlite PATH        SQLite corpus file (default tests/bench/data/bench.sqlite)
  --databases LIST     postgresql,sqlite (default both)
  --actors N --relations N --seed N
                       corpus to generate when a database is missing or empty (default 2000 / 20000 / 1)
  --regenerate         generate the corpus again even if the database holds one
  --seconds N          load per shape, target and round (default 5)
  --rounds N           alternating rounds (default 3)
  --connections N      concurrent connections (default 10; paths always 1)
  --warmup N           seconds of unrecorded load before the rounds (default 1)
  --shapes LIST        ${SHAPES.map((shape) => shape.id).join(',')}
  --targets LIST       parley,postgraphile,sql
  --quick              bounded run for CI: a tiny corpus in scratch databases, 1 s, 1 round
  --profile            CPU-profile the Parley server and say where its time went
  --label NAME         name of the JSON file in tests/bench/results/
  --parley-before PATH the main.js of another build of the API, measured in the same rounds
  --parley-node-options "OPTIONS"
                       Node's options for Parley's server (default: those of the API's start script)
  --parley-before-node-options "OPTIONS"
                       the same for the other build (default: Parley's): to compare a change of options`);
  process.exit(0);
}

const integer = (name: string, text: string) => {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} must be a number, got "${text}"`);
  return value;
};
const quick = options.quick;
const settings = {
  seconds: quick ? 1 : integer('seconds', options.seconds),
  rounds: quick ? 1 : Math.max(1, integer('rounds', options.rounds)),
  connections: Math.max(1, integer('connections', options.connections)),
  warmup: quick ? 0.5 : integer('warmup', options.warmup),
  corpus: quick
    ? { actors: 300, relations: 3000, seed: 1 }
    : {
        actors: integer('actors', options.actors),
        relations: integer('relations', options.relations),
        seed: integer('seed', options.seed),
      },
};
const wantedShapes = options.shapes?.split(',') ?? SHAPES.map((shape) => shape.id);
const unknownShape = wantedShapes.find((id) => !SHAPES.some((shape) => shape.id === id));
if (unknownShape) throw new Error(`no shape "${unknownShape}"; shapes: ${SHAPES.map((shape) => shape.id).join(', ')}`);
const shapes = SHAPES.filter((shape) => wantedShapes.includes(shape.id));
const wantedTargets = options.targets.split(',') as TargetId[];
const parleyBefore = options['parley-before'];
if (parleyBefore) wantedTargets.push('parley-before');
const nodeOptionsOf = (text: string | undefined) =>
  text === undefined ? undefined : text.split(/\s+/).filter(Boolean);
const parleyNodeOptions = nodeOptionsOf(options['parley-node-options']) ?? apiStartNodeOptions();
const parleyBeforeNodeOptions = nodeOptionsOf(options['parley-before-node-options']) ?? parleyNodeOptions;

const pinned = pinSelf(cpus().length);
const profileDir = options.profile ? fileURLToPath(new URL('./results/profiles/', import.meta.url)) : undefined;

/** Stable JSON: object keys sorted, so that equal data compares equal whatever the key order. */
function canonical(value: unknown): string {
  // JSON.stringify(undefined) is undefined, whatever its declared type says.
  if (value === undefined) return 'undefined';
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

function firstDifference(a: unknown, b: unknown, path = '$'): string {
  if (canonical(a) === canonical(b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const inner = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
      if (inner) return inner;
    }
  }
  return `${path}: ${canonical(a).slice(0, 200)} ≠ ${canonical(b).slice(0, 200)}`;
}

async function ask(target: Target, shape: Shape, context: BenchContext) {
  const request = target.request(shape, shape.params(context))!;
  const started = performance.now();
  const response = await fetch(`${target.process.url}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    signal: AbortSignal.timeout(300_000),
  });
  const body: unknown = await response.json();
  const milliseconds = performance.now() - started;
  if (!response.ok)
    throw new Error(`${TARGET_TITLES[target.id]} answered ${response.status}: ${JSON.stringify(body).slice(0, 300)}`);
  return { data: target.normalise(shape, body), milliseconds };
}

async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLE_NAMES) {
    const [row] = await db.all<{ n: number | string }>(`select count(*) as n from "${table}"`, []);
    counts[table] = Number(row!.n);
  }
  return counts;
}

async function holdsCorpus(dialect: 'postgresql' | 'sqlite', url: string): Promise<boolean> {
  try {
    if (dialect === 'sqlite') {
      const db = new Database(url.replace(/^sqlite:/, ''), { readonly: true, fileMustExist: true });
      try {
        return (db.prepare<[], { n: number }>('select count(*) as n from relation').get()?.n ?? 0) > 0;
      } finally {
        db.close();
      }
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return Number((await client.query<{ n: string }>('select count(*) as n from relation')).rows[0]!.n) > 0;
    } finally {
      await client.end();
    }
  } catch {
    return false;
  }
}

async function benchDatabase(dialect: 'postgresql' | 'sqlite', databaseUrl: string): Promise<DatabaseResult> {
  if (options.regenerate || quick || !(await holdsCorpus(dialect, databaseUrl))) {
    const { actors, relations, seed } = settings.corpus;
    console.error(`Generating a corpus of ${actors} actors and ${relations} relations into ${databaseUrl}…`);
    await loadCorpus({ databaseUrl, actors, relations, seed, replace: true, quiet: quick });
  }
  const pool = dialect === 'postgresql' ? new pg.Pool({ connectionString: databaseUrl, max: 2 }) : null;
  const sqlite = dialect === 'sqlite' ? new Database(databaseUrl.replace(/^sqlite:/, ''), { readonly: true }) : null;
  const db = pool ? postgresDb(pool) : sqliteDb(sqlite!);
  const targets: Target[] = [];
  const postgres = dialect === 'postgresql' ? await PostgresCpu.open(databaseUrl) : null;
  try {
    const corpus = await rowCounts(db);
    const context = await pickContext(db);
    console.error(`Corpus: ${JSON.stringify(corpus)}\nAsking about: ${JSON.stringify(context)}`);

    const start = { databaseUrl, pin: pinned, profileDir };
    if (wantedTargets.includes('parley')) targets.push(await startParley({ ...start, nodeOptions: parleyNodeOptions }));
    if (parleyBefore)
      targets.push(await startParleyBefore({ ...start, main: parleyBefore, nodeOptions: parleyBeforeNodeOptions }));
    if (wantedTargets.includes('postgraphile') && dialect === 'postgresql')
      targets.push(await startPostgraphile(start));
    if (wantedTargets.includes('sql')) targets.push(await startSql(start));

    const results: ShapeResult[] = [];
    for (const shape of shapes) {
      const answering = targets.filter((target) => target.request(shape, shape.params(context)));
      const result: ShapeResult = {
        shape: shape.id,
        title: shape.title,
        mismatch: null,
        targets: (['parley', 'parley-before', 'postgraphile', 'sql'] as const)
          .filter((id) => wantedTargets.includes(id) && (id !== 'postgraphile' || dialect === 'postgresql'))
          .map((id): TargetResult => {
            const target = answering.find((candidate) => candidate.id === id);
            return { target: id, rounds: [], skipped: target ? undefined : 'not asked' };
          }),
      };
      results.push(result);

      // Same data from every target, or the shape is not measured.
      const answers: { target: Target; data: unknown; milliseconds: number }[] = [];
      for (const target of answering) {
        const answer = await ask(target, shape, context);
        // A first answer is cold (JIT, caches, pool): one that looks slow is timed again (up to three
        // times, the fastest kept), so that a target is not sent the few requests of a slow shape
        // for the cost of its first request.
        let milliseconds = answer.milliseconds;
        for (let retry = 0; retry < 3 && milliseconds > 50; retry++)
          milliseconds = Math.min(milliseconds, (await ask(target, shape, context)).milliseconds);
        answers.push({ target, ...answer, milliseconds });
      }
      const reference = answers.find((answer) => answer.target.id === 'sql') ?? answers[0];
      const mismatches = answers
        .map((answer) => {
          const difference = firstDifference(answer.data, reference?.data);
          return (
            difference && `${TARGET_TITLES[answer.target.id]} vs ${TARGET_TITLES[reference!.target.id]}: ${difference}`
          );
        })
        .filter(Boolean);
      result.mismatch = mismatches.length ? mismatches.join('\n  ') : null;
      const empty = canonical(reference?.data) === 'null' || canonical(reference?.data) === '[]';
      console.error(
        result.mismatch
          ? `✗ ${shape.title}: the targets disagree, not measured\n  ${result.mismatch}`
          : `✓ ${shape.title}: same data from ${answers.map((answer) => TARGET_TITLES[answer.target.id]).join(', ')}${empty ? ' (EMPTY: pick another corpus)' : ''}`,
      );
      if (result.mismatch) continue;

      /** One load run; shapes that take seconds a request get a fixed number of requests instead. */
      const run = async (target: Target, seconds: number): Promise<Measurement> => {
        const request = target.request(shape, shape.params(context))!;
        // Concurrent requests share the CPU: when a window could end before they complete, send a
        // fixed number of requests one at a time instead.
        const latency = answers.find((answer) => answer.target === target)?.milliseconds ?? 0;
        const connections = shape.connections ?? settings.connections;
        const slow = latency * connections * 2 > seconds * 1000;
        const measurement = await measure({
          url: `${target.process.url}${request.path}`,
          body: request.body,
          connections: slow ? 1 : connections,
          seconds,
          amount: slow ? Math.max(1, Math.floor((seconds * 1000) / latency)) : undefined,
          serverPid: target.process.pid,
          postgres,
        });
        // Requests still in flight when the load stopped must not run into the next measurement.
        await target.process.settle();
        return measurement;
      };
      if (settings.warmup > 0) for (const target of answering) await run(target, settings.warmup);
      for (let round = 1; round <= settings.rounds; round++) {
        for (const target of round % 2 ? answering : [...answering].reverse()) {
          const measurement = await run(target, settings.seconds);
          result.targets.find((slot) => slot.target === target.id)!.rounds.push(measurement);
          console.error(
            `  round ${round} · ${TARGET_TITLES[target.id]}: ${measurement.requestsPerSecond.toFixed(1)} req/s, p50 ${measurement.latency.p50.toFixed(1)} ms`,
          );
        }
      }
    }
    for (const result of results)
      for (const slot of result.targets) if (slot.rounds.length) slot.summary = summarise(slot.rounds);
    return {
      dialect,
      databaseUrl: databaseUrl.replace(/\/\/[^@/]*@/, '//'),
      corpus,
      context: { ...context },
      shapes: results,
    };
  } finally {
    for (const target of targets) await target.process.stop();
    await postgres?.close();
    await pool?.end();
    sqlite?.close();
  }
}

// ---- the run ---------------------------------------------------------------------------------

const started = new Date();
const host = machine();
const databases: DatabaseResult[] = [];
const cleanups: (() => Promise<void>)[] = [];
const settingsLine = `${settings.rounds} round${settings.rounds > 1 ? 's' : ''} × ${settings.seconds} s per shape and target, ${settings.connections} connections (paths: 1)${pinned ? ', servers pinned to CPU 0 and the load generator to CPU 1' : CAN_PIN ? '' : ', not pinned (no taskset)'}.`;
try {
  for (const dialect of options.databases.split(',') as ('postgresql' | 'sqlite')[]) {
    let url: string;
    if (dialect === 'postgresql') {
      url = options.pg;
      if (quick) url = url.replace(/\/[^/]*$/, `/parley_bench_quick_${process.pid}`);
      try {
        await ensurePostgresDatabase(url);
      } catch (error) {
        console.error(`PostgreSQL skipped: ${(error as Error).message}`);
        continue;
      }
      if (quick) {
        const admin = url.replace(/\/[^/]*$/, '/postgres');
        const name = `parley_bench_quick_${process.pid}`;
        cleanups.push(async () => {
          const client = new pg.Client({ connectionString: admin });
          await client.connect();
          await client.query(`drop database if exists ${name} with (force)`);
          await client.end();
        });
      }
    } else {
      let file = options.sqlite;
      if (quick) {
        const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
        file = join(dir, 'quick.sqlite');
        cleanups.push(() => {
          rmSync(dir, { recursive: true, force: true });
          return Promise.resolve();
        });
      }
      url = `sqlite:${file}`;
    }
    const result = await benchDatabase(dialect, url);
    if (profileDir) {
      const profile = newestProfile(profileDir);
      if (profile) result.profile = [...summariseProfile(profile), '', `(profile: ${profile})`];
    }
    databases.push(result);
    console.log(`\n${formatDatabase(result, settingsLine)}`);
  }
} finally {
  for (const cleanup of cleanups) await cleanup();
}

const postgresVersion = await (async () => {
  try {
    const client = new pg.Client({ connectionString: options.pg.replace(/\/[^/]*$/, '/postgres') });
    await client.connect();
    const version = (await client.query<{ server_version: string }>('show server_version')).rows[0]!.server_version;
    await client.end();
    return version;
  } catch {
    return null;
  }
})();
const file = writeResults(
  {
    date: started.toISOString(),
    machine: { ...host, postgres: postgresVersion },
    settings,
    nodeOptions: { parley: parleyNodeOptions, ...(parleyBefore ? { parleyBefore: parleyBeforeNodeOptions } : {}) },
    pinned,
    databases,
  },
  options.label ?? (quick ? 'quick' : `${databases[0]?.corpus.relation ?? 0}-relations`),
);
console.log(`Results: ${file}`);
if (databases.some((database) => database.shapes.some((shape) => shape.mismatch))) process.exitCode = 1;
