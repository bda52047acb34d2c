import type { EntityManager } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../common/error-code.js';
import type { SessionCookie } from '../common/context.js';
import type { Viewer } from '../common/viewer.js';
import { viewerOfApiToken } from './api-tokens.js';
import { unauthenticated } from './auth-errors.js';
import { SESSION_COOKIE, SESSION_MAX_MS, viewerOfSession } from './sessions.js';

/**
 * Who an HTTP request acts for (an anonymous request costs no database work): the one place this is decided, for /graphql (the context
 * factory) and /export. Nothing is cached: every request reads its token or session, so a
 * revocation, a sign-out or a disabled user counts from the next request on, on every instance.
 *
 * - `Authorization: Bearer <token>`: a working API token, or UNAUTHENTICATED (also on reads that
 *   need no viewer: a client sending a bad token should know). Cookies are then ignored.
 * - Otherwise the session cookie, when it names a live session; a cookie naming none is cleared
 *   and the request is anonymous. A request carrying the cookie must come from this origin
 *   (`Sec-Fetch-Site`/`Origin`), or it is refused with BAD_REQUEST: cross-site request forgery.
 * - Neither: anonymous (undefined).
 */
export async function viewerOfRequest(rootEm: EntityManager, req: Request, res: Response): Promise<Viewer | undefined> {
  const authorization = req.get('authorization');
  if (authorization !== undefined) {
    const token = /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
    if (!token) throw unauthenticated('The Authorization header must be "Bearer <API token>".');
    const viewer = await viewerOfApiToken(rootEm.fork(), token);
    if (!viewer) throw unauthenticated('This API token is unknown, revoked or expired, or its user is disabled.');
    return viewer;
  }
  const secret = cookieValue(req.get('cookie'), SESSION_COOKIE);
  if (!secret) return undefined;
  if (isCrossSite(req)) {
    throw new GraphQLError(
      'A request signed in by cookie must come from this site; this one comes from another (possible cross-site request forgery).',
      { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } },
    );
  }
  const viewer = await viewerOfSession(rootEm.fork(), secret);
  // A stale cookie (signed out elsewhere, expired): tell the browser to stop sending it.
  if (!viewer) sessionCookieOf(req, res).clear();
  return viewer;
}

/**
 * Whether a request carries credentials, valid or not: an `Authorization` header, or a session
 * cookie with a value (what viewerOfRequest reads; without either it is anonymous).
 */
export function carriesCredentials(req: IncomingMessage): boolean {
  return req.headers.authorization !== undefined || cookieValue(req.headers.cookie, SESSION_COOKIE) !== undefined;
}

/**
 * Whether a browser sent this request from another site. Browsers send `Sec-Fetch-Site` and,
 * on every cross-origin POST, `Origin`; either naming another origin is enough to refuse. A
 * request with neither is no browser's cross-site request (SameSite=Strict keeps the cookie off
 * cross-site navigations of older browsers).
 */
export function isCrossSite(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  const origin = req.get('origin');
  return origin !== undefined && origin !== `${req.protocol}://${req.get('host') ?? ''}`;
}

/** Writes and clears the session cookie on this request's response. */
export function sessionCookieOf(req: Request, res: Response): SessionCookie {
  // HttpOnly: no script reads it; Strict: no other site's page sends it; Secure over HTTPS
  // (req.secure follows X-Forwarded-Proto from a proxy on loopback).
  const attributes = { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' } as const;
  return {
    set: (secret) => res.cookie(SESSION_COOKIE, secret, { ...attributes, maxAge: SESSION_MAX_MS }),
    clear: () => res.clearCookie(SESSION_COOKIE, attributes),
  };
}

/** One cookie's value from a `Cookie` header. */
function cookieValue(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim() || undefined;
  }
  return undefined;
}
