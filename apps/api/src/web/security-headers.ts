import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { HttpMiddleware } from './graphql-http.js';

/** What a middleware did to a response's headers, in order: set a name to a value, or remove it. */
type HeaderChange = readonly [name: string, value: string] | readonly [name: string];

/**
 * Helmet's headers (content security policy, HSTS, frame and referrer policies, …) for every
 * response. Helmet runs a chain of a dozen middlewares per request, each setting one header to
 * the same value every time: it runs once here, on a response that records what it does, and
 * every request gets the recorded headers set in the same order. Should Helmet ever do something
 * else (a header that depends on the request, or a step that is not synchronous), its own
 * middleware runs instead.
 */
export function securityHeaders(): HttpMiddleware {
  const middleware = helmet({
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
  });
  const changes = recordedChanges(middleware);
  if (!changes) return middleware;
  return (_req, res, next) => {
    for (const [name, value] of changes) {
      if (value === undefined) res.removeHeader(name);
      else res.setHeader(name, value);
    }
    next();
  };
}

/**
 * The header changes a middleware makes on a response, when it reads nothing of the request or
 * the response, only sets and removes headers (to text values), and calls `next()` once, at
 * once; else undefined.
 */
export function recordedChanges(middleware: RequestHandler): HeaderChange[] | undefined {
  const changes: HeaderChange[] = [];
  const seen = { other: false, nexts: 0, failed: false };
  const refuse = () => {
    seen.other = true;
    return undefined;
  };
  const recorder = {
    setHeader: (name: string, value: unknown) => {
      if (typeof value === 'string') changes.push([name, value]);
      else seen.other = true;
      return response;
    },
    removeHeader: (name: string) => {
      changes.push([name]);
    },
  };
  const response: unknown = new Proxy(recorder, {
    get: (target, key) => (key === 'setHeader' || key === 'removeHeader' ? target[key] : refuse()),
  });
  const request = new Proxy({}, { get: refuse });
  try {
    middleware(request as never, response as never, (error?: unknown) => {
      seen.nexts++;
      seen.failed ||= error !== undefined;
    });
  } catch {
    // It used something of the request or response that the recording does not have.
    seen.failed = true;
  }
  return seen.other || seen.failed || seen.nexts !== 1 ? undefined : changes;
}
