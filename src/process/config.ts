import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { z } from 'zod';
import { ExpectedFailure } from '../errors.ts';
import { type AuthSettings, DEFAULT_AUTH_SETTINGS, MIN_TOKEN_LENGTH } from '../http/auth.ts';
import { DEFAULT_COMPRESSION_SETTINGS } from '../http/compression.ts';
import { DEFAULT_CORS_SETTINGS } from '../http/cors.ts';
import { DEFAULT_FEDERATION_SETTINGS, type FederationSettings } from '../http/federation.ts';
import { DEFAULT_LIMITS, type OperationLimits } from '../http/limits.ts';
import { DEFAULT_LIVE_SETTINGS, type LiveSettings } from '../http/live.ts';
import { DEFAULT_MCP_SETTINGS, type McpSettings } from '../http/mcp.ts';
import { DEFAULT_RESPONSE_CACHE_SETTINGS } from '../http/response-cache.ts';
import type { HttpSettings } from '../http/server.ts';
import { DEFAULT_TRUSTED_DOCUMENTS_SETTINGS } from '../http/trusted-documents.ts';
import { DEFAULT_LOG_LEVEL, LOG_LEVELS, type LogLevel } from '../logger.ts';
import { DEFAULT_NEO4J_DATABASE, DEFAULT_NEO4J_USERNAME, type Neo4jSettings } from '../neo4j/driver.ts';
import { DEFAULT_LOCAL_NEO4J_SETTINGS } from '../neo4j/local-settings.ts';
import { fromRoot, projectRoot } from '../project-root.ts';
import { SEED_EDITOR } from '../seed/ownership.ts';
import {
  DEFAULT_LIFECYCLE_SETTINGS,
  type LifecycleSettings,
  MAX_WEB_CONCURRENCY,
  SEED_ON_START_CHOICES,
} from './lifecycle.ts';

/**
 * The only reader of `process.env` (and of `.env`). Each module owns its settings and their
 * defaults (src/http/auth.ts, src/http/cors.ts, src/http/limits.ts, ...); this file maps environment variables onto
 * them and validates every value once, at start-up: a bad value stops start-up with a message naming
 * the variable and what it allows.
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

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((value) => value === 'true')
    .default(fallback);

/** `a, b,,c` -> ['a', 'b', 'c']. */
const commaSeparated = (list: string) =>
  list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);

/** `name:token,name:token` (or bare tokens, named by position); tokens of at least 16 characters. */
const tokenList = (fallback: AuthSettings['editors']) =>
  z
    .string()
    .transform(commaSeparated)
    .transform((entries) =>
      entries.map((entry, index) => {
        const separator = entry.indexOf(':');
        return separator > 0
          ? { name: entry.slice(0, separator), token: entry.slice(separator + 1) }
          : { name: `token-${index + 1}`, token: entry };
      }),
    )
    .refine((tokens) => tokens.every(({ token }) => token.length >= MIN_TOKEN_LENGTH), {
      message: `each token must be at least ${MIN_TOKEN_LENGTH} characters (format: name:token,name:token)`,
    })
    // The history names the seed loader's changes so, and tells them from editors' by it.
    .refine((tokens) => tokens.every(({ name }) => name !== SEED_EDITOR), {
      message: `"${SEED_EDITOR}" is reserved for the seed loader's changes; name the token otherwise`,
    })
    .default(() => [...fallback]);

/** `https://app.example.org,http://localhost:*`: exact origins; `*` as the port means any port; `*` alone, any origin. */
const originList = (fallback: string[]) =>
  z
    .string()
    .transform(commaSeparated)
    .refine(
      (origins) =>
        origins.every((origin) => origin === '*' || /^https?:\/\/[^/\s:*]+(:(\d+|\*))?$/.test(origin)),
      {
        message:
          'must be a comma-separated list of origins such as https://app.example.org or http://localhost:*, or *',
      },
    )
    .default(() => [...fallback]);

const COMPRESS_HELP = 'must be a whole number of bytes from 0 to 104857600, or off';

/** `2048` -> 2048; `off` -> Infinity, never (a reverse proxy compresses instead). */
const compressMinBytes = z
  .string()
  .trim()
  .regex(/^(off|\d+)$/i, COMPRESS_HELP)
  .transform((value) => (value.toLowerCase() === 'off' ? Number.POSITIVE_INFINITY : Number(value)))
  .refine((bytes) => bytes === Number.POSITIVE_INFINITY || bytes <= 104_857_600, COMPRESS_HELP);

const WEB_CONCURRENCY_HELP = `must be a whole number of workers from 1 to ${MAX_WEB_CONCURRENCY}, or auto (or 0) for one per core`;

/** `3` -> 3; `auto` or `0` -> one worker per core this process may use. */
const webConcurrency = z
  .string()
  .trim()
  .regex(/^(auto|\d+)$/i, WEB_CONCURRENCY_HELP)
  .transform((value) =>
    value.toLowerCase() === 'auto' || Number(value) === 0 ? availableParallelism() : Number(value),
  )
  .refine((workers) => workers <= MAX_WEB_CONCURRENCY, WEB_CONCURRENCY_HELP);

const lifecycle = DEFAULT_LIFECYCLE_SETTINGS;
const local = DEFAULT_LOCAL_NEO4J_SETTINGS;

const environmentSchema = z.object({
  PORT: port.default(lifecycle.port),
  HOST: z.string().min(1).default(lifecycle.host),
  LOG_LEVEL: z.enum(LOG_LEVELS).default(DEFAULT_LOG_LEVEL),
  NEO4J_URI: z.preprocess(emptyAsUndefined, neo4jUri.optional()),
  NEO4J_USERNAME: z.string().min(1).default(DEFAULT_NEO4J_USERNAME),
  NEO4J_PASSWORD: z.preprocess(emptyAsUndefined, z.string().optional()),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'must be a Neo4j database name')
    .default(DEFAULT_NEO4J_DATABASE),
  NEO4J_LOCAL_BOLT_PORT: port.default(local.boltPort),
  NEO4J_LOCAL_DIR: z
    .string()
    .min(1)
    .transform((dir) => resolve(projectRoot, dir))
    .default(local.dir),
  NEO4J_LOCAL_HEAP: memorySize.default(local.heap),
  NEO4J_LOCAL_PAGECACHE: memorySize.default(local.pageCache),
  SEED_ON_START: z.enum(SEED_ON_START_CHOICES).default(lifecycle.seedOnStart),
  WEB_CONCURRENCY: z.preprocess(emptyAsUndefined, webConcurrency.default(lifecycle.webConcurrency)),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(lifecycle.shutdownTimeoutMs),
  SHUTDOWN_DRAIN_DELAY_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(120_000)
    .default(lifecycle.shutdownDrainDelayMs),
  NEO4J_QUERY_TIMEOUT_MS: z.coerce
    .number()
    .int()
    .min(100)
    .max(600_000)
    .default(DEFAULT_LIMITS.queryTimeoutMs),
  GRAPHQL_INTROSPECTION: flag(DEFAULT_LIMITS.introspection),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(DEFAULT_LIMITS.maxDepth),
  GRAPHQL_MAX_COMPLEXITY: z.coerce
    .number()
    .int()
    .min(100)
    .max(10_000_000)
    .default(DEFAULT_LIMITS.maxComplexity),
  KG_EDITOR_TOKENS: tokenList(DEFAULT_AUTH_SETTINGS.editors),
  KG_READER_TOKENS: tokenList(DEFAULT_AUTH_SETTINGS.readers),
  KG_PUBLIC_READS: flag(DEFAULT_AUTH_SETTINGS.publicReads),
  CORS_ORIGINS: originList(DEFAULT_CORS_SETTINGS.corsOrigins),
  CORS_CREDENTIALS: flag(DEFAULT_CORS_SETTINGS.corsCredentials),
  HTTP_CACHE_MAX_AGE: z.coerce
    .number()
    .int()
    .min(0)
    .max(31_536_000)
    .default(DEFAULT_RESPONSE_CACHE_SETTINGS.cacheMaxAgeSeconds),
  RESPONSE_CACHE_TTL_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(86_400_000)
    .default(DEFAULT_RESPONSE_CACHE_SETTINGS.responseCacheTtlMs),
  RESPONSE_CACHE_MAX_ENTRIES: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000)
    .default(DEFAULT_RESPONSE_CACHE_SETTINGS.responseCacheMaxEntries),
  LIVE_POLL_INTERVAL_MS: z.coerce
    .number()
    .int()
    .min(20)
    .max(60_000)
    .default(DEFAULT_LIVE_SETTINGS.pollIntervalMs),
  LIVE_MAX_SUBSCRIPTIONS: z.coerce
    .number()
    .int()
    .min(0)
    .max(100_000)
    .default(DEFAULT_LIVE_SETTINGS.maxSubscriptions),
  LIVE_MAX_SUBSCRIPTIONS_PER_CLIENT: z.coerce
    .number()
    .int()
    .min(0)
    .max(10_000)
    .default(DEFAULT_LIVE_SETTINGS.maxSubscriptionsPerClient),
  GRAPHQL_TRUSTED_DOCUMENTS_ONLY: flag(DEFAULT_TRUSTED_DOCUMENTS_SETTINGS.trustedDocumentsOnly),
  GRAPHQL_COMPRESS_MIN_BYTES: z.preprocess(
    emptyAsUndefined,
    compressMinBytes.default(DEFAULT_COMPRESSION_SETTINGS.compressMinBytes),
  ),
  MCP_ENABLED: flag(DEFAULT_MCP_SETTINGS.mcpEnabled),
  FEDERATION_SUBGRAPH_ENABLED: flag(DEFAULT_FEDERATION_SETTINGS.subgraphEnabled),
});

/** Everything the process is configured with, assembled from the settings of the modules that use it. */
export interface Config extends LifecycleSettings {
  logLevel: LogLevel;
  /** How to reach Neo4j: an existing server, or the managed local one started on demand. */
  neo4j: Neo4jSettings;
  auth: AuthSettings;
  limits: OperationLimits;
  http: HttpSettings;
  /** How the server follows the change log and caps subscriptions. */
  live: LiveSettings;
  /** Whether /mcp answers AI assistants (src/http/mcp.ts). */
  mcp: McpSettings;
  /** Whether /subgraph answers a federation gateway (src/http/federation.ts). */
  federation: FederationSettings;
}

export class ConfigError extends ExpectedFailure {
  override name = 'ConfigError';
}

/**
 * Reads `.env` from the project root into `process.env`, when there is one; variables already set
 * win. Also used by the test setup (tests/support/test-env.ts) for its own variables.
 */
export function loadDotEnv(): void {
  const path = fromRoot('.env');
  if (existsSync(path)) process.loadEnvFile(path);
}

/**
 * Parses `env` with `schema`; a bad value is a ConfigError naming each variable, its value and what
 * it allows.
 */
export function parseEnvironment<Schema extends z.ZodType>(
  schema: Schema,
  env: NodeJS.ProcessEnv,
): z.output<Schema> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const variable = issue.path.join('.');
      return `  ${variable}=${JSON.stringify(env[variable] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\nSee docs/configuration.md.`);
  }
  return parsed.data;
}

/** Validators the test setup shares for its own variables (tests/support/test-env.ts). */
export const variables = { port, neo4jUri, emptyAsUndefined };

/** The configuration of `env`, or of `process.env` with `.env` when no `env` is given. */
export function loadConfig(env?: NodeJS.ProcessEnv): Config {
  if (!env) loadDotEnv();
  return parseConfig(env ?? process.env);
}

function parseConfig(env: NodeJS.ProcessEnv): Config {
  const e = parseEnvironment(environmentSchema, env);
  if (e.CORS_CREDENTIALS && e.CORS_ORIGINS.includes('*')) {
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
    webConcurrency: e.WEB_CONCURRENCY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    shutdownDrainDelayMs: e.SHUTDOWN_DRAIN_DELAY_MS,
    limits: {
      introspection: e.GRAPHQL_INTROSPECTION,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
      queryTimeoutMs: e.NEO4J_QUERY_TIMEOUT_MS,
    },
    auth: {
      editors: e.KG_EDITOR_TOKENS,
      readers: e.KG_READER_TOKENS,
      publicReads: e.KG_PUBLIC_READS,
    },
    http: {
      corsOrigins: e.CORS_ORIGINS,
      corsCredentials: e.CORS_CREDENTIALS,
      cacheMaxAgeSeconds: e.HTTP_CACHE_MAX_AGE,
      responseCacheTtlMs: e.RESPONSE_CACHE_TTL_MS,
      responseCacheMaxEntries: e.RESPONSE_CACHE_MAX_ENTRIES,
      trustedDocumentsOnly: e.GRAPHQL_TRUSTED_DOCUMENTS_ONLY,
      compressMinBytes: e.GRAPHQL_COMPRESS_MIN_BYTES,
    },
    live: {
      pollIntervalMs: e.LIVE_POLL_INTERVAL_MS,
      maxSubscriptions: e.LIVE_MAX_SUBSCRIPTIONS,
      maxSubscriptionsPerClient: e.LIVE_MAX_SUBSCRIPTIONS_PER_CLIENT,
    },
    mcp: { mcpEnabled: e.MCP_ENABLED },
    federation: { subgraphEnabled: e.FEDERATION_SUBGRAPH_ENABLED },
  };
}
