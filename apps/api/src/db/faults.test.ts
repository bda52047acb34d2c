import { DriverException } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../common/error-code.js';
import { databaseFaultOf } from './faults.js';

/** An error as a driver throws it: a message and a code. */
const driverError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('databaseFaultOf', () => {
  it.each([
    ['a statement_timeout', driverError('canceling statement due to statement timeout', '57014'), ErrorCode.TIMEOUT],
    ['a server that does not answer', driverError('Query read timeout'), ErrorCode.TIMEOUT],
    [
      'a refused connection',
      driverError('connect ECONNREFUSED 127.0.0.1:5999', 'ECONNREFUSED'),
      ErrorCode.DATABASE_UNAVAILABLE,
    ],
    [
      'a server shutting down',
      driverError('terminating connection due to administrator command', '57P01'),
      ErrorCode.DATABASE_UNAVAILABLE,
    ],
    ['a lost connection', driverError('Connection terminated unexpectedly'), ErrorCode.DATABASE_UNAVAILABLE],
    ['a connect timeout', driverError('timeout expired'), ErrorCode.DATABASE_UNAVAILABLE],
    [
      'an exhausted pool',
      driverError('Knex: Timeout acquiring a connection. The pool is probably full.'),
      ErrorCode.DATABASE_UNAVAILABLE,
    ],
    ['a busy SQLite file', driverError('database is locked', 'SQLITE_BUSY'), ErrorCode.DATABASE_UNAVAILABLE],
    ['a wrapped one', new DriverException(driverError('x', '57P03')), ErrorCode.DATABASE_UNAVAILABLE],
  ])('names %s', (_what, error, code) => {
    expect(databaseFaultOf(error)).toBe(code);
  });

  it.each([
    ['a syntax error', driverError('syntax error at or near "x"', '42601')],
    ['a unique violation', driverError('duplicate key value', '23505')],
    ['a bug', new TypeError('Cannot read properties of undefined')],
    ['nothing', undefined],
  ])('leaves %s to be an internal error', (_what, error) => {
    expect(databaseFaultOf(error)).toBeUndefined();
  });
});
