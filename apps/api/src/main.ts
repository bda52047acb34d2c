import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';
import { dialectOf, migrate, openDatabase } from './db/orm.js';
import { seedDatabase } from './db/seed.js';
import { createLogger } from './logger.js';
import { createServer } from './server.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));

const orm = await openDatabase(config.databaseUrl);
const applied = await migrate(orm);
if (applied.length) logger.info({ migrations: applied }, 'database migrated');
const seeded = await seedDatabase(orm);
if (seeded) logger.info({ document: seeded.document, counts: seeded.counts }, 'seed story imported');

const server = await createServer({ orm, logger, webRoot });
const listener = server.app.listen(config.port, config.host, () => {
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

async function shutdown(signal: string) {
  logger.info({ signal }, 'shutting down');
  listener.close();
  await server.stop();
  await orm.close();
  process.exit(0);
}
process.once('SIGINT', () => void shutdown('SIGINT'));
process.once('SIGTERM', () => void shutdown('SIGTERM'));
