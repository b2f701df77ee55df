import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { fromRoot, projectRoot } from './project-root.ts';

/**
 * The only reader of `process.env`. Every setting is parsed and validated here once, at start-up;
 * a bad value stops start-up with a message naming the variable and what it allows.
 */

const port = z.coerce
  .number({ error: 'must be a whole number from 1 to 65535' })
  .int('must be a whole number from 1 to 65535')
  .min(1, 'must be a whole number from 1 to 65535')
  .max(65535, 'must be a whole number from 1 to 65535');

const memorySize = z.string().regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g');

const neo4jUri = z
  .string()
  .regex(
    /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s]+$/,
    'must be a Neo4j URI: bolt://, neo4j://, neo4j+s:// (Aura, clusters), bolt+s:// ... followed by a host',
  );

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** `name:token,name:token` (or bare tokens, named by position); tokens of at least 16 characters. */
const tokenList = z
  .string()
  .default('')
  .transform((list) =>
    list
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .transform((entries) =>
    entries.map((entry, index) => {
      const separator = entry.indexOf(':');
      return separator > 0
        ? { name: entry.slice(0, separator), token: entry.slice(separator + 1) }
        : { name: `token-${index + 1}`, token: entry };
    }),
  )
  .refine((tokens) => tokens.every(({ token }) => token.length >= 16), {
    message: 'each token must be at least 16 characters (format: name:token,name:token)',
  });

/** `https://app.example.org,http://localhost:*`: exact origins; `*` as the port means any port; `*` alone, any origin. */
const originList = (defaults: string) =>
  z
    .string()
    .default(defaults)
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine(
      (origins) =>
        origins.every((origin) => origin === '*' || /^https?:\/\/[^/\s:*]+(:(\d+|\*))?$/.test(origin)),
      {
        message:
          'must be a comma-separated list of origins such as https://app.example.org or http://localhost:*, or *',
      },
    );

const environmentSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z.preprocess(emptyAsUndefined, neo4jUri.optional()),
  NEO4J_USERNAME: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.preprocess(emptyAsUndefined, z.string().optional()),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a Neo4j database name')
    .default('neo4j'),
  NEO4J_LOCAL_BOLT_PORT: port.default(7687),
  NEO4J_LOCAL_DIR: z
    .string()
    .min(1)
    .default('.neo4j/dev')
    .transform((dir) => resolve(projectRoot, dir)),
  NEO4J_LOCAL_HEAP: memorySize.default('512m'),
  NEO4J_LOCAL_PAGECACHE: memorySize.default('128m'),
  SEED_ON_START: z.enum(['if-empty', 'never']).default('if-empty'),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  SHUTDOWN_DRAIN_DELAY_MS: z.coerce.number().int().min(0).max(120_000).default(0),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
  KG_EDITOR_TOKENS: tokenList,
  KG_READER_TOKENS: tokenList,
  KG_PUBLIC_READS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
  CORS_ORIGINS: originList('http://localhost:*,http://127.0.0.1:*'),
  CORS_CREDENTIALS: z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  HTTP_CACHE_MAX_AGE: z.coerce.number().int().min(0).max(31_536_000).default(0),
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(86_400_000).default(60_000),
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(1_000),
  GRAPHQL_TRUSTED_DOCUMENTS_ONLY: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false'),
});

export type Environment = z.infer<typeof environmentSchema>;

export interface LocalNeo4jSettings {
  boltPort: number;
  dir: string;
  heap: string;
  pageCache: string;
}

export interface Config {
  port: number;
  host: string;
  logLevel: Environment['LOG_LEVEL'];
  /** How to reach Neo4j: an existing server, or the managed local one started on demand. */
  neo4j:
    | { mode: 'external'; uri: string; username: string; password: string; database: string }
    | { mode: 'local'; database: string; local: LocalNeo4jSettings };
  seedOnStart: Environment['SEED_ON_START'];
  shutdownTimeoutMs: number;
  /** How long /ready answers 503 before the server stops accepting, so load balancers move away first. */
  shutdownDrainDelayMs: number;
  auth: AuthSettings;
  limits: OperationLimits;
  http: HttpSettings;
}

/** How browsers and caches may use the API; see src/cors.ts, src/response-cache.ts, src/trusted-documents.ts. */
export interface HttpSettings {
  /** Origins allowed to call the API from a browser, besides the server's own. */
  corsOrigins: string[];
  corsCredentials: boolean;
  /** `max-age` of reads over GET, in seconds. */
  cacheMaxAgeSeconds: number;
  /** How long the server keeps an identical read's answer; 0 turns the response cache off. */
  responseCacheTtlMs: number;
  responseCacheMaxEntries: number;
  /** Run only operations from the trusted-documents manifest (editors excepted). */
  trustedDocumentsOnly: boolean;
}

/** Bounds on what one request may ask; see src/limits.ts. */
export interface OperationLimits {
  introspection: boolean;
  maxDepth: number;
  maxComplexity: number;
  queryTimeoutMs: number;
}

export interface NamedToken {
  name: string;
  token: string;
}

/** Who may do what: editors write, readers read; reads need no token unless publicReads is off. */
export interface AuthSettings {
  editors: NamedToken[];
  readers: NamedToken[];
  publicReads: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads `.env` from the project root, when there is one; variables already set win. */
function loadDotEnv(): void {
  const path = fromRoot('.env');
  if (existsSync(path)) process.loadEnvFile(path);
}

export function loadConfig(env?: NodeJS.ProcessEnv): Config {
  if (!env) loadDotEnv();
  return parseConfig(env ?? process.env);
}

function parseConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const variable = issue.path.join('.');
      return `  ${variable}=${JSON.stringify(env[variable] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(
      `Invalid configuration:\n${lines.join('\n')}\nSee the configuration table in README.md.`,
    );
  }
  const e = parsed.data;
  if (e.CORS_CREDENTIALS === 'true' && e.CORS_ORIGINS.includes('*')) {
    throw new ConfigError(
      'Invalid configuration:\n  CORS_CREDENTIALS=true: cannot be combined with CORS_ORIGINS=*; list the origins that may send credentials.',
    );
  }
  if (e.NEO4J_URI && e.NEO4J_PASSWORD === undefined) {
    throw new ConfigError(
      'Invalid configuration:\n  NEO4J_PASSWORD: required when NEO4J_URI is set (the password of NEO4J_USERNAME).',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    neo4j: e.NEO4J_URI
      ? {
          mode: 'external',
          uri: e.NEO4J_URI,
          username: e.NEO4J_USERNAME,
          password: e.NEO4J_PASSWORD ?? '',
          database: e.NEO4J_DATABASE,
        }
      : {
          mode: 'local',
          database: e.NEO4J_DATABASE,
          local: {
            boltPort: e.NEO4J_LOCAL_BOLT_PORT,
            dir: e.NEO4J_LOCAL_DIR,
            heap: e.NEO4J_LOCAL_HEAP,
            pageCache: e.NEO4J_LOCAL_PAGECACHE,
          },
        },
    seedOnStart: e.SEED_ON_START,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    shutdownDrainDelayMs: e.SHUTDOWN_DRAIN_DELAY_MS,
    limits: {
      introspection: e.GRAPHQL_INTROSPECTION === 'true',
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    },
    auth: {
      editors: e.KG_EDITOR_TOKENS,
      readers: e.KG_READER_TOKENS,
      publicReads: e.KG_PUBLIC_READS === 'true',
    },
    http: {
      corsOrigins: e.CORS_ORIGINS,
      corsCredentials: e.CORS_CREDENTIALS === 'true',
      cacheMaxAgeSeconds: e.HTTP_CACHE_MAX_AGE,
      responseCacheTtlMs: e.RESPONSE_CACHE_TTL_MS,
      responseCacheMaxEntries: e.RESPONSE_CACHE_MAX_ENTRIES,
      trustedDocumentsOnly: e.GRAPHQL_TRUSTED_DOCUMENTS_ONLY === 'true',
    },
  };
}

const testEnvironmentSchema = z.object({
  NEO4J_URI_TEST: z.preprocess(emptyAsUndefined, neo4jUri.optional()),
  NEO4J_USERNAME_TEST: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD_TEST: z.string().default(''),
  NEO4J_TEST_BOLT_PORT: port.default(7688),
});

export type TestNeo4jTarget =
  | { mode: 'external'; uri: string; username: string; password: string }
  | { mode: 'local'; local: LocalNeo4jSettings };

/**
 * Where the test suite's Neo4j is: `NEO4J_URI_TEST`, or a managed instance on its own port and data
 * folder, so tests never touch development data.
 */
export function loadTestTarget(env: NodeJS.ProcessEnv = process.env): TestNeo4jTarget {
  const e = testEnvironmentSchema.parse(env);
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
  CHROMIUM_PATH: z.preprocess(emptyAsUndefined, z.string().refine(existsSync, 'no such file').optional()),
});

/**
 * Tests only: a Chromium for the page tests to run instead of the one that the dev dependency
 * @sparticuz/chromium ships (tests/browser.ts), e.g. Debian's /usr/bin/chromium.
 */
export function loadTestBrowser(env: NodeJS.ProcessEnv = process.env): { chromiumPath: string | undefined } {
  const parsed = testBrowserSchema.safeParse(env);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((issue) => issue.message).join('; ');
    throw new ConfigError(
      `Invalid configuration:\n  CHROMIUM_PATH=${JSON.stringify(env.CHROMIUM_PATH)}: ${reason}`,
    );
  }
  return { chromiumPath: parsed.data.CHROMIUM_PATH };
}
