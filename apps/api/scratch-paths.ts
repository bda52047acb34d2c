import 'reflect-metadata';
import { openDatabase } from './src/db/orm.js';
import { PathSearch } from './src/path/path-search.js';

const url = process.argv[2] ?? 'postgres://postgres@127.0.0.1:5432/parley_paths_1m';
const orm = await openDatabase(url);
const conn = orm.em.getConnection();
const original = conn.execute.bind(conn);
let log: string[] = [];
(conn as any).execute = async (sql: any, params: any, ...rest: any[]) => {
  const t = performance.now();
  const r = await original(sql, params, ...rest);
  log.push(`${(performance.now() - t).toFixed(1)}ms rows=${Array.isArray(r) ? r.length : '?'} ${String(sql).replace(/\s+/g, ' ').slice(0, 90)}`);
  return r;
};
const [from, to] = [Number(process.argv[3] ?? 1), Number(process.argv[4] ?? 6)];
for (let i = 0; i < 4; i++) {
  log = [];
  const em = orm.em.fork();
  const t = performance.now();
  const s = new PathSearch(em);
  const c0 = process.cpuUsage();
  const out = await s.run(from, to, 4, 10);
  const c = process.cpuUsage(c0);
  console.log(`cpu ${((c.user + c.system) / 1000).toFixed(1)} ms`);
  console.log(`run ${i}: ${(performance.now() - t).toFixed(1)} ms, paths ${out.paths.map((p) => p.length - 1)} complete ${out.complete} visited ${out.visited}`);
  if (i === 3) console.log(log.join('\n'));
}
await orm.close();
