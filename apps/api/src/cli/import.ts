import 'reflect-metadata';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { migrate, openDatabase } from '../db/orm.js';
import { BundleError } from '../importer/import-errors.js';
import { importStory } from '../importer/import-story.js';
import { loadBundleFile } from '../importer/load-bundle.js';

/** `npm run import -- <story.json> [...]`: validates each bundle, then imports it in one transaction. */
const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npm run import -- <story.json> [more.json ...]');
  process.exit(2);
}
// npm runs workspace scripts in the workspace folder; paths are meant from where the user typed them.
const base = process.env.INIT_CWD ?? process.cwd();
const orm = await openDatabase(loadConfig().databaseUrl);
let failed = false;
try {
  await migrate(orm);
  for (const file of files) {
    try {
      const result = await importStory(orm.em, await loadBundleFile(resolve(base, file)));
      const counts = Object.entries(result.counts)
        .map(([name, count]) => `${count} ${name}`)
        .join(', ');
      console.log(`${file}: ${result.document} ${result.status}${counts ? ` (${counts})` : ''}`);
    } catch (error) {
      if (!(error instanceof BundleError)) throw error;
      console.error(error.message);
      failed = true;
    }
  }
} finally {
  await orm.close();
}
process.exit(failed ? 1 : 0);
