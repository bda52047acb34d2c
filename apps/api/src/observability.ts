import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DriverException, type LogContext, type Logger as OrmLogger, type LoggerNamespace } from '@mikro-orm/core';
import type { Request } from 'express';
import { randomUUID } from 'node:crypto';
import type { RequestInfo } from './common/context.js';
import { ErrorCode, isErrorCode } from './common/error-code.js';
import { databaseFaultOf } from './db/faults.js';
import type { Logger } from './logger.js';
import { everyRequest } from './common/combined-plugins.js';
import { localsOf, splitUrl, type HttpMiddleware } from './web/graphql-http.js';

declare module 'express-serve-static-core' {
  interface Locals {
    request?: RequestInfo;
  }
}

/** A request id a proxy sent that is safe to echo and log; anything else is replaced. */
const FORWARDED_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Paths probed every few seconds: their access lines go to debug, not info. */
const PROBES = new Set(['/healthz', '/readyz']);

/**
 * Gives every request an id (the proxy's `x-request-id` when it sends a sane one), returns it in
 * the `x-request-id` header, and writes one access line when the response is done: id, method,
 * path, operation, status, duration and bytes; at warn when it took longer than `slowMs`.
 */
export function accessLog(logger: Logger, slowMs: number): HttpMiddleware {
  return (req, res, next) => {
    const forwarded = req.headers['x-request-id'];
    const request: RequestInfo = {
      id: typeof forwarded === 'string' && FORWARDED_ID.test(forwarded) ? forwarded : randomUUID(),
    };
    localsOf(res).request = request;
    res.setHeader('x-request-id', request.id);
    const started = process.hrtime.bigint();
    // Read now: routers mounted on a path rewrite req.path while they run. A request answered
    // outside Express (see graphqlOverHttp) has no req.path: its path is its URL's.
    const path = (req as Partial<Request>).path ?? splitUrl(req.url ?? '').path;
    res.once('finish', () => {
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      // Nothing to write at this level (LOG_LEVEL=warn, as most deployments run): no line to build.
      const slow = durationMs > slowMs;
      if (!slow && !logger.isLevelEnabled(PROBES.has(path) ? 'debug' : 'info')) return;
      const length = Number(res.getHeader('content-length'));
      const line = {
        requestId: request.id,
        method: req.method,
        path,
        operation: request.operationName,
        status: res.statusCode,
        durationMs,
        bytes: Number.isFinite(length) ? length : undefined,
      };
      if (slow) logger.warn({ ...line, slowMs }, 'slow request');
      else if (PROBES.has(path)) logger.debug(line, 'request');
      else logger.info(line, 'request');
    });
    next();
  };
}

/** Is this an error the API raised on purpose (with a listed code), not a failure? */
export function isExpectedError(code: unknown): boolean {
  return code !== ErrorCode.INTERNAL_SERVER_ERROR && isErrorCode(code);
}

/**
 * An error as it may be logged: its class, driver code and message, with no SQL and no values.
 * Driver errors embed the statement with its parameters ("select … where slug = 'x' - no such
 * table"): only the driver's own sentence is kept, with quoted values in it masked.
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  // Driver and socket errors carry a code (and knex prefixes their message with the statement);
  // Node's own errors (ERR_…) are bugs, logged with their stack below.
  const code = (error as { code?: unknown }).code;
  if (error instanceof DriverException || (typeof code === 'string' && !code.startsWith('ERR_'))) {
    const { sqlState } = error as { sqlState?: unknown };
    const sentence = error.message.split(' - ').at(-1) ?? '';
    return {
      type: error.name,
      code,
      sqlState,
      message: sentence
        .replace(/'[^']*'/g, "'…'")
        .replace(/\([^)]*\)=\([^)]*\)/g, '(…)=(…)')
        .replace(/: ".*"$/, ': "…"'),
    };
  }
  // A bug: its own message and where it happened (the stack's frames, not its first line again).
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at '));
  return { type: error.name, message: error.message, stack: frames.join('\n') };
}

/**
 * Tags each GraphQL request with its operation name for the access line, logs every unexpected
 * error with the request id and operation (never the variables), and gives the client the
 * request id in the masked error's extensions.
 */
export function requestLogPlugin<TContext extends { request?: RequestInfo }>(
  logger: Logger,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: everyRequest({
      didResolveOperation({ operationName, contextValue }) {
        if (contextValue.request && operationName) contextValue.request.operationName = operationName;
        return Promise.resolve();
      },
      didEncounterErrors({ errors, contextValue, operationName }) {
        let faultLogged = false;
        for (const error of errors) {
          if (isExpectedError(error.extensions.code)) continue;
          const cause = unwrapResolverError(error);
          const fault = databaseFaultOf(cause);
          // A database that is down fails every field: one warning per request says it.
          if (fault && faultLogged) continue;
          faultLogged ||= fault !== undefined;
          logger[fault ? 'warn' : 'error'](
            {
              requestId: contextValue.request?.id,
              operation: operationName ?? undefined,
              path: error.path?.join('.'),
              ...(fault ? { code: fault } : {}),
              error: describeError(cause),
            },
            fault ? 'database fault' : 'unexpected error',
          );
        }
        return Promise.resolve();
      },
      willSendResponse({ response, contextValue }) {
        const requestId = contextValue.request?.id;
        if (response.body.kind !== 'single' || !requestId || !response.body.singleResult.errors) {
          return Promise.resolve();
        }
        response.body.singleResult = {
          ...response.body.singleResult,
          errors: response.body.singleResult.errors.map((error) =>
            error.extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR
              ? { ...error, extensions: { ...error.extensions, requestId } }
              : error,
          ),
        };
        return Promise.resolve();
      },
    }),
  };
}

/** MikroORM's logger, writing through pino so every line is JSON; queries only at debug, never their parameters. */
export class PinoOrmLogger implements OrmLogger {
  private debugMode: boolean | LoggerNamespace[];

  constructor(
    private readonly logger: Logger,
    debugMode: boolean | LoggerNamespace[] = false,
  ) {
    this.debugMode = debugMode;
  }

  log(namespace: string, message: string, context?: LogContext): void {
    if (!this.isEnabled(namespace as LoggerNamespace, context)) return;
    const level = context?.level === 'error' ? 'error' : context?.level === 'warning' ? 'warn' : 'debug';
    this.logger[level]({ orm: namespace }, message);
  }

  error(namespace: string, message: string): void {
    this.logger.error({ orm: namespace }, message);
  }

  warn(namespace: string, message: string): void {
    this.logger.warn({ orm: namespace }, message);
  }

  logQuery(context: LogContext): void {
    if (!this.isEnabled('query', context)) return;
    this.logger.debug({ orm: 'query', query: context.query, tookMs: context.took, results: context.results }, 'query');
  }

  setDebugMode(debugMode: boolean | LoggerNamespace[]): void {
    this.debugMode = debugMode;
  }

  isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    if (context?.enabled !== undefined) return context.enabled;
    const mode = context?.debugMode ?? this.debugMode;
    return Array.isArray(mode) ? mode.includes(namespace) : mode;
  }
}
