/**
 * `npm run bench:corpus -- --actors 100000 --relations 1000000 [--seed N] [--replace]`: writes a
 * deterministic synthetic corpus into the database DATABASE_URL names (a `sqlite:` path, relative
 * to apps/api as for `npm start`, or a `postgres://` URL, created when missing), after migrating it
 * with the API's migrations. The server then starts on it as usual and does not reseed it.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadCorpus } from './corpus/load.js';

const { values } = parseArgs({
  options: {
    actors: { type: 'string', default: '2000' },
    relations: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '1' },
    'database-url': { type: 'string' },
    replace: { type: 'boolean', default: false },
    'schema-at': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run bench:corpus -- [options]
  --actors N          actors (default 2000)
  --relations N       relations (default 20000); documents, events, statements, figures and
                      evidence scale with it (about 1.6 evidence spans per relation)
  --seed N            seed of the generator (default 1): same seed and sizes, same rows
  --database-url URL  where to write (default: DATABASE_URL, else sqlite:data/bench.sqlite)
  --replace           empty the corpus tables first if the database holds data
  --schema-at NAME    migrate only up to this migration and mark the later ones applied
                      (a "before" schema the server will not migrate further)`);
  process.exit(0);
}

function count(name: string, text: string): number {
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got "${text}"`);
  return value;
}

const result = await loadCorpus({
  databaseUrl: values['database-url'] ?? process.env.DATABASE_URL ?? 'sqlite:data/bench.sqlite',
  actors: count('actors', values.actors),
  relations: count('relations', values.relations),
  seed: count('seed', values.seed),
  replace: values.replace,
  schemaAt: values['schema-at'],
});
const rows = Object.entries(result.rows)
  .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
  .join(', ');
console.log(`Wrote ${rows} into ${result.databaseUrl.replace(/\/\/[^@/]*@/, '//')} in ${result.seconds.toFixed(1)} s.`);
console.log(`Busiest actors: ${result.hubs.join(', ')}.`);
