import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The explorer page, served by the API server at /explorer/ (src/http.ts).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/explorer/',
  logLevel: 'warn',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
