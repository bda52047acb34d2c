import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    // The playground's editor (Monaco) is large by nature and lives in its own lazy chunk.
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: true,
    // Read by the bundle-budget test to add up what the first view loads.
    manifest: true,
    rollupOptions: {
      // GraphiQL ships React-compiler directives that bundling drops harmlessly; keep the log readable.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: {
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
