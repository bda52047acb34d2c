import type { MikroORM } from '@mikro-orm/core';
import { AbstractSqlConnection, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { statSync } from 'node:fs';
import { Document } from './document/document.entity.js';

/** Longest a readiness probe waits for the database before calling it unavailable. */
export const READINESS_TIMEOUT_MS = 1000;

/**
 * Proves the database answers a real query against the schema, within `timeoutMs`; throws with
 * a short reason otherwise. On SQLite the driver is synchronous, so instead of a timeout the
 * file is checked first: a missing or emptied file is not ready even while an open handle or the
 * page cache could still answer.
 */
export async function checkDatabase(orm: MikroORM, timeoutMs = READINESS_TIMEOUT_MS): Promise<void> {
  // The statement's own timeout starts only once it has a connection: a frozen server can hold
  // the connection attempt (or every pooled connection) far longer, so the whole check is bounded.
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([probeDatabase(orm, timeoutMs), expired]);
  } finally {
    clearTimeout(timer);
  }
}

async function probeDatabase(orm: MikroORM, timeoutMs: number): Promise<void> {
  const connection = orm.em.getConnection();
  if (!(connection instanceof AbstractSqlConnection)) throw new Error('not an SQL database');
  const table = orm.getMetadata().get(Document.name).tableName;
  const probe = connection.getKnex().select(connection.getKnex().raw('1')).from(table).limit(1);
  if (orm.config.getDriver() instanceof PostgreSqlDriver) {
    // Cancels the statement on the server too, so a stuck probe does not hold a connection.
    await probe.timeout(timeoutMs, { cancel: true });
    return;
  }
  const file = orm.config.get('dbName');
  if (file && file !== ':memory:') {
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      throw new Error('database file is missing');
    }
    if (size === 0) throw new Error('database file is empty');
  }
  await probe;
}
