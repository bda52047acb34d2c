/**
 * @parley/test-support — helpers the API's suites, the cross-package suites and the benchmark share.
 *
 * - `.`: PostgreSQL scratch databases and the built server on a free port; free of vitest, so the
 *   benchmark (plain Node) imports it too.
 * - `./vitest`: `describeEachDatabase`, for suites that run once per database.
 */
export * from './databases.js';
export * from './postgres.js';
export * from './server.js';
