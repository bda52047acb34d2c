import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { ormOptions } from '@parley/api/dist/db/orm.js';
import { createContext } from '@parley/api/dist/common/context.js';
import { onRead } from '@parley/api/dist/common/read.js';
import { PathArgs, searchPaths } from '@parley/api/dist/path/path.resolver.js';
import { NeighbourhoodResolver } from '@parley/api/dist/neighbourhood/neighbourhood.resolver.js';
import { Direction } from '@parley/api/dist/relation/relation-direction.js';
import { pickContext } from './context.js';
import { postgresDb } from './targets/hand-sql.js';

/**
 * Where a path or neighbourhood question spends its time, statement by statement (PostgreSQL):
 * runs each question in-process on a corpus database, a few times warm, records every statement
 * it sends (through the ORM's connection or the read path) with its wall time and rows, then
 * runs each once more under EXPLAIN (ANALYZE, BUFFERS) for planning and execution time.
 *
 *   node --import @swc-node/register/esm-register bench/search-profile.ts \
 *     --database-url postgres://postgres@127.0.0.1:5432/parley_bench_1m [--runs 5] [--plans]
 *     [--questions paths-4,neighbourhood] [--dump PREFIX (each question's statements as JSON)]
 */

const { values: options } = parseArgs({
  options: {
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/parley_bench' },
    runs: { type: 'string', default: '5' },
    plans: { type: 'boolean', default: false },
    questions: { type: 'string', default: 'paths-2,paths-3,paths-4,neighbourhood' },
    dump: { type: 'string' },
  },
});
const url = options['database-url'];
const runs = Number(options.runs);

interface Statement {
  sql: string;
  params: readonly unknown[];
  ms: number;
  rows: number;
}

const orm = await MikroORM.init(ormOptions(url));
const pool = new pg.Pool({ connectionString: url, max: 2 });
const context = await pickContext(postgresDb(pool));
console.log(`corpus ${url}; question ${context.pathFrom} → ${context.pathTo} (${context.pathShortest} hops apart)`);

let recording: Statement[] | undefined;
const connection = orm.em.getConnection();
const execute = connection.execute.bind(connection);
connection.execute = (async (sql: string, params: unknown[] = [], ...rest: unknown[]) => {
  const start = performance.now();
  const result: unknown = await (execute as (...args: unknown[]) => Promise<unknown>)(sql, params, ...rest);
  recording?.push({ sql, params, ms: performance.now() - start, rows: Array.isArray(result) ? result.length : 0 });
  return result;
}) as typeof connection.execute;
// The read path's statements: their time is part of the question's wall time, their text is logged.
onRead((sql, params) => recording?.push({ sql, params, ms: NaN, rows: NaN }));

const questions: Record<string, () => Promise<unknown>> = {
  neighbourhood: async () => {
    const answer = await new NeighbourhoodResolver().neighbourhood(
      context.pathFrom,
      2,
      50,
      Direction.BOTH,
      null,
      createContext(orm.em),
    );
    return { actors: answer.actors.length, capped: await answer.capped };
  },
};
for (const maxLength of [2, 3, 4]) {
  questions[`paths-${maxLength}`] = async () => {
    const args = Object.assign(new PathArgs(), { from: context.pathFrom, to: context.pathTo, maxLength, first: 10 });
    const result = await searchPaths(args, createContext(orm.em));
    return { paths: result.paths.map((path) => path.length), complete: result.complete, visited: result.visited };
  };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const short = (sql: string) => sql.replace(/\s+/g, ' ').slice(0, 140);

for (const name of options.questions.split(',')) {
  const ask = questions[name];
  if (!ask) throw new Error(`no question ${name}`);
  const answer = await ask();
  const times: number[] = [];
  let statements: Statement[] = [];
  for (let run = 0; run < runs; run++) {
    recording = [];
    const start = performance.now();
    await ask();
    times.push(performance.now() - start);
    statements = recording;
    recording = undefined;
  }
  times.sort((a, b) => a - b);
  if (options.dump) writeFileSync(`${options.dump}-${name}.json`, JSON.stringify(statements, null, 1));
  console.log(
    `\n${name}: ${JSON.stringify(answer)}\n  in-process ms: p50 ${percentile(times, 0.5).toFixed(1)}, max ${times.at(-1)!.toFixed(1)} over ${runs}; ${statements.length} statements`,
  );
  for (const statement of statements) {
    const ids = statement.params.map((param) =>
      typeof param === 'string' && param.startsWith('{') ? param.split(',').length : param,
    );
    console.log(
      `  ${Number.isNaN(statement.ms) ? '   (read)' : `${statement.ms.toFixed(1).padStart(6)} ms`} ${String(Number.isNaN(statement.rows) ? '' : statement.rows).padStart(6)} rows  params ${JSON.stringify(ids).slice(0, 60)}  ${short(statement.sql)}`,
    );
    if (!options.plans || Number.isNaN(statement.ms)) continue;
    const [plan] = (await execute(`explain (analyze, buffers, format json) ${statement.sql}`, [
      ...statement.params,
    ])) as { 'QUERY PLAN': { 'Planning Time': number; 'Execution Time': number; Plan: Record<string, number> }[] }[];
    const top = plan!['QUERY PLAN'][0]!;
    console.log(
      `           planning ${top['Planning Time'].toFixed(1)} ms, execution ${top['Execution Time'].toFixed(1)} ms, shared hit ${top.Plan['Shared Hit Blocks']} read ${top.Plan['Shared Read Blocks']}`,
    );
  }
}

await pool.end();
await orm.close();
