/**
 * The hand-written SQL target as a process of its own (so its CPU is measured apart from the load
 * generator's): `POST /<query>` with the shape's parameters as JSON answers `{"data": …}` from
 * hand-sql.ts, through a pg pool of 10 (as Parley's and PostGraphile's) or better-sqlite3.
 * DATABASE_URL and PORT come from the bench.
 */
import Database from 'better-sqlite3';
import { createServer } from 'node:http';
import pg from 'pg';
import { handSql, postgresDb, sqliteDb, type Db, type ShapeParams } from './hand-sql.js';

const databaseUrl = process.env.DATABASE_URL ?? '';
const db: Db = /^postgres(ql)?:\/\//.test(databaseUrl)
  ? postgresDb(new pg.Pool({ connectionString: databaseUrl, max: 10 }))
  : sqliteDb(new Database(databaseUrl.replace(/^sqlite:(\/\/)?/, ''), { readonly: true }));

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const name = (request.url ?? '/').slice(1);
    const answer = async () => {
      if (name === 'ready') return { status: 'ready' };
      const query = Object.hasOwn(handSql, name) ? handSql[name] : undefined;
      if (request.method !== 'POST' || !query) throw new Error(`no query "${name}"`);
      const params = JSON.parse(Buffer.concat(chunks).toString() || '{}') as ShapeParams;
      return { data: await query(db, params) };
    };
    answer().then(
      (body) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      },
      (error: unknown) => {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      },
    );
  });
});
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
