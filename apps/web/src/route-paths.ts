/**
 * The explorer's views and their addresses: the router builds on this table, and the build writes
 * the patterns to `explorer-routes.json` so the server answers any other path with 404.
 * `:name` stands for one path segment.
 */
export const ROUTE_PATHS = {
  overview: '/',
  network: '/network',
  pressure: '/pressure',
  actor: '/actors/:slug',
  timeline: '/timeline',
  statements: '/statements',
  figures: '/figures',
  documents: '/documents',
  newDocument: '/documents/new',
  reader: '/documents/:slug',
  paths: '/paths',
  playground: '/playground',
  signIn: '/sign-in',
} as const;

export type RouteName = keyof typeof ROUTE_PATHS;

/** The patterns as the server reads them. */
export const explorerRoutePatterns = (): string[] => Object.values(ROUTE_PATHS);
