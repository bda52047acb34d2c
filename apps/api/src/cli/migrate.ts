import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { migrate, openDatabase } from '../db/orm.js';

/** `npm run migrate`: brings the configured database up to date, then exits. */
const orm = await openDatabase(loadConfig().databaseUrl);
try {
  const applied = await migrate(orm);
  console.log(applied.length ? `applied ${applied.join(', ')}` : 'database is up to date');
} finally {
  await orm.close();
}
