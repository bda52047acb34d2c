import { GraphQLError } from 'graphql';
import type { AuthChecker } from 'type-graphql';
import { ErrorCode } from './error-code.js';

/** What a user may do, each role including the ones before it: readers read, editors edit, admins administer. */
export const roles = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** The user a request acts for, once their token or session has been checked. */
export interface Viewer {
  userId: number;
  name: string;
  role: Role;
  /** How the request proved who it is: an API token, or a signed-in browser's session (absent in-process). */
  credential?: { kind: 'token'; tokenId: number } | { kind: 'session'; sessionId: string };
}

/** Whether a user with `role` may do what `needed` may. */
export function hasRole(role: Role, needed: Role): boolean {
  return roles.indexOf(role) >= roles.indexOf(needed);
}

/**
 * type-graphql's check for `@Authorized(role)`: the one place a field's guard is decided. No
 * viewer is UNAUTHENTICATED (sign in or send a token); a viewer below the role is FORBIDDEN.
 */
export const authChecker: AuthChecker<{ viewer?: Viewer }, Role> = ({ context }, needed) => {
  const { viewer } = context;
  if (!viewer) {
    throw new GraphQLError('Sign in or send an API token (Authorization: Bearer …) to do this.', {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  }
  const lowest = needed.length === 0 ? 'reader' : needed.reduce((a, b) => (hasRole(a, b) ? b : a));
  if (!hasRole(viewer.role, lowest)) {
    throw new GraphQLError(`This needs the ${lowest} role; ${viewer.name} is a ${viewer.role}.`, {
      extensions: { code: ErrorCode.FORBIDDEN, requiredRole: lowest },
    });
  }
  return true;
};
