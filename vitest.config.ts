import { defineConfig } from 'vitest/config';

/**
 * Two tiers (README "Which tests to run when"): `unit`, tests that need neither Neo4j nor a browser
 * nor a build (tests/unit/, seconds: `npm run test:unit`), and `integration`, everything else, against
 * the real Neo4j that tests/global-setup.ts starts. `npm test` runs both, unit first.
 */
export default defineConfig({
  // Node loads graphql 16 as CommonJS for the libraries (no "exports" map); Vite would pick its .mjs
  // build for the tests, and two copies of graphql cannot share a schema. One copy for everybody.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/unit/**'],
          // First the build (dist/, explorer/dist/) when out of date, then the test Neo4j.
          globalSetup: ['tests/build-setup.ts', 'tests/global-setup.ts'],
          // Test files share one real Neo4j; running them one at a time keeps their data apart.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
