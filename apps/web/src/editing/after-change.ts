import type { ApolloClient } from '@apollo/client';
import { possibleTypes } from '@parley/schema';

/** The lists and pages a changed fact (or a new document) can appear in, and the history: dropped from the cache, so each view asks again. */
const FACT_FIELDS = [
  'documents',
  'actor',
  'actors',
  'relations',
  'events',
  'event',
  'statements',
  'figures',
  'negotiations',
  'neighbourhood',
  'search',
  'paths',
  'pathSearch',
  'node',
  'nodes',
  // Every change is in the history: a node's, and the list of recent changes.
  'history',
  'recentChanges',
];

/** Every type a deleted ID may name: the schema's nodes, so a new type needs no entry here. */
const NODE_TYPES = possibleTypes.Node;

/**
 * After a fact is saved or deleted: the views showing facts read them again (the reader at once,
 * the others when next opened), and deleted nodes leave the cache.
 */
export async function refreshAfterChange(client: ApolloClient, deletedIds: readonly string[] = []) {
  const { cache } = client;
  for (const fieldName of FACT_FIELDS) cache.evict({ id: 'ROOT_QUERY', fieldName });
  for (const id of deletedIds) {
    for (const __typename of NODE_TYPES) {
      cache.evict({ id: cache.identify({ __typename, id }) });
    }
  }
  cache.gc();
  await client.refetchQueries({ include: ['ReaderQuery', 'ReaderEvidenceQuery'] });
}

/** After signing in or out: everything read may differ for the new viewer. */
export async function refreshAfterSignIn(client: ApolloClient) {
  // A view open on what only editors read (the history) is refused once signed out: its query
  // shows the refusal, so the refetch's own rejection would only say it twice, uncaught.
  await client.resetStore().catch(() => undefined);
}
