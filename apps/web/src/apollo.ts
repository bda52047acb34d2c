import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/**
 * Every type that implements Node. The cache needs them to match fragments on Node (a path's
 * `via`, the reader's `supports`); a test holds this list to the schema.
 */
export const NODE_TYPES = [
  'Actor',
  'Attribution',
  'Document',
  'Event',
  'Figure',
  'Negotiation',
  'Participation',
  'Position',
  'Relation',
  'Statement',
];

/** The cache: Node types normalised by `id` (the default key), connections merged page by page. */
export function createCache() {
  return new InMemoryCache({
    possibleTypes: { Node: NODE_TYPES },
    typePolicies: {
      Query: {
        fields: {
          // Connections merge page after page (fetchMore with `after`), one list per filter.
          actors: relayStylePagination(['search', 'kinds']),
          relations: relayStylePagination(['filter']),
          events: relayStylePagination(['filter']),
          statements: relayStylePagination(['speaker', 'kinds']),
          figures: relayStylePagination(),
          negotiations: relayStylePagination(),
          documents: relayStylePagination(),
        },
      },
      // Value objects without identity live inside their parent.
      PartialDate: { keyFields: false },
      Evidence: { keyFields: false },
      PageInfo: { keyFields: false },
    },
  });
}

export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({ link: new HttpLink({ uri }), cache: createCache() });
}
