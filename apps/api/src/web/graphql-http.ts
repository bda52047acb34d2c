import { HeaderMap, type ApolloServer, type HTTPGraphQLRequest } from '@apollo/server';
import express, { type Express } from 'express';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Context, RequestInfo } from '../common/context.js';

/** A middleware on Node's own request and response: Express runs it as any other, and so does graphqlOverHttp. */
export type HttpMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** A Node response as Express's middlewares and graphqlOverHttp see it: with Express's per-request `locals`. */
type ResponseWithLocals = ServerResponse & { locals?: { request?: RequestInfo } };

/** The request and response as Express objects, for what only Express does (its `req.ip`, `req.accepts`, `res.cookie`). */
export interface ExpressExchange {
  req: express.Request;
  res: express.Response;
}

/** The path graphqlOverHttp serves. */
export const GRAPHQL_PATH = '/graphql';

/** A request URL's path and its query string (with its `?`, or empty). */
export function splitUrl(url: string): { path: string; search: string } {
  const query = url.indexOf('?');
  return query < 0 ? { path: url, search: '' } : { path: url.slice(0, query), search: url.slice(query) };
}

/** A middleware's shape, on Node's or on Express's request and response. */
type Step<Req, Res> = (req: Req, res: Res, next: (error?: unknown) => void) => unknown;

/**
 * Handlers run one after the other as Express runs them (an error passed on, thrown or in a
 * refused promise goes to `next`), then `next()`: in one layer of Express's router (it matches the
 * path and rewrites the URL once instead of once per handler), or with no router at all.
 */
export function inSequence<Req, Res>(
  ...handlers: Step<Req, Res>[]
): (req: Req, res: Res, next: (error?: unknown) => void) => void {
  return (req, res, next) => {
    let index = 0;
    const step = (error?: unknown): void => {
      const handler = handlers[index++];
      if (error || !handler) {
        next(error);
        return;
      }
      try {
        const result: unknown = handler(req, res, step);
        if (result instanceof Promise) result.catch((reason: unknown) => next(reason || new Error('Rejected promise')));
      } catch (thrown) {
        next(thrown);
      }
    };
    step();
  };
}

/**
 * Media types Apollo Server answers with that Express's `res.send` sends unchanged (it would set
 * `charset=utf-8` on them, which they have): such an answer is sent here as `res.send` sends it.
 */
const SENT_AS_IS = new Set(['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8']);

/** Express's `res.vary` on a Node response: adds a field to `Vary` once. */
export function addVary(res: ServerResponse, field: string): void {
  express.response.vary.call(res as express.Response, field);
}

/** Express's per-request `res.locals` (where the access log keeps the request's id), on any response. */
export function localsOf(res: ServerResponse): { request?: RequestInfo } {
  return ((res as ResponseWithLocals).locals ??= Object.create(null) as { request?: RequestInfo });
}

export interface GraphQLOverHttpOptions {
  /** Every other request, and Express's request and response when one is needed. */
  app: Express;
  apollo: ApolloServer<Context>;
  /**
   * What the app runs on every request before its routes, in the same order (compression, the
   * access log, headers), then CORS as /graphql has it: the response starts out the same.
   */
  before: readonly HttpMiddleware[];
  /** Reads the body into `req.body` as the app's /graphql route does (express.json). */
  readBody: HttpMiddleware;
  /** Runs the rest of the request (Apollo) as the app's /graphql route does: under the deadline. */
  underDeadline: (work: () => void) => void;
  /** The GraphQL context of a request; `express` makes Express objects of the request and response. */
  context: (req: IncomingMessage, request: RequestInfo | undefined, express: () => ExpressExchange) => Promise<Context>;
  /** Answers a request that failed outside Apollo, as the app's error handler does. */
  answerError: (error: unknown, exchange: ExpressExchange) => void;
}

/**
 * The HTTP server's request listener: a GraphQL POST to /graphql is answered here, without
 * Express's router and `res.send`, by the same middlewares and with the same status, headers and
 * body as the app answers it; every other request goes to the app. Express's per-request setup
 * (changing the prototypes of the request and response, which makes every later property access on
 * them slower) happens only when a request needs an Express object: signed-in requests and errors.
 */
export function graphqlOverHttp({
  app,
  apollo,
  before,
  readBody,
  underDeadline,
  context,
  answerError,
}: GraphQLOverHttpOptions): RequestListener {
  const steps = inSequence<IncomingMessage, ServerResponse>(...before, readBody);
  // What Express's `res.send` uses for the ETag (weak by default): the same function, so the same tag.
  const etagOf = app.get('etag fn') as ((body: Buffer) => string | undefined) | undefined;

  const serve = (req: IncomingMessage, res: ResponseWithLocals) => {
    const locals = localsOf(res);
    let exchange: ExpressExchange | undefined;
    // As Express's app.handle does before routing, once, when something needs it.
    const asExpress = (): ExpressExchange => {
      if (!exchange) {
        const request = req as express.Request;
        const response = res as express.Response;
        request.res = response;
        response.req = request;
        Object.setPrototypeOf(request, app.request);
        Object.setPrototypeOf(response, app.response);
        exchange = { req: request, res: response };
      }
      return exchange;
    };
    const fail = (error: unknown) => {
      // What Express's final handler does with an error once the answer has started: cut the connection.
      if (res.headersSent) req.socket.destroy();
      else answerError(error, asExpress());
    };

    const execute = async () => {
      if (!('body' in req)) {
        // The body parser left the request alone (it had already ended): as Apollo's Express integration answers.
        const { res: response } = asExpress();
        response.status(500);
        response.send(
          '`req.body` is not set; this probably means you forgot to set up the `json` middleware before the Apollo Server middleware.',
        );
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const httpGraphQLRequest: HTTPGraphQLRequest = {
        method: 'POST',
        headers,
        search: splitUrl(req.url ?? '').search,
        body: req.body,
      };
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: () => context(req, locals.request, asExpress),
      });
      for (const [key, value] of answer.headers) res.setHeader(key, value);
      res.statusCode = answer.status ?? 200;
      const type = res.getHeader('content-type');
      if (
        answer.body.kind === 'complete' &&
        typeof type === 'string' &&
        SENT_AS_IS.has(type) &&
        res.getHeader('etag') === undefined &&
        res.getHeader('transfer-encoding') === undefined
      ) {
        // What `res.send` does with this answer to a POST: a buffer, its length and its ETag.
        const body = Buffer.from(answer.body.string, 'utf8');
        res.setHeader('Content-Length', String(body.length));
        const etag = etagOf?.(body);
        if (etag) res.setHeader('ETag', etag);
        res.end(body);
        return;
      }
      // Anything else as Apollo's Express integration sends it.
      const { res: response } = asExpress();
      if (answer.body.kind === 'complete') {
        response.send(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) {
        response.write(chunk);
        if (typeof (response as { flush?: unknown }).flush === 'function') (response as { flush(): void }).flush();
      }
      response.end();
    };

    // The middlewares in order, each calling the next when done (or failing the request), then Apollo.
    steps(req, res, (error) => {
      if (error) fail(error);
      else underDeadline(() => void execute().catch(fail));
    });
  };

  return (req, res) => {
    if (req.method === 'POST' && splitUrl(req.url ?? '').path === GRAPHQL_PATH) serve(req, res);
    else app(req, res);
  };
}
