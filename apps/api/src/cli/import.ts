import 'reflect-metadata';
import { DriverException } from '@mikro-orm/core';
import { resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { migrate, openDatabase } from '../db/orm.js';
import { BundleError, EditedDocumentError } from '../importer/import-errors.js';
import { importStory } from '../importer/import-story.js';
import { loadBundleFiles } from '../importer/load-bundle.js';

/** SQLite refused the write because another connection holds the lock. */
function isBusy(error: unknown): boolean {
  return error instanceof DriverException && typeof error.code === 'string' && error.code.startsWith('SQLITE_BUSY');
}

/**
 * `npm run import -- [--force] <story.json> [...]`: validates each bundle, then imports it in one
 * transaction (each story of an export in turn). A document edited in the product since its last
 * import is left alone unless `--force` says to replace the edits.
 */
const args = process.argv.slice(2);
const force = args.includes('--force');
const files = args.filter((arg) => arg !== '--force');
if (!files.length) {
  console.error('usage: npm run import -- [--force] <story.json> [more.json ...]');
  process.exit(2);
}
// npm runs workspace scripts in the workspace folder; paths are meant from where the user typed them.
const base = process.env.INIT_CWD ?? process.cwd();
// Another import holding SQLite's write lock is waited for (imports run one after the other)
// for up to a minute before this one gives up.
const WAIT_FOR_WRITER_MS = 60_000;
const orm = await openDatabase(loadConfig().databaseUrl, { busyTimeoutMs: WAIT_FOR_WRITER_MS });

/**
 * Migrates, waiting for other writers. SQLite's busy timeout does not cover the migrator: its
 * transaction reads before it writes, and a reader that then wants to write while another holds
 * the write lock is refused at once (waiting could deadlock), so it is retried from the start.
 */
async function migrateWhenFree(): Promise<boolean> {
  const giveUpAt = Date.now() + WAIT_FOR_WRITER_MS;
  for (;;) {
    try {
      await migrate(orm);
      return true;
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() > giveUpAt) return false;
      await new Promise((done) => setTimeout(done, 50 + Math.random() * 200));
    }
  }
}

let failed = false;
try {
  if (!(await migrateWhenFree())) {
    console.error('The database is busy with another writer (migrating it); nothing was imported. Run it again.');
    failed = true;
  }
  for (const file of failed ? [] : files) {
    try {
      // A file holds one story, or several (an export of every story): each is imported in turn.
      for (const loaded of await loadBundleFiles(resolve(base, file))) {
        const result = await importStory(orm.em, loaded, { force });
        const counts = Object.entries(result.counts)
          .map(([name, count]) => `${count} ${name}`)
          .join(', ');
        console.log(`${file}: ${result.document} ${result.status}${counts ? ` (${counts})` : ''}`);
      }
    } catch (error) {
      if (isBusy(error)) {
        // Another process writes to the same SQLite file (another import, most likely).
        console.error(
          `${file}: another writer held the database for over a minute; nothing was imported. Run it again.`,
        );
      } else if (error instanceof BundleError || error instanceof EditedDocumentError) {
        console.error(error.message);
      } else throw error;
      failed = true;
    }
  }
} finally {
  await orm.close();
}
process.exit(failed ? 1 : 0);
