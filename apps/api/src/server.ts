import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/core';
import express, { type Express } from 'express';
import { unwrapResolverError } from '@apollo/server/errors';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, type Context } from './common/context.js';
import { ErrorCode, isErrorCode } from './common/error-code.js';
import { queryComplexityPlugin } from './common/query-complexity.js';
import type { Logger } from './logger.js';
import { buildParleySchema } from './schema/schema.js';

export interface ServerOptions {
  orm: MikroORM;
  logger: Logger;
  /** The built explorer (apps/web/dist); the explorer routes answer 503 when it is missing. */
  webRoot?: string;
}

export interface ParleyServer {
  app: Express;
  apollo: ApolloServer<Context>;
  stop(): Promise<void>;
}

/** Most a query may fetch, as counted by queryComplexityPlugin: every explorer view fits in a fifth. */
export const MAX_COMPLEXITY = 100_000;

/** Largest request body accepted on /graphql: far above any real query, far below harm. */
const MAX_BODY = '100kb';

/**
 * Builds the HTTP app (GraphQL, health checks, the explorer and playground) without listening:
 * tests and main.ts decide where it runs.
 */
export async function createServer({ orm, logger, webRoot }: ServerOptions): Promise<ParleyServer> {
  const schema = await buildParleySchema();
  // Limits against abusive queries: depth, aliases and directives (graphql-armor), and a
  // list-aware complexity limit (our plugin; armor's cost ignores list sizes). Field suggestions
  // stay on ("Did you mean …?" helps people writing queries); the token limit is graphql-js's own
  // parse option below, so an over-long query is a parse error (400), not a server error.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 20 },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  const protection = armor.protect();

  // graphql-armor types its plugins against Apollo's CommonJS build; at run time they are plain plugin objects.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<Context>[];

  const apollo = new ApolloServer<Context>({
    schema,
    allowBatchedHttpRequests: false,
    parseOptions: { maxLexicalTokens: 4000 },
    plugins: [
      ...armorPlugins,
      queryComplexityPlugin<Context>(schema, MAX_COMPLEXITY),
      ApolloServerPluginLandingPageDisabled(),
    ],
    validationRules: [...protection.validationRules],
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError(formatted, error) {
      const code = formatted.extensions?.code;
      // Errors raised on purpose carry a listed code; anything else is a bug: log it, hide it.
      if (code === ErrorCode.INTERNAL_SERVER_ERROR || !isErrorCode(code)) {
        logger.error({ err: unwrapResolverError(error), code }, 'unexpected error while resolving');
        return {
          ...formatted,
          message: 'Internal server error',
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        };
      }
      return formatted;
    },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'default-src': ["'self'"],
          // GraphiQL's editor styles itself inline and runs its language services in workers.
          'style-src': ["'self'", "'unsafe-inline'"],
          'worker-src': ["'self'", 'blob:'],
          'img-src': ["'self'", 'data:'],
          'font-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'database not answering');
      res.status(503).json({ status: 'unavailable', reason: 'database not answering' });
    }
  });

  // A person who opens the endpoint in a browser wants the playground, not a CSRF error.
  app.get('/graphql', (req, res, next) => {
    if (req.query.query === undefined && req.accepts(['json', 'html']) === 'html') res.redirect(302, '/playground');
    else next();
  });
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, { context: () => Promise.resolve(createContext(orm.em, logger)) }),
  );

  mountWeb(app, webRoot);

  // Requests the body parser refuses (malformed JSON, too large) never reach Apollo: answer them
  // in the same shape, with a listed code.
  app.use(((error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const status = clientErrorStatus(error) ?? 500;
    if (status >= 500) logger.error({ err: error }, 'request failed');
    const code =
      status === 413
        ? ErrorCode.PAYLOAD_TOO_LARGE
        : status < 500
          ? ErrorCode.BAD_REQUEST
          : ErrorCode.INTERNAL_SERVER_ERROR;
    const message = status < 500 && error instanceof Error ? error.message : 'Internal server error';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  }) as express.ErrorRequestHandler);

  return { app, apollo, stop: () => apollo.stop() };
}

/** The 4xx status an error from Express or its body parser carries, if it carries one. */
function clientErrorStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** Serves the built explorer; every other GET path gets index.html so client routes can reload. */
function mountWeb(app: Express, webRoot: string | undefined) {
  const root = webRoot ? resolve(webRoot) : undefined;
  const index = root ? resolve(root, 'index.html') : undefined;
  if (!root || !index || !existsSync(index)) {
    app.get(/^\/(?!graphql).*/, (_req, res) => {
      res.status(503).type('text/plain').send('The explorer is not built yet: run `npm run build`.');
    });
    return;
  }
  // Hashed assets never change under one name; index.html must always be revalidated.
  app.use('/assets', express.static(resolve(root, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(express.static(root, { index: false, maxAge: 0 }));
  app.get(/^\/(?!graphql).*/, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
