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
  changes: '/changes',
} as const;

export type RouteName = keyof typeof ROUTE_PATHS;

/**
 * The module each view's code starts from (what the router's `lazy` imports; a test holds the two
 * together). The build lists each one's chunks, and the server has the browser fetch them with
 * the page instead of after the app's own script has run.
 */
export const ROUTE_MODULES: Record<RouteName, string> = {
  overview: 'src/routes/overview/overview-page.tsx',
  network: 'src/routes/network/network-page.tsx',
  pressure: 'src/routes/pressure/pressure-page.tsx',
  actor: 'src/routes/actors/actor-page.tsx',
  timeline: 'src/routes/timeline/timeline-page.tsx',
  statements: 'src/routes/statements/statements-page.tsx',
  figures: 'src/routes/figures/figures-page.tsx',
  documents: 'src/routes/documents/documents-page.tsx',
  newDocument: 'src/editing/new-document-page.tsx',
  reader: 'src/routes/documents/reader-page.tsx',
  paths: 'src/routes/paths/paths-page.tsx',
  playground: 'src/playground/playground-page.tsx',
  signIn: 'src/editing/sign-in-page.tsx',
  changes: 'src/editing/history/recent-changes-page.tsx',
};

/** The patterns as the server reads them. */
export const explorerRoutePatterns = (): string[] => Object.values(ROUTE_PATHS);

/**
 * The views the server renders with their data into the page it sends (see ssr/render-page.tsx):
 * the ones that read the story. The others (the playground's editor, the forms) start in the browser.
 */
export const SERVER_RENDERED_ROUTES: readonly RouteName[] = [
  'overview',
  'network',
  'pressure',
  'actor',
  'timeline',
  'statements',
  'figures',
  'documents',
  'reader',
];
