import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Three tiers (docs/testing.md), run in this order by `npm test`:
 * - `unit`: tests/unit/, no Neo4j, no browser, no build; seconds (`npm run test:unit`).
 * - `integration`: tests/integration/, the API in-process (`yoga.fetch`, or its listener on a loopback
 *   port) against the real Neo4j that tests/support/global-setup.ts starts; two to three minutes
 *   (`npm run test:integration`). Run both before pushing.
 * - `e2e`: tests/e2e/, processes: the compiled server spawned, Chromium, codegen, Neo4j SIGKILLed, the
 *   cluster; minutes (`npm run test:e2e`). Built first by tests/support/build-setup.ts.
 * The integration and e2e tiers share one Neo4j when they run together.
 */
// A test file outside the three folders would belong to no project and never run: refuse to start.
const TIERS = /^(unit|integration|e2e)\//;
const strays = readdirSync(fileURLToPath(new URL('tests', import.meta.url)), {
  recursive: true,
  encoding: 'utf8',
})
  .filter((file) => file.endsWith('.test.ts') && !TIERS.test(file))
  .map((file) => `tests/${file}`);
if (strays.length > 0) {
  throw new Error(
    `Move ${strays.join(', ')} into tests/unit/, tests/integration/ or tests/e2e/: files elsewhere never run.`,
  );
}

const neo4jTier = {
  // Test files share one real Neo4j; running them one at a time keeps their data apart.
  fileParallelism: false,
  testTimeout: 60_000,
  hookTimeout: 240_000,
};

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
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          ...neo4jTier,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // First the build (dist/, explorer/dist/) when out of date, then the test Neo4j.
          globalSetup: ['tests/support/build-setup.ts', 'tests/support/global-setup.ts'],
          ...neo4jTier,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
