import { GraphQLError } from 'graphql';
import { ErrorCode } from '../common/error-code.js';
import { hasRole, type Role, type Viewer } from '../common/viewer.js';
import type { Lockout } from './sign-in-limiter.js';

/**
 * The request's credentials do not hold: answered 401 with `WWW-Authenticate`, over HTTP, so a
 * client sending a bad token knows, even on a read that needs none.
 */
export function unauthenticated(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: ErrorCode.UNAUTHENTICATED,
      ...extensions,
      http: { status: 401, headers: new Map([['www-authenticate', 'Bearer realm="parley"']]) },
    },
  });
}

/** A sign-in that did not succeed (wrong name or password, a locked-out name): an error of the mutation, not of the request. */
export function signInRefused(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, ...extensions } });
}

/** Too many failed sign-ins: refused before the password is checked, with when to try again. */
export function signInLocked({ lockedBy, retryAfterMs }: Lockout): GraphQLError {
  const retryAfter = Math.ceil(retryAfterMs / 1000);
  return new GraphQLError(
    `Too many failed sign-ins ${lockedBy === 'name' ? 'for this name' : 'from this address'}; try again in ${String(retryAfter)} s.`,
    {
      extensions: {
        code: ErrorCode.SIGN_IN_LOCKED,
        lockedBy,
        retryAfter,
        // The name it had before SIGN_IN_LOCKED: clients written against it keep working.
        retryAfterSeconds: retryAfter,
        http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
      },
    },
  );
}

/** The viewer may not do this to someone else's user or token. */
export function forbidden(message: string, requiredRole?: Role): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.FORBIDDEN, ...(requiredRole ? { requiredRole } : {}) },
  });
}

/** Whether the viewer may act on what belongs to the user `name`: theirs, or anyone's for an admin. */
export function mayActFor(viewer: Viewer, name: string): boolean {
  return viewer.name === name || hasRole(viewer.role, 'admin');
}
