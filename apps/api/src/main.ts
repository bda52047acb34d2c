import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';
import { cancelRunningStatements, dialectOf, openDatabase, sqliteFileOf } from './db/orm.js';
import { prepareDatabase } from './db/prepare.js';
import { createLogger } from './logger.js';
import { answerMemoryProbes } from './memory-probe.js';
import { createServer } from './server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));
const webRenderModule = fileURLToPath(new URL('../../web/dist-ssr/render-page.js', import.meta.url));
const docsRoot = fileURLToPath(new URL('../../docs/dist', import.meta.url));

const sqliteFile = sqliteFileOf(config.databaseUrl);
if (sqliteFile && !config.createDatabase && !existsSync(sqliteFile)) {
  logger.fatal(
    { file: sqliteFile },
    'the SQLite database in DATABASE_URL does not exist: check the path (and the volume it is on), ' +
      'run `npm run migrate` to create it, or set PARLEY_CREATE_DATABASE=true',
  );
  process.exit(1);
}

// Migrations and the seed may run longer than any request may: they get a connection pool of
// their own, without the statement timeout the serving pool has.
const preparing = await openDatabase(config.databaseUrl, { logger });
try {
  const { applied, seeded } = await prepareDatabase(preparing);
  if (applied.length) logger.info({ migrations: applied }, 'database migrated');
  if (seeded) logger.info({ document: seeded.document, counts: seeded.counts }, 'seed story imported');
} finally {
  await preparing.close();
}
const orm = await openDatabase(config.databaseUrl, { logger, statementTimeoutMs: config.statementTimeoutMs });

const server = await createServer({
  orm,
  logger,
  webRoot,
  webRenderModule,
  docsRoot,
  slowRequestMs: config.slowRequestMs,
  production: config.production,
  introspection: config.introspection,
  playground: config.playground,
  corsOrigins: config.corsOrigins,
  publicRead: config.publicRead,
  requestDeadlineMs: config.requestDeadlineMs,
  maxResponseBytes: config.maxResponseBytes,
  documentCacheCharacters: config.documentCacheCharacters,
});
answerMemoryProbes();
const listener = server.listen(config.port, config.host, () => {
  const address = listener.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  logger.info(
    {
      database: dialectOf(config.databaseUrl),
      url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/`,
    },
    'Parley is listening',
  );
});
// An idle keep-alive connection stays open longer than clients and proxies keep one (60 s is common; undici
// keeps it for the server's own hint less a second), so that no client sends a request on a socket the
// server is closing at that moment: Node's default of 5 s loses such requests with "other side closed".
listener.keepAliveTimeout = 65_000;
listener.headersTimeout = 66_000;

/**
 * Graceful shutdown: stop accepting connections, let the requests already in flight finish
 * (at most SHUTDOWN_GRACE_MS), then close Apollo and the database. Exits 0 when everything
 * finished in time, 1 when the grace period ran out and connections had to be cut. A second
 * signal of the same kind ends the process at once (the default action).
 */
async function shutdown(signal: NodeJS.Signals) {
  logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: draining requests');
  server.drain();
  const closed = new Promise<void>((resolve) => listener.close(() => resolve()));
  // close() drops the connections idle right now; keep-alive ones become idle as their last
  // response goes out (with `Connection: close`), so sweep until none is left.
  const sweep = setInterval(() => listener.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), config.shutdownGraceMs)));
  const timedOut = await Promise.race([closed.then(() => false as const), expired]);
  clearInterval(sweep);
  clearTimeout(timer);
  if (timedOut) {
    listener.closeAllConnections();
    // Their statements would otherwise run on (and closing the pool wait for them) up to the statement timeout.
    const cancelled = await cancelRunningStatements(orm).catch(() => 0);
    logger.error(
      { graceMs: config.shutdownGraceMs, cancelledStatements: cancelled },
      'requests still running after the grace period: cutting them',
    );
  }
  try {
    await server.stop();
    await orm.close();
  } catch (error) {
    logger.error({ err: error }, 'error while closing');
    process.exit(1);
  }
  logger.info({ signal }, timedOut ? 'stopped after the grace period' : 'stopped cleanly');
  process.exit(timedOut ? 1 : 0);
}
process.once('SIGINT', (signal) => void shutdown(signal));
process.once('SIGTERM', (signal) => void shutdown(signal));
