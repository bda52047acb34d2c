import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/core';
import express, { type Express } from 'express';
import { createServer as createHttpServer, type IncomingMessage, type RequestListener, type Server } from 'node:http';
import { unwrapResolverError } from '@apollo/server/errors';
import { createContext, RequestContext, type Context, type RequestInfo, type SessionCookie } from './common/context.js';
import { combinePlugins } from './common/combined-plugins.js';
import { compiledExecution } from './common/compiled-execution.js';
import { createDocumentStore, DOCUMENT_STORE_MAX_CHARACTERS } from './common/document-store.js';
import { runWithDeadline } from './common/deadline.js';
import { responseSizeLimit } from './common/response-size.js';
import { databaseFaultOf, faultMessages, repeatedFaultsPlugin } from './db/faults.js';
import { exportRoutes } from './export/export.routes.js';
import { publicReadPlugin } from './auth/public-read.js';
import { carriesCredentials, sessionCookieOf, viewerOfRequest } from './auth/request-viewer.js';
import { checkDatabase } from './health.js';
import { accessLog, describeError, isExpectedError, requestLogPlugin } from './observability.js';
import { ErrorCode } from './common/error-code.js';
import { queryComplexityPlugin } from './common/query-complexity.js';
import { readSelectionPlugin } from './common/read-selection.js';
import {
  inputStringsPlugin,
  knownOperationTypeRule,
  plainJsonStatusPlugin,
  RESPONSE_MEDIA_TYPES,
} from './common/request-checks.js';
import type { Logger } from './logger.js';
import type { Viewer } from './common/viewer.js';
import { buildParleySchema } from './schema/schema.js';
import { mountDocs } from './web/docs-site.js';
import {
  addVary,
  graphqlOverHttp,
  GRAPHQL_PATH,
  inSequence,
  localsOf,
  type ExpressExchange,
  type HttpMiddleware,
} from './web/graphql-http.js';
import { securityHeaders } from './web/security-headers.js';
import { pageRenderer } from './web/server-rendering.js';
import { compressResponses, mountExplorer } from './web/static-assets.js';

export interface ServerOptions {
  orm: MikroORM;
  logger: Logger;
  /** Requests slower than this are logged at warn (default 1000 ms). */
  slowRequestMs?: number;
  /** Production: error messages do not suggest field names ("Did you mean …?"). */
  production?: boolean;
  /** Schema introspection (default on: the explorer's playground uses it). */
  introspection?: boolean;
  /** The playground at /playground (default on). */
  playground?: boolean;
  /** Origins allowed to call /graphql from the browser; default none (same origin only). */
  corsOrigins?: readonly string[];
  /** The built explorer (apps/web/dist); the explorer routes answer 503 when it is missing. */
  webRoot?: string;
  /**
   * The explorer's render module (apps/web/dist-ssr/render-page.js): the explorer's views go out
   * with their content rendered in (see pageRenderer). Without it, or with `publicRead` off, every
   * view starts in the browser.
   */
  webRenderModule?: string;
  /** The built reference and guides (apps/docs/dist), served at /docs; /docs answers 503 when it is missing. */
  docsRoot?: string;
  /** After this long an operation starts no new database statement and answers TIMEOUT (default 10 s; 0: never). */
  requestDeadlineMs?: number;
  /** Largest response body sent; a larger answer is replaced by RESPONSE_TOO_LARGE (default 10 MB). */
  maxResponseBytes?: number;
  /**
   * How much query text the cache of parsed, validated documents keeps (default
   * DOCUMENT_STORE_MAX_CHARACTERS, about 18 MB of heap; 0: every request is parsed and validated).
   */
  documentCacheCharacters?: number;
  /** Whether anonymous requests may read (default true); false: queries and /export need a viewer. */
  publicRead?: boolean;
  /**
   * GraphQL POSTs through Express's router as every other request (default false: they are
   * answered by graphqlOverHttp, the same way at less cost). For comparing the two.
   */
  graphqlThroughExpress?: boolean;
}

export interface ParleyServer {
  /** Every request but GraphQL POSTs (see `handle`). */
  app: Express;
  /** The HTTP server's request listener: GraphQL POSTs on their own path (graphqlOverHttp), the rest to `app`. */
  handle: RequestListener;
  /**
   * An HTTP server for `handle`, listening as `app.listen` does: `callback` is called once, when
   * it listens or with the error that kept it from listening.
   */
  listen(port: number, host: string, callback?: (error?: Error) => void): Server;
  apollo: ApolloServer<Context>;
  /**
   * Starts a graceful shutdown: /readyz answers 503 from now on (so a load balancer stops
   * sending traffic) and every response asks its client to close the connection.
   */
  drain(): void;
  stop(): Promise<void>;
}

/** Most a query may fetch, as counted by queryComplexityPlugin: every explorer view fits in a fifth. */
export const MAX_COMPLEXITY = 100_000;

/** Largest request body accepted on /graphql: far above any real query, far below harm. */
const MAX_BODY = '100kb';

/** Default of ServerOptions.requestDeadlineMs (REQUEST_DEADLINE_MS). */
export const DEFAULT_REQUEST_DEADLINE_MS = 10_000;

/** Default of ServerOptions.maxResponseBytes (MAX_RESPONSE_BYTES). */
export const DEFAULT_MAX_RESPONSE_BYTES = 10_000_000;

/**
 * Builds the HTTP app (GraphQL, health checks, the explorer and playground) without listening:
 * tests and main.ts decide where it runs.
 */
export async function createServer({
  orm,
  logger,
  webRoot,
  webRenderModule,
  docsRoot,
  slowRequestMs = 1000,
  production = false,
  introspection = true,
  playground = true,
  corsOrigins = [],
  requestDeadlineMs = DEFAULT_REQUEST_DEADLINE_MS,
  maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES,
  documentCacheCharacters = DOCUMENT_STORE_MAX_CHARACTERS,
  publicRead = true,
  graphqlThroughExpress = false,
}: ServerOptions): Promise<ParleyServer> {
  const schema = await buildParleySchema();
  // Limits against abusive queries: depth, aliases and directives (graphql-armor), and a
  // list-aware complexity limit (our plugin; armor's cost ignores list sizes). Field suggestions
  // ("Did you mean …?") help people writing queries but spell out the schema: off in production.
  // The token limit is graphql-js's own parse option below, so an over-long query is a parse
  // error (400), not a server error.
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 30 },
    maxDirectives: { n: 20 },
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();

  // graphql-armor types its plugins against Apollo's CommonJS build; at run time they are plain plugin objects.
  const armorPlugins = protection.plugins as unknown as ApolloServerPlugin<Context>[];
  const responseSize = responseSizeLimit<Context>(maxResponseBytes);

  const apollo = new ApolloServer<Context>({
    // The schema, with repeated queries executed by graphql-jit (see compiledExecution).
    gateway: compiledExecution<Context>(schema),
    allowBatchedHttpRequests: false,
    // Apollo's default, stated because sign-in made it matter: a GET or a simple POST (what another
    // site can send without a preflight) must carry a header no form can set. See viewerOfRequest
    // for the cookie's own same-origin check.
    csrfPrevention: true,
    parseOptions: { maxLexicalTokens: 4000 },
    // Bounded by the heap its documents hold, not Apollo's default (see createDocumentStore).
    documentStore: documentCacheCharacters > 0 ? createDocumentStore(documentCacheCharacters) : null,
    plugins: [
      ...armorPlugins,
      // The API's own request hooks, as one plugin: Apollo calls every plugin on every hook.
      combinePlugins<Context>([
        queryComplexityPlugin<Context>(schema, MAX_COMPLEXITY),
        inputStringsPlugin<Context>(),
        publicReadPlugin<Context>(publicRead),
        repeatedFaultsPlugin<Context>(),
        requestLogPlugin<Context>(logger),
        // Queries read only the columns of the fields they select.
        readSelectionPlugin<Context>(),
        // After every plugin that changes the result: it serialises the final one.
        responseSize.plugin,
        plainJsonStatusPlugin<Context>((context) => context.prefersPlainJson === true),
      ]),
      ApolloServerPluginLandingPageDisabled(),
      // No field sets cache hints; the default plugin would wrap every field's resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      // Traces for a federation gateway, which this schema never serves: its hook ran on every request.
      ApolloServerPluginInlineTraceDisabled(),
    ],
    validationRules: [knownOperationTypeRule, ...protection.validationRules],
    introspection,
    includeStacktraceInErrorResponses: false,
    stringifyResult: responseSize.stringifyResult,
    formatError(formatted, error) {
      // Errors raised on purpose carry a listed code. A database that is down or out of time is
      // not the client's fault nor a bug: say so, without the driver's words. Anything else is a
      // bug: hide it (the request log plugin logs it, with the request id it adds to the response).
      if (isExpectedError(formatted.extensions?.code)) return formatted;
      const fault = databaseFaultOf(unwrapResolverError(error));
      if (fault) {
        return { ...formatted, message: faultMessages[fault], extensions: { code: fault } };
      }
      return { ...formatted, message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
    },
  });
  await apollo.start();

  let draining = false;
  // What every response starts with, in order; GraphQL POSTs answered outside Express run the same.
  const everyResponse: HttpMiddleware[] = [
    compressResponses(),
    accessLog(logger, slowRequestMs),
    // While draining, requests already on an open connection are still served, but the connection
    // is not kept alive afterwards: the server can close once they are done.
    (_req, res, next) => {
      if (draining) res.setHeader('Connection', 'close');
      next();
    },
    securityHeaders(),
  ];
  const allowOrigins = cors(corsOrigins);
  const readBody = express.json({ limit: MAX_BODY });
  // After the body is read: everything Apollo does from here on runs under the deadline.
  const underDeadline = (work: () => void) =>
    requestDeadlineMs > 0 ? runWithDeadline(requestDeadlineMs, work) : work();
  const contextOf = async (req: IncomingMessage, request: RequestInfo | undefined, exchange: () => ExpressExchange) =>
    new HttpRequestContext(
      orm.em,
      logger,
      // Without credentials a request is anonymous (what viewerOfRequest answers), and needs no Express objects.
      carriesCredentials(req) ? await viewerOfRequest(orm.em, exchange().req, exchange().res) : undefined,
      request,
      exchange,
    );
  const answerError = requestErrorAnswer(logger);

  const app = express();
  app.disable('x-powered-by');
  for (const middleware of everyResponse) app.use(middleware);
  app.set('trust proxy', 'loopback');

  // A person who opens the endpoint in a browser wants the playground, not a CSRF error.
  app.get(GRAPHQL_PATH, (req, res, next) => {
    if (playground && req.query.query === undefined && req.accepts(['json', 'html']) === 'html') {
      res.redirect(302, '/playground');
    } else next();
  });
  if (!playground) {
    app.get('/playground', (_req, res) => {
      res.status(404).type('text/plain').send('The playground is switched off on this server.');
    });
  }
  app.use(
    GRAPHQL_PATH,
    inSequence<express.Request, express.Response>(
      allowOrigins,
      readBody,
      (_req, _res, next) => underDeadline(next),
      expressMiddleware(apollo, {
        context: ({ req, res }) => contextOf(req, localsOf(res).request, () => ({ req, res })),
      }),
    ),
  );

  // After /graphql, which most requests ask for: the router tries its routes in order.
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (draining) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    try {
      await checkDatabase(orm);
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'database not answering');
      res.status(503).json({ status: 'unavailable', reason: 'database not answering' });
    }
  });

  // Files for other tools (bundle, GEXF, GraphML, CSV, FollowTheMoney), streamed outside GraphQL.
  app.use('/export', exportRoutes(orm, logger, { publicRead }));

  mountDocs(app, docsRoot);
  // A view rendered on the server reads what anyone may read: its queries run in process as an
  // anonymous request, under the same plugins and deadline as one over HTTP.
  const renderView =
    webRenderModule && publicRead
      ? pageRenderer({
          module: webRenderModule,
          logger,
          execute: async (request) => {
            const response = await runWithDeadline(requestDeadlineMs > 0 ? requestDeadlineMs : Infinity, () =>
              apollo.executeOperation(request, { contextValue: createContext(orm.em, logger) }),
            );
            if (response.body.kind !== 'single') throw new Error('a view asked for an incremental answer');
            return response.body.singleResult;
          },
        })
      : undefined;
  mountExplorer(app, webRoot, renderView);

  // Requests the body parser refuses (malformed JSON, too large) never reach Apollo: answer them
  // in the same shape, with a listed code.
  app.use(((error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    answerError(error, { req, res });
  }) as express.ErrorRequestHandler);

  const handle: RequestListener = graphqlThroughExpress
    ? app
    : graphqlOverHttp({
        app,
        apollo,
        before: [...everyResponse, allowOrigins],
        readBody,
        underDeadline,
        context: contextOf,
        answerError,
      });

  return {
    app,
    handle,
    listen: (port, host, callback) => {
      const server = createHttpServer(handle);
      if (!callback) return server.listen(port, host);
      let called = false;
      const once = (error?: Error) => {
        if (called) return;
        called = true;
        callback(error);
      };
      server.once('error', once);
      return server.listen(port, host, () => once());
    },
    apollo,
    drain: () => {
      draining = true;
    },
    stop: () => apollo.stop(),
  };
}

/**
 * CORS for /graphql: an allowed origin gets its own name back (never `*`) and answers to
 * preflights; any other origin gets no CORS headers, so browsers keep it same-origin.
 */
function cors(origins: readonly string[]): HttpMiddleware {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    addVary(res, 'Origin');
    if (!origin || !allowed.has(origin)) {
      next();
      return;
    }
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', 'x-request-id');
    if (req.method !== 'OPTIONS') {
      next();
      return;
    }
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST');
    res.setHeader(
      'Access-Control-Allow-Headers',
      'content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id',
    );
    res.setHeader('Access-Control-Max-Age', '600');
    res.statusCode = 204;
    res.end();
  };
}

/**
 * The answer to a request that failed outside Apollo (the body parser refused it, or a bug): a
 * client's error with its own message and a listed code, anything else as an internal error
 * with the request's id, logged.
 */
function requestErrorAnswer(logger: Logger): (error: unknown, exchange: ExpressExchange) => void {
  return (error, { req, res }) => {
    const status = clientErrorStatus(error) ?? 500;
    if (status >= 500) {
      logger.error(
        { requestId: res.locals.request?.id, path: req.path, error: describeError(error) },
        'request failed',
      );
    }
    const code =
      status === 413
        ? ErrorCode.PAYLOAD_TOO_LARGE
        : status < 500
          ? ErrorCode.BAD_REQUEST
          : ErrorCode.INTERNAL_SERVER_ERROR;
    const message = status < 500 && error instanceof Error ? error.message : 'Internal server error';
    const requestId = status >= 500 ? res.locals.request?.id : undefined;
    res.status(status).json({ errors: [{ message, extensions: { code, ...(requestId ? { requestId } : {}) } }] });
  };
}

/**
 * The context of a request over HTTP. What it reads of the request is read when asked: most
 * requests never ask, and the client's address and the cookie's `Secure` flag each check the
 * proxy settings, the media type parses `Accept`. Apollo Server copies the context's own
 * properties onto an object of the same prototype, so the request and what was read of it are
 * own properties and the getters are the prototype's.
 */
class HttpRequestContext extends RequestContext {
  readonly request: RequestInfo | undefined;
  private plainJson?: boolean;
  private cookie?: SessionCookie;

  constructor(
    rootEm: MikroORM['em'],
    logger: Logger,
    viewer: Viewer | undefined,
    request: RequestInfo | undefined,
    /** The request and response as Express objects (made when first asked for, see graphqlOverHttp). */
    private readonly exchange: () => ExpressExchange,
  ) {
    super(rootEm, logger, viewer);
    this.request = request;
  }

  /** Negotiated as Apollo Server negotiates the response's media type. */
  get prefersPlainJson(): boolean {
    return (this.plainJson ??= this.exchange().req.accepts(RESPONSE_MEDIA_TYPES) === RESPONSE_MEDIA_TYPES[0]);
  }

  get sessionCookie(): SessionCookie {
    if (!this.cookie) {
      const { req, res } = this.exchange();
      this.cookie = sessionCookieOf(req, res);
    }
    return this.cookie;
  }

  get clientAddress(): string | undefined {
    return this.exchange().req.ip;
  }
}

/** The 4xx status an error from Express or its body parser carries, if it carries one. */
function clientErrorStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
