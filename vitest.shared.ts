import { defineConfig } from 'vitest/config';

/**
 * Test order: `TEST_SHUFFLE_SEED=<integer>` runs files and the tests within them in the random
 * order that seed gives, `TEST_SHUFFLE_SEED=random` picks a seed; unset, tests run in the order
 * they are written. vitest prints the seed it used ("Running tests with seed …"), so a failing
 * order can be replayed with that number.
 */
function shuffleSequence(value: string | undefined): { shuffle: boolean; seed?: number } {
  if (value === undefined || value === '') return { shuffle: false };
  if (value === 'random') return { shuffle: true, seed: Math.floor(Math.random() * 1_000_000_000) };
  const seed = Number(value);
  if (!Number.isSafeInteger(seed)) throw new Error(`TEST_SHUFFLE_SEED must be an integer or "random", not "${value}"`);
  return { shuffle: true, seed };
}

/** Settings every package's vitest config starts from. */
export const sharedTestConfig = defineConfig({
  test: {
    // Two cores on CI: one file per worker keeps databases and browsers from starving each other.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    passWithNoTests: false,
    sequence: shuffleSequence(process.env.TEST_SHUFFLE_SEED),
  },
});
