import react from '@vitejs/plugin-react';
import { relative } from 'node:path';
import { defineConfig, type ConfigEnv, type Plugin, type Rollup } from 'vite';
import { explorerRoutePatterns, ROUTE_MODULES, ROUTE_PATHS, type RouteName } from './src/route-paths';
import { typedDocuments } from './typed-documents-plugin';

/** The browser's build: the server's render module (`--ssr`) needs none of the files written for it. */
const browserBuild = (_config: unknown, env: ConfigEnv) => env.command === 'build' && env.isSsrBuild !== true;

/** Writes the views' path patterns next to index.html: the server answers 404 for any other path. */
function explorerRoutesFile(): Plugin {
  return {
    name: 'parley-explorer-routes',
    apply: browserBuild,
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'explorer-routes.json',
        source: JSON.stringify(explorerRoutePatterns(), null, 2),
      });
    },
  };
}

/**
 * Writes `explorer-preload.json` next to index.html: for each view's path pattern, the scripts its
 * code needs beyond what index.html already loads. The server names them in the page it sends for
 * that view (`modulepreload`), so the browser fetches them alongside the app's own script rather
 * than once that script has run and asked for the view: one round trip less before the first
 * content, which on a phone's network is most of the wait.
 */
function explorerPreloadFile(): Plugin {
  let root = '';
  let base = '/';
  return {
    name: 'parley-explorer-preload',
    apply: browserBuild,
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const entry = chunks.find((chunk) => chunk.isEntry);
      const loaded = new Set(entry ? [entry.fileName, ...entry.imports] : []);
      const byModule = new Map(
        chunks.flatMap((chunk) =>
          chunk.facadeModuleId ? [[relative(root, chunk.facadeModuleId), chunk] as const] : [],
        ),
      );
      /** The chunk and every chunk it imports statically, in load order, less what the page loads anyway. */
      const needs = (chunk: Rollup.OutputChunk, seen = new Set<string>()): string[] => {
        if (seen.has(chunk.fileName)) return [];
        seen.add(chunk.fileName);
        const imported = chunk.imports.flatMap((file) => {
          const dependency = byFile.get(file);
          return dependency ? needs(dependency, seen) : [];
        });
        return [...imported, chunk.fileName].filter((file) => !loaded.has(file));
      };
      const preload = Object.fromEntries(
        (Object.keys(ROUTE_PATHS) as RouteName[]).flatMap((name) => {
          const chunk = byModule.get(ROUTE_MODULES[name]);
          return chunk ? [[ROUTE_PATHS[name], needs(chunk).map((file) => `${base}${file}`)]] : [];
        }),
      );
      this.emitFile({ type: 'asset', fileName: 'explorer-preload.json', source: JSON.stringify(preload, null, 2) });
    },
  };
}

/**
 * Puts the explorer's stylesheet into index.html itself. It is small (a few KB compressed), and as
 * a file of its own it held up the first paint for another round trip, which on a phone's network
 * is a good part of the wait. The file is still written, for anything that links it.
 */
function inlineEntryStylesheet(): Plugin {
  return {
    name: 'parley-inline-stylesheet',
    apply: browserBuild,
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        return html.replace(/<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g, (link, fileName: string) => {
          const asset = bundle?.[fileName];
          if (asset?.type !== 'asset') return link;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          return `<style>${css.replaceAll('</style', '<\\/style')}</style>`;
        });
      },
    },
  };
}

/**
 * Marks the app's scripts (its entry and the chunks it preloads) as low priority. The view is in
 * the page the server sends, so nothing on screen waits for them: a module script runs after the
 * page is parsed whatever its priority, but one fetched at high priority is one the browser, and
 * Lighthouse's simulation of a phone after it, counts as holding up the first paint.
 */
function lowPriorityScripts(): Plugin {
  return {
    name: 'parley-low-priority-scripts',
    apply: browserBuild,
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace(/<(script type="module"|link rel="modulepreload") /g, '<$1 fetchpriority="low" '),
    },
  };
}

export default defineConfig({
  plugins: [
    typedDocuments(),
    react(),
    explorerRoutesFile(),
    explorerPreloadFile(),
    inlineEntryStylesheet(),
    lowPriorityScripts(),
  ],
  base: '/',
  build: {
    outDir: 'dist',
    // The playground's editor (Monaco) is large by nature and lives in its own lazy chunk.
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: true,
    // Read by the bundle-budget test to add up what the first view loads.
    manifest: true,
    rolldownOptions: {
      // GraphiQL ships React-compiler directives that bundling drops harmlessly; keep the log readable.
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  // Development only. The dependency pre-bundler cannot follow the `?worker` imports in GraphiQL's
  // worker setup, and the dev server died on start; so that module is left to Vite's own worker
  // handling. The editor workers then load from node_modules as they are, and these two CommonJS
  // modules inside them must be pre-bundled or the GraphQL worker fails to start.
  optimizeDeps: {
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
    include: ['nullthrows', 'picomatch-browser'],
  },
  server: {
    // The API in development (`npm run dev` starts it on 4000); PARLEY_API_URL points elsewhere.
    // Its file exports too: the network view links to them.
    proxy: Object.fromEntries(
      ['/graphql', '/export'].map((path) => [path, process.env.PARLEY_API_URL ?? 'http://127.0.0.1:4000']),
    ),
  },
});
