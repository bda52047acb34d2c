import compression from 'compression';
import express, { type Express } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { addVary, type HttpMiddleware } from './graphql-http.js';
import { withRenderedView, type PageRenderer } from './server-rendering.js';

/**
 * The file the explorer's build writes next to index.html: the path patterns of its views
 * (`/actors/:slug`), taken from the web app's own route table, so the server and the app share one list.
 */
export const EXPLORER_ROUTES_FILE = 'explorer-routes.json';

/**
 * The file the build writes next to it: for each view's pattern, the scripts that view's code needs
 * beyond what index.html loads. Named in the page sent for that view, they load with it.
 */
export const EXPLORER_PRELOAD_FILE = 'explorer-preload.json';

/** Paths the server answers itself; never the explorer's. */
const SERVER_PATHS = /^\/(graphql|healthz|readyz)(\/|$)/;

/**
 * Compresses every compressible response (HTML, scripts, styles, JSON answers) the client accepts
 * so. A request without `Accept-Encoding` (API clients, load balancers' probes) is answered as is:
 * the compression middleware would wrap the response's methods to end up sending it unchanged, so
 * it is skipped and only the `Vary` header it adds is kept, for caches.
 */
export function compressResponses(): HttpMiddleware {
  // It reads and wraps only what Node's request and response have.
  const compress = compression() as unknown as HttpMiddleware;
  return (req, res, next) => {
    if (req.headers['accept-encoding'] !== undefined) {
      compress(req, res, next);
      return;
    }
    addVary(res, 'Accept-Encoding');
    next();
  };
}

/** A route pattern as a regular expression: `:name` stands for one path segment, `*` for the rest. */
function patternExpression(pattern: string): RegExp {
  const segments = pattern
    .split('/')
    .filter(Boolean)
    .map((segment) =>
      segment === '*' ? '.*' : segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    );
  return new RegExp(`^/${segments.join('/')}/?$`);
}

/** A matcher for the explorer's route patterns. */
export function routeMatcher(patterns: readonly string[]): (path: string) => boolean {
  const expressions = patterns.map(patternExpression);
  return (path) => expressions.some((expression) => expression.test(path));
}

/**
 * index.html for a path: with `modulepreload` links for the scripts of the view at that path (from
 * the build's preload file, when there is one), so they download while the app's script does.
 */
function pageFor(root: string, html: string): (path: string) => string {
  const file = resolve(root, EXPLORER_PRELOAD_FILE);
  if (!existsSync(file)) return () => html;
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${file} should map route patterns to scripts`);
  const pages = Object.entries(parsed).map(([pattern, scripts]) => {
    if (
      !Array.isArray(scripts) ||
      !scripts.every((script) => typeof script === 'string' && /^\/[\w./-]+$/.test(script))
    )
      throw new Error(`${file}: ${pattern} should list script paths`);
    // Low priority, as the build marks the app's own (see the explorer's vite.config.ts).
    const links = scripts
      .map((script) => `<link rel="modulepreload" crossorigin fetchpriority="low" href="${script}">`)
      .join('');
    return { expression: patternExpression(pattern), html: html.replace('</head>', `${links}</head>`) };
  });
  return (path) => pages.find((page) => page.expression.test(path))?.html ?? html;
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

/** The request headers a rendered view depends on, for caches (`Vary`). */
const RENDER_VARIES_BY = ['Cookie', 'Authorization', 'Sec-CH-UA-Mobile', 'User-Agent'];

/**
 * Serves the built explorer: hashed assets cached for a year (a new build has new names),
 * index.html revalidated on every visit, the explorer's views answered with index.html (with the
 * view rendered into it where `renderView` does so), and any other path with index.html too but
 * as 404, so the app shows its not-found page and crawlers and link checkers see the truth.
 */
export function mountExplorer(app: Express, webRoot: string | undefined, renderView?: PageRenderer) {
  const root = webRoot ? resolve(webRoot) : undefined;
  const index = root ? resolve(root, 'index.html') : undefined;
  if (!root || !index || !existsSync(index)) {
    app.get(/^\/(?!graphql).*/, (_req, res) => {
      res.status(503).type('text/plain').send('The explorer is not built yet: run `npm run build`.');
    });
    return;
  }
  const routes = readRoutes(root);
  const page = pageFor(root, readFileSync(index, 'utf8'));
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
    if (!isExplorerRoute(req.path)) {
      res.status(404).sendFile(index);
      return;
    }
    const html = page(req.path);
    if (!renderView) {
      res.type('html').send(html);
      return;
    }
    // The render differs by what pageRenderer reads: credentials (signed-in visitors and token
    // clients get the plain page) and whether the device is a phone (its client hint, else its UA).
    for (const header of RENDER_VARIES_BY) res.vary(header);
    renderView(req).then((rendered) => {
      if (rendered) res.status(rendered.status).type('html').send(withRenderedView(html, rendered));
      else res.type('html').send(html);
    }, next);
  });
}
