import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { LocalNeo4jSettings } from '../../src/neo4j/local-settings.ts';
import { ConfigError, loadDotEnv, parseEnvironment, variables } from '../../src/process/config.ts';
import { fromRoot } from '../../src/project-root.ts';

/**
 * The test suite's own variables (.env.example, "Tests"). Read like the server's configuration:
 * from the environment and from `.env` (variables already set win), validated with the same rules.
 */

const testEnvironmentSchema = z.object({
  NEO4J_URI_TEST: z.preprocess(variables.emptyAsUndefined, variables.neo4jUri.optional()),
  NEO4J_USERNAME_TEST: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD_TEST: z.string().default(''),
  NEO4J_TEST_BOLT_PORT: variables.port.default(7688),
});

export type TestNeo4jTarget =
  | { mode: 'external'; uri: string; username: string; password: string }
  | { mode: 'local'; local: LocalNeo4jSettings };

/** `process.env` with `.env` read into it, when no environment is given. */
function environment(env: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  if (env) return env;
  loadDotEnv();
  return process.env;
}

/**
 * Where the test suite's Neo4j is: `NEO4J_URI_TEST`, or a managed instance on its own port and data
 * folder, so tests never touch development data.
 */
export function loadTestTarget(env?: NodeJS.ProcessEnv): TestNeo4jTarget {
  const e = parseEnvironment(testEnvironmentSchema, environment(env));
  if (e.NEO4J_URI_TEST) {
    return {
      mode: 'external',
      uri: e.NEO4J_URI_TEST,
      username: e.NEO4J_USERNAME_TEST,
      password: e.NEO4J_PASSWORD_TEST,
    };
  }
  return {
    mode: 'local',
    local: {
      boltPort: e.NEO4J_TEST_BOLT_PORT,
      dir: fromRoot('.neo4j', `test-${e.NEO4J_TEST_BOLT_PORT}`),
      heap: '512m',
      pageCache: '64m',
    },
  };
}

const testBrowserSchema = z.object({
  CHROMIUM_PATH: z.preprocess(
    variables.emptyAsUndefined,
    z.string().refine(existsSync, 'no such file').optional(),
  ),
});

/**
 * A Chromium for the page tests to run instead of the one that the dev dependency
 * @sparticuz/chromium ships (tests/support/browser.ts), e.g. Debian's /usr/bin/chromium.
 */
export function loadTestBrowser(env?: NodeJS.ProcessEnv): { chromiumPath: string | undefined } {
  const source = environment(env);
  const parsed = testBrowserSchema.safeParse(source);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((issue) => issue.message).join('; ');
    throw new ConfigError(
      `Invalid configuration:\n  CHROMIUM_PATH=${JSON.stringify(source.CHROMIUM_PATH)}: ${reason}`,
    );
  }
  return { chromiumPath: parsed.data.CHROMIUM_PATH };
}
