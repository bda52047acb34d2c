/**
 * Where the explorer finds the API: the server that sends the explorer's files, at its root (in
 * development Vite's server proxies these paths to it). Same origin, so the session cookie goes
 * with every request, GraphQL's and a plain link's alike.
 */
export const GRAPHQL_URL = '/graphql';

/** The API's file exports (`/export/<file>`), each with the query parameters it takes. */
export function exportUrl(file: 'relations.csv' | 'graph.graphml' | 'graph.gexf', params: URLSearchParams): string {
  const query = params.toString();
  return `/export/${file}${query ? `?${query}` : ''}`;
}
