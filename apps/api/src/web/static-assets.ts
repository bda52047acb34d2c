import compression from 'compression';
import express, { type Express } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The file the explorer's build writes next to index.html: the path patterns of its views
 * (`/actors/:slug`), taken from the web app's own route table, so the server and the app share one list.
 */
export const EXPLORER_ROUTES_FILE = 'explorer-routes.json';

/** Paths the server answers itself; never the explorer's. */
const SERVER_PATHS = /^\/(graphql|healthz|readyz)(\/|$)/;

/** Compresses every compressible response (HTML, scripts, styles, JSON answers) the client accepts so. */
export function compressResponses(): express.RequestHandler {
  return compression();
}

/** A matcher for the explorer's route patterns: `:name` stands for one path segment, `*` for the rest. */
export function routeMatcher(patterns: readonly string[]): (path: string) => boolean {
  const expressions = patterns.map((pattern) => {
    const segments = pattern
      .split('/')
      .filter(Boolean)
      .map((segment) =>
        segment === '*' ? '.*' : segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      );
    return new RegExp(`^/${segments.join('/')}/?$`);
  });
  return (path) => expressions.some((expression) => expression.test(path));
}

function readRoutes(root: string): readonly string[] | undefined {
  const file = resolve(root, EXPLORER_ROUTES_FILE);
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed) || !parsed.every((entry) => typeof entry === 'string')) {
    throw new Error(`${file} should hold an array of route patterns`);
  }
  return parsed;
}

/**
 * Serves the built explorer: hashed assets cached for a year (a new build has new names),
 * index.html revalidated on every visit, the explorer's views answered with index.html, and any
 * other path with index.html too but as 404, so the app shows its not-found page and crawlers
 * and link checkers see the truth.
 */
export function mountExplorer(app: Express, webRoot: string | undefined) {
  const root = webRoot ? resolve(webRoot) : undefined;
  const index = root ? resolve(root, 'index.html') : undefined;
  if (!root || !index || !existsSync(index)) {
    app.get(/^\/(?!graphql).*/, (_req, res) => {
      res.status(503).type('text/plain').send('The explorer is not built yet: run `npm run build`.');
    });
    return;
  }
  const routes = readRoutes(root);
  // A build from before the list existed: every path is a view, as it used to be.
  const isExplorerRoute = routes ? routeMatcher(routes) : () => true;
  app.use('/assets', express.static(resolve(root, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  app.use(
    express.static(root, { index: false, maxAge: 0, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }),
  );
  app.get(/.*/, (req, res, next) => {
    if (SERVER_PATHS.test(req.path)) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.status(isExplorerRoute(req.path) ? 200 : 404).sendFile(index);
  });
}
