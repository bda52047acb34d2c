import type { EntityManager } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { loadConfig } from '../config.js';
import { migrate, openDatabase } from '../db/orm.js';

/**
 * Runs one command of an administration CLI against the configured database (migrated first, so
 * a new database works), in one transaction. A refusal (a taken name, a weak password) is printed
 * as its message and exits 1; nothing is written then.
 */
export async function runOnDatabase(work: (em: EntityManager) => Promise<void>): Promise<void> {
  const orm = await openDatabase(loadConfig().databaseUrl);
  try {
    await migrate(orm);
    await orm.em.fork().transactional(work);
  } catch (error) {
    if (!(error instanceof GraphQLError || error instanceof UsageError)) throw error;
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await orm.close();
  }
}

/** A mistake on the command line that only shows once the database is read (an unknown name). */
export class UsageError extends Error {}

/** Everything piped to standard input, without the final line break: a password, never echoed. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** A date as the CLIs print it: to the minute, UTC; "-" for none. */
export function shortDate(date: Date | null | undefined): string {
  return date ? `${date.toISOString().slice(0, 16).replace('T', ' ')}Z` : '-';
}

/** Rows as aligned columns, the first row being the header. */
export function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
