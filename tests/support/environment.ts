import { existsSync } from 'node:fs';
import { describe } from 'vitest';
import { postgresAnswers, skipLoudly } from '../../apps/api/test/postgres.js';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const postgresAvailable = await postgresAnswers();
if (!postgresAvailable) skipLoudly('The PostgreSQL suites are', 'PostgreSQL does not answer on 127.0.0.1:5432');

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

/** Runs a suite against a server on SQLite and one on PostgreSQL. */
export function describeEachDatabase(title: string, suite: (database: 'sqlite' | 'postgresql') => void) {
  describe(`${title} [sqlite]`, () => suite('sqlite'));
  (postgresAvailable ? describe : describe.skip)(`${title} [postgresql]`, () => suite('postgresql'));
}

/** Browser suites run only where Debian's Chromium is installed (always on CI). */
export function describeInBrowser(title: string, suite: () => void) {
  if (!chromiumAvailable)
    skipLoudly(`Browser suite "${title}"`, `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  (chromiumAvailable ? describe : describe.skip)(title, suite);
}
