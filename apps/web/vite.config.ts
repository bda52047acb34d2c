import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { explorerRoutePatterns } from './src/route-paths';
import { typedDocuments } from './typed-documents-plugin';

/** Writes the views' path patterns next to index.html: the server answers 404 for any other path. */
function explorerRoutesFile(): Plugin {
  return {
    name: 'parley-explorer-routes',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'explorer-routes.json',
        source: JSON.stringify(explorerRoutePatterns(), null, 2),
      });
    },
  };
}

export default defineConfig({
  plugins: [typedDocuments(), react(), explorerRoutesFile()],
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
    proxy: { '/graphql': process.env.PARLEY_API_URL ?? 'http://127.0.0.1:4000' },
  },
});
