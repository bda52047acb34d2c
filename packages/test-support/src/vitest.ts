import { describe } from 'vitest';
import type { DatabaseName } from './databases.js';
import { POSTGRES_ADMIN_URL, postgresAnswers, skipLoudly } from './postgres.js';

/** Whether PostgreSQL answered when the test file started (asked once per file). */
export const postgresAvailable = await postgresAnswers();
if (!postgresAvailable) {
  skipLoudly(
    'The PostgreSQL suites are',
    `PostgreSQL does not answer at ${POSTGRES_ADMIN_URL.replace(/\/\/[^@]*@/, '//')}`,
  );
}

/** Runs the same suite against SQLite and PostgreSQL (skipped loudly when PostgreSQL is absent). */
export function describeEachDatabase(title: string, suite: (database: DatabaseName) => void): void {
  describe(`${title} [sqlite]`, () => {
    suite('sqlite');
  });
  (postgresAvailable ? describe : describe.skip)(`${title} [postgresql]`, () => {
    suite('postgresql');
  });
}
