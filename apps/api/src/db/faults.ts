import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../common/error-code.js';
import { everyRequest } from '../common/combined-plugins.js';

/** A database failure the client can be told about: it did nothing wrong and may retry. */
export type DatabaseFault = typeof ErrorCode.TIMEOUT | typeof ErrorCode.DATABASE_UNAVAILABLE;

const FAULT_CODES = new Set<unknown>([ErrorCode.TIMEOUT, ErrorCode.DATABASE_UNAVAILABLE]);

/** PostgreSQL's query_canceled: `statement_timeout` ended the statement. */
const STATEMENT_TIMEOUT = '57014';

/** PostgreSQL shutting down or starting (57P0x) and connection failures (class 08). */
const UNAVAILABLE_SQLSTATE = /^(57P0[1-4]|08...)$/;

/** Node's socket errors and SQLite's "cannot get at the file" errors. */
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'SQLITE_BUSY',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
]);

/** What node-postgres and knex say when the server went away or does not answer. */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|connection error and is not queryable|Connection is closed|timeout expired|Timeout acquiring a connection/i;

/** node-postgres's client-side `query_timeout`: the server did not answer a statement in time. */
const READ_TIMEOUT_MESSAGE = /Query read timeout/;

/** The error and what it wraps: MikroORM's DriverException copies the driver's fields onto itself. */
function* chainOf(error: unknown): Generator<Record<string, unknown>> {
  let next: unknown = error;
  for (let depth = 0; depth < 5 && next && typeof next === 'object'; depth++) {
    const item = next as Record<string, unknown>;
    yield item;
    next = item.originalError ?? item.cause;
  }
}

/**
 * Whether a failure is the database's (down, restarting, frozen, out of time) rather than a bug,
 * and which code tells the client so. Anything else stays an internal error.
 */
export function databaseFaultOf(error: unknown): DatabaseFault | undefined {
  for (const item of chainOf(error)) {
    const code = typeof item.code === 'string' ? item.code : undefined;
    const message = typeof item.message === 'string' ? item.message : '';
    if (code === STATEMENT_TIMEOUT || READ_TIMEOUT_MESSAGE.test(message)) return ErrorCode.TIMEOUT;
    if (code && (UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ERRNO.has(code.replace(/^(SQLITE_[A-Z]+)_.*/, '$1'))))
      return ErrorCode.DATABASE_UNAVAILABLE;
    if (UNAVAILABLE_MESSAGE.test(message)) return ErrorCode.DATABASE_UNAVAILABLE;
  }
  return undefined;
}

/** What the client reads for each fault: no driver wording, no SQL. */
export const faultMessages: Readonly<Record<DatabaseFault, string>> = {
  TIMEOUT: 'A database statement ran past its time limit; ask for less, or retry later.',
  DATABASE_UNAVAILABLE: 'The database is not answering; retry later.',
};

/**
 * A database that fails, fails every field still loading: one error per fault code is enough.
 * Keeps the first error of each fault code (with its path) and drops the repeats.
 */
export function repeatedFaultsPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: everyRequest({
      willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return Promise.resolve();
        const seen = new Set<unknown>();
        const errors = response.body.singleResult.errors.filter((error) => {
          const code = error.extensions?.code;
          if (!FAULT_CODES.has(code)) return true;
          if (seen.has(code)) return false;
          seen.add(code);
          return true;
        });
        if (errors.length < response.body.singleResult.errors.length) {
          response.body.singleResult = { ...response.body.singleResult, errors };
        }
        return Promise.resolve();
      },
    }),
  };
}
