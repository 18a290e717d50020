/**
 * GraphiQL's own Vite entry: built to web/dist-graphiql and served by the API at GET /graphql
 * (for a browser asking for HTML) with its assets under /graphiql/. Monaco's workers are set up
 * by graphiql/setup-workers/vite, which Vite bundles as worker chunks.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root,
  base: '/graphiql/',
  build: {
    outDir: fileURLToPath(new URL('../dist-graphiql', import.meta.url)),
    emptyOutDir: true,
    // Monaco and GraphiQL are large; the IDE is a developer tool loaded once.
    chunkSizeWarningLimit: 6000,
    rollupOptions: {
      onwarn(warning, warn) {
        // React libraries' "use client" directives mean nothing in a client-only bundle.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    // examples.ts reads the README at the project root.
    fs: { allow: [projectRoot] },
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
