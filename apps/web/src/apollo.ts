import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import type { NormalizedCacheObject } from '@apollo/client/cache';
import { relayStylePagination } from '@apollo/client/utilities';
import { possibleTypes } from '@parley/schema';
import { GRAPHQL_URL } from './api-urls';

/**
 * The connections on Query and the arguments that pick a different list: pages merge into one list
 * per value of those (fetchMore with `after`), never across them. A test holds this to the schema.
 */
export const CONNECTION_KEY_ARGS = {
  actors: ['search', 'kinds'],
  relations: ['filter'],
  events: ['filter'],
  statements: ['speaker', 'kinds'],
  figures: [],
  negotiations: [],
  documents: [],
  search: ['text', 'kinds'],
  history: ['id'],
  recentChanges: [],
} satisfies Record<string, string[]>;

/**
 * The cache: objects with an `id` normalised by it (the default key), the rest kept inside their
 * parent; fragments on the Node interface matched through the schema's generated `possibleTypes`
 * (a path's `via`, the reader's `supports`); connections merged page by page. A date has no `id`:
 * two queries asking different fields of the same fact's date (the network's list and its time
 * brush) merge them, where replacing one with the other left the first query short of fields and
 * made it fetch everything again.
 */
export function createCache() {
  return new InMemoryCache({
    possibleTypes,
    typePolicies: {
      PartialDate: { merge: true },
      Query: {
        fields: Object.fromEntries(
          Object.entries(CONNECTION_KEY_ARGS).map(([field, keyArgs]) => [
            field,
            relayStylePagination(keyArgs.length ? keyArgs : false),
          ]),
        ),
      },
    },
  });
}

/**
 * The session cookie is the site's own, so same-origin credentials are all the explorer sends.
 * `serverData`: the cache the server drew the page from (see ssr/server-data.ts). The app starts
 * from it, so its first render draws the same view with no request; for a moment queries that
 * would go to the network anyway take those answers too, rather than asking again at once.
 */
export function createApolloClient(uri = GRAPHQL_URL, serverData?: NormalizedCacheObject) {
  const cache = createCache();
  if (serverData) cache.restore(serverData);
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache,
    ssrForceFetchDelay: serverData ? 1000 : undefined,
  });
}
