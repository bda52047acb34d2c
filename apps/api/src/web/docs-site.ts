import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Serves the built reference and guides (apps/docs/dist) at /docs, as the explorer is served: the
 * hashed script and stylesheet cached for a year, the page revalidated on every visit, and any
 * other path under /docs a plain 404 (never the explorer's page).
 */
export function mountDocs(app: Express, docsRoot: string | undefined) {
  const root = docsRoot ? resolve(docsRoot) : undefined;
  if (!root || !existsSync(resolve(root, 'index.html'))) {
    app.use('/docs', (_req, res) => {
      res.status(503).type('text/plain').send('The docs are not built yet: run `npm run build`.');
    });
    return;
  }
  // The page's links are relative (assets/…, #pagination): they need the trailing slash.
  app.get('/docs', (req, res, next) => {
    if (req.path === '/docs') res.redirect(301, '/docs/');
    else next();
  });
  app.use(
    '/docs/assets',
    express.static(resolve(root, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.use(
    '/docs',
    express.static(root, {
      index: 'index.html',
      redirect: false,
      setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
    }),
  );
  app.use('/docs', (_req, res) => {
    res.status(404).type('text/plain').send('No such page in the docs: see /docs/.');
  });
}
