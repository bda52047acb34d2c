import { skipLoudly } from '@parley/test-support';
import { existsSync } from 'node:fs';
import { describe } from 'vitest';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

/** Browser suites run only where Debian's Chromium is installed (always on CI). */
export function describeInBrowser(title: string, suite: () => void) {
  if (!chromiumAvailable)
    skipLoudly(`Browser suite "${title}"`, `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  (chromiumAvailable ? describe : describe.skip)(title, suite);
}
