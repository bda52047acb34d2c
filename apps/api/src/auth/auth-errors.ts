import { GraphQLError } from 'graphql';
import { ErrorCode } from '../common/error-code.js';
import { hasRole, type Role, type Viewer } from '../common/viewer.js';

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
