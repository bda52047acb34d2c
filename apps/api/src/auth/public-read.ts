import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode } from 'graphql';
import type { Viewer } from '../common/viewer.js';
import { unauthenticated } from './auth-errors.js';
import { everyRequest } from '../common/combined-plugins.js';

/** Root query fields anyone may ask for even when reads are closed: who am I (null), and the type name. */
const ALWAYS_OPEN_QUERY_FIELDS = new Set(['viewer', '__typename']);

/** Why a closed server refuses an anonymous read. */
export const READS_NEED_A_VIEWER =
  'This server answers signed-in users only (PARLEY_PUBLIC_READ=false): sign in or send an API token.';

/**
 * PARLEY_PUBLIC_READ=false: every query needs a viewer (reader or above), introspection
 * included; anonymous requests get UNAUTHENTICATED (401). Only `viewer` (to learn one is not
 * signed in) stays open, and mutations are guarded field by field (`signIn` is open).
 */
export function publicReadPlugin<TContext extends { viewer?: Viewer }>(
  publicRead: boolean,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: everyRequest(
      publicRead
        ? {}
        : {
            didResolveOperation({ operation, contextValue }) {
              if (contextValue.viewer || operation?.operation !== OperationTypeNode.QUERY) return Promise.resolve();
              const open = operation.selectionSet.selections.every(
                (selection) => selection.kind === Kind.FIELD && ALWAYS_OPEN_QUERY_FIELDS.has(selection.name.value),
              );
              return open ? Promise.resolve() : Promise.reject(unauthenticated(READS_NEED_A_VIEWER));
            },
          },
    ),
  };
}
