import type { IncomingMessage, RequestListener } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { createYoga, maskError, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { type Context, createContext } from '../context.ts';
import { errorForClient } from '../errors.ts';
import type { Logger } from '../logger.ts';
import { DEADLINE_GRACE_MS, Executor } from '../neo4j/executor.ts';
import { schema } from '../schema/index.ts';
import { subgraphSchema } from '../schema/subgraph.ts';
import { argumentValuesPlugin } from './argument-errors.ts';
import { type AuthSettings, DEFAULT_AUTH_SETTINGS, viewerOf } from './auth.ts';
import { type CompressionSettings, compressionPlugin, DEFAULT_COMPRESSION_SETTINGS } from './compression.ts';
import { type CorsSettings, corsOptions, DEFAULT_CORS_SETTINGS } from './cors.ts';
import { DEFAULT_FEDERATION_SETTINGS, type FederationSettings, SUBGRAPH_ENDPOINT } from './federation.ts';
import { incrementalDeliveryPlugins } from './incremental.ts';
import { jitPlugin } from './jit.ts';
import { costLimitPlugin, DEFAULT_LIMITS, type OperationLimits, operationLimitPlugins } from './limits.ts';
import { createRequestListener } from './listener.ts';
import { createLive, DEFAULT_LIVE_SETTINGS, type Live, type LiveSettings } from './live.ts';
import { createMcpHandler, DEFAULT_MCP_SETTINGS, type McpSettings, mcpCatalogue } from './mcp.ts';
import { Metrics } from './metrics.ts';
import { operationNamePlugin } from './operation-name.ts';
import { renderPlayground } from './playground.ts';
import { playgroundExamples } from './playground-examples.ts';
import { refusalLogPlugin } from './refusal-log.ts';
import {
  DEFAULT_RESPONSE_CACHE_SETTINGS,
  ResponseCache,
  type ResponseCacheSettings,
  responseCachePlugins,
} from './response-cache.ts';
import {
  DEFAULT_TRUSTED_DOCUMENTS_SETTINGS,
  loadTrustedDocuments,
  type TrustedDocuments,
  type TrustedDocumentsSettings,
  trustedDocumentsPlugin,
} from './trusted-documents.ts';

/**
 * How browsers and caches may use the API; see src/http/cors.ts, src/http/response-cache.ts,
 * src/http/trusted-documents.ts, src/http/compression.ts.
 */
export type HttpSettings = CorsSettings &
  ResponseCacheSettings &
  TrustedDocumentsSettings &
  CompressionSettings;

/** The defaults of those four modules, for servers built without a Config (tests, benchmarks). */
export const DEFAULT_HTTP_SETTINGS: HttpSettings = {
  ...DEFAULT_CORS_SETTINGS,
  ...DEFAULT_RESPONSE_CACHE_SETTINGS,
  ...DEFAULT_TRUSTED_DOCUMENTS_SETTINGS,
  ...DEFAULT_COMPRESSION_SETTINGS,
};

export interface ServerOptions {
  driver: Driver;
  database: string;
  logger: Logger;
  /** Tokens and whether reads are public; default: public reads, no editors. */
  auth?: AuthSettings;
  limits?: OperationLimits;
  /** CORS, caching, trusted documents and compression; default: DEFAULT_HTTP_SETTINGS. */
  http?: HttpSettings;
  /** The trusted-documents manifest; default: the one `npm run codegen` writes. */
  trustedDocuments?: TrustedDocuments;
  /** What /metrics answers; default: this server's own metrics (src/process/cluster-ipc.ts gathers the whole cluster's). */
  metricsText?: () => Promise<string>;
  /** How the server follows the change log and caps subscriptions. */
  live?: LiveSettings;
  /** Whether /mcp answers (src/http/mcp.ts); default: off. */
  mcp?: McpSettings;
  /** Whether /subgraph answers a federation gateway (src/schema/subgraph.ts); default: off. */
  federation?: FederationSettings;
  /**
   * Has Neo4j plan the server's statements again (src/process/warm-up.ts). Run when the change feed
   * reads Neo4j again after an outage, a restart having emptied its plan cache; /ready answers 503
   * until it has finished, so the first requests after an outage do not each wait for a plan.
   */
  warmUp?: () => Promise<unknown>;
}

export interface Server {
  yoga: YogaServerInstance<{ req?: IncomingMessage }, Context>;
  /** The whole HTTP surface for node:http: landing page, explorer, /metrics and GraphQL. */
  listener: RequestListener;
  metrics: Metrics;
  /** Identical reads' answers; cleared by every mutation, and by whoever changes the graph behind the server. */
  responseCache: ResponseCache;
  /** Makes `/ready` answer 503 from now on, so a load balancer stops sending traffic before shutdown. */
  drain(): void;
  /** Subscriptions and the follower of the change log: `live.start()` follows it without any subscriber. */
  live: Live;
  /** The federation subgraph at /subgraph, when enabled. */
  subgraph?: YogaServerInstance<{ req?: IncomingMessage }, Context>;
}

const READINESS_TIMEOUT_MS = 1_500;

/**
 * Longest /ready stays 503 for the warm-up after an outage; a slower one goes on behind traffic.
 * Within the bound of docs/operations.md: /ready 200 within 5 s of Neo4j answering again.
 */
const MAX_REWARM_MS = 3_000;

/** What a client reads instead of an unexpected error's own message (yoga's default wording). */
const UNEXPECTED_ERROR_MESSAGE = 'Unexpected error.';

/** Builds the HTTP handler (no listening): GraphQL at /graphql with GraphiQL, /health and /ready. */
export function createServer({
  driver,
  database,
  logger,
  auth = DEFAULT_AUTH_SETTINGS,
  limits = DEFAULT_LIMITS,
  http = DEFAULT_HTTP_SETTINGS,
  trustedDocuments = loadTrustedDocuments(),
  metricsText,
  live: liveSettings = DEFAULT_LIVE_SETTINGS,
  mcp = DEFAULT_MCP_SETTINGS,
  federation = DEFAULT_FEDERATION_SETTINGS,
  warmUp,
}: ServerOptions): Server {
  let draining = false;
  let warming: Promise<void> | undefined;
  const metrics = new Metrics();
  const responseCache = new ResponseCache(http.responseCacheMaxEntries);
  const live = createLive(driver, database, liveSettings, responseCache, logger);

  const databaseAnswers = (): Promise<boolean> =>
    // The executor waits DEADLINE_GRACE_MS past the timeout it gives Neo4j: the answer comes within READINESS_TIMEOUT_MS.
    new Executor(driver, database, { timeoutMs: READINESS_TIMEOUT_MS - DEADLINE_GRACE_MS })
      .read('RETURN 1')
      .then(() => true)
      .catch(() => false);

  // Expected errors carry a code; anything else is logged here and reaches clients only as
  // INTERNAL_SERVER_ERROR, never with a stack trace or a database message, whatever NODE_ENV says.
  const maskForClient = (error: unknown, message = UNEXPECTED_ERROR_MESSAGE): Error => {
    const masked = errorForClient(error, (unexpected) => maskError(unexpected, message, false));
    if (masked.unexpected) logger.error({ err: error }, 'unexpected error while executing an operation');
    return masked.error;
  };

  /**
   * A yoga for one endpoint. The API at /graphql, and the federation subgraph at /subgraph when
   * enabled: the same context, limits, cache and errors; only the subgraph runs any document a
   * gateway plans (trusted documents are the gateway's to check), and has no playground and no
   * incremental delivery.
   */
  const graphqlYoga = ({
    endpoint,
    schema,
    api,
  }: {
    endpoint: string;
    schema: GraphQLSchema;
    api: boolean;
  }) =>
    createYoga<{ req?: IncomingMessage }, Context>({
      schema,
      context: ({ request, params, req }) => {
        const operation = { name: params.operationName ?? undefined };
        const newExecutor = () =>
          new Executor(driver, database, {
            timeoutMs: limits.queryTimeoutMs,
            deadline: Date.now() + limits.queryTimeoutMs,
            track: (work) => metrics.track(work),
            operationName: () => operation.name,
          });
        const viewer = viewerOf(request, auth);
        return createContext(newExecutor(), { viewer, publicReads: auth.publicReads }, operation, {
          // A token's holder is one client wherever it connects from; without one, an address is.
          client: viewer ? `token:${viewer.name}` : `address:${req?.socket.remoteAddress ?? 'unknown'}`,
          live: live.streams,
          newExecutor,
        });
      },
      graphqlEndpoint: endpoint,
      // The listener bounds every body by its Content-Length before anything reads it (bodyRefusal in
      // listener.ts); yoga's own bound would pipe each body through a counting stream besides.
      maxRequestBodySize: false,
      cors: corsOptions(http),
      healthCheckEndpoint: '/health',
      landingPage: false,
      logging: logger,
      maskedErrors: { maskError: maskForClient },
      renderGraphiQL: renderPlayground,
      // In strict mode the playground could run nothing but the trusted documents, so it is off.
      graphiql:
        !api || http.trustedDocumentsOnly
          ? false
          : {
              title: 'qianjiang-kg: GraphQL playground',
              defaultTabs: playgroundExamples.map((example) => ({
                query: example.query,
                variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
              })),
            },
      plugins: [
        // Executes each document through JavaScript compiled for it once (graphql-jit), instead of
        // walking the selection anew for every item of every request; see bench/README.md for what it
        // saves. Before the response cache, which wraps whatever execute it finds: after it, the
        // compiled execute would replace the cache's.
        jitPlugin(),
        argumentValuesPlugin(),
        // @defer and @stream for clients (src/http/incremental.ts); their documents run on graphql-js's
        // executor (see jitPlugin). A gateway delivers them itself, so the subgraph has none.
        ...(api ? incrementalDeliveryPlugins(maskForClient) : []),
        // Before the response cache, which keys on the document this plugin looks up.
        ...(api
          ? [trustedDocumentsPlugin(trustedDocuments, { strict: http.trustedDocumentsOnly, auth })]
          : []),
        // Before the response cache too: a request over the cost limit never reaches its execute.
        costLimitPlugin(limits.maxComplexity),
        ...responseCachePlugins(http, auth, responseCache, endpoint),
        ...operationLimitPlugins(limits),
        metrics.yogaPlugin(),
        refusalLogPlugin(logger),
        operationNamePlugin(),
        useReadinessCheck({
          endpoint: '/ready',
          // Not ready while the change feed has yet to read Neo4j again after an outage, nor while
          // the warm-up that follows runs: so /ready turns 200 once, after both.
          check: async () =>
            !draining && !warming && !(warmUp && live.feed.failing) && (await databaseAnswers()),
        }),
        // Last: it compresses the answer with the headers the plugins above have set.
        compressionPlugin(http, endpoint),
      ],
    });

  if (warmUp) {
    live.feed.onRecovered(() => {
      warming ??= Promise.race([warmUp(), new Promise((resolve) => setTimeout(resolve, MAX_REWARM_MS))])
        .then(() => {})
        .catch((error: unknown) => logger.warn({ err: error }, 'warm-up after an outage failed'))
        .finally(() => {
          warming = undefined;
        });
    });
  }

  const yoga = graphqlYoga({ endpoint: '/graphql', schema, api: true });
  const subgraph = federation.subgraphEnabled
    ? graphqlYoga({ endpoint: SUBGRAPH_ENDPOINT, schema: subgraphSchema(), api: false })
    : undefined;

  return {
    yoga,
    subgraph,
    metrics,
    responseCache,
    listener: createRequestListener(yoga, {
      logger,
      metrics,
      metricsText,
      subgraph,
      mcp: mcp.mcpEnabled
        ? createMcpHandler({
            catalogue: mcpCatalogue(schema, trustedDocuments),
            graphql: (url, init, context) => yoga.fetch(url, init, context),
            auth,
            logger,
          })
        : undefined,
    }),
    drain: () => {
      draining = true;
    },
    live,
  };
}
