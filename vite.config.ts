import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app lives in src/web and builds to dist/web, which the Fastify server serves.
// In development `vite` serves the app and forwards /api to the server on :8080.
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./src/web'),
  publicDir: here('./src/web/public'),
  plugins: [react()],
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // No source maps in the build that is deployed: they would publish the app's source. A debugging build
    // makes them with CONCORD_SOURCE_MAPS=true (and serves them, so keep such a build off public servers).
    sourcemap: process.env.CONCORD_SOURCE_MAPS === 'true',
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // zod and the setting that keeps it from eval (src/web/lib/zod-jitless.ts) in one chunk, so that the
        // setting is made before any chunk builds a schema: the Content-Security-Policy allows no eval.
        manualChunks: (id) => (/node_modules\/zod\/|zod-jitless/.test(id) ? 'zod' : undefined),
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:8080', changeOrigin: false } },
  },
});
