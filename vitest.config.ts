import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node loads graphql 16 as CommonJS for the libraries (no "exports" map); Vite would pick its .mjs
  // build for the tests, and two copies of graphql cannot share a schema. One copy for everybody.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    // First the build (dist/, explorer/dist/) when out of date, then the test Neo4j.
    globalSetup: ['tests/build-setup.ts', 'tests/global-setup.ts'],
    // Test files share one real Neo4j; running them one at a time keeps their data apart.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default'],
  },
});
