import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape and fcose make one sizeable chunk; splitting it buys nothing for a single-page tool.
    chunkSizeWarningLimit: 1500,
  },
  server: {
    host: '127.0.0.1',
    // The explorer shares the model vocabulary with graph-seed/, which sits outside web/.
    fs: { allow: [projectRoot] },
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
