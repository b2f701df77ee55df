import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The explorer page, served by the API server at /explorer/ (src/http/listener.ts).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explorer/',
  logLevel: 'warn',
  // cytoscape is most of the ~620 kB bundle; it is one page, loaded once.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022', chunkSizeWarningLimit: 800 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
