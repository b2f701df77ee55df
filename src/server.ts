import type { RequestListener } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, maskError, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { PUBLIC_READS_ONLY } from './auth.ts';
import type { AuthSettings, OperationLimits } from './config.ts';
import { type Context, createContext } from './context.ts';
import { createRequestListener } from './http.ts';
import { DEFAULT_LIMITS, operationLimitPlugins } from './limits.ts';
import type { Logger } from './logger.ts';
import { Metrics } from './metrics.ts';
import { Executor } from './neo4j/executor.ts';
import { playgroundExamples } from './playground-examples.ts';
import { schema } from './schema/index.ts';

export interface ServerOptions {
  driver: Driver;
  database: string;
  logger: Logger;
  /** Tokens and whether reads are public; default: public reads, no editors. */
  auth?: AuthSettings;
  limits?: OperationLimits;
}

export interface Server {
  yoga: YogaServerInstance<Record<string, never>, Context>;
  /** The whole HTTP surface for node:http: landing page, explorer, /metrics and GraphQL. */
  listener: RequestListener;
  metrics: Metrics;
  /** Makes `/ready` answer 503 from now on, so a load balancer stops sending traffic before shutdown. */
  drain(): void;
}

const READINESS_TIMEOUT_MS = 1_500;

/** Builds the HTTP handler (no listening): GraphQL at /graphql with GraphiQL, /health and /ready. */
export function createServer({
  driver,
  database,
  logger,
  auth = PUBLIC_READS_ONLY,
  limits = DEFAULT_LIMITS,
}: ServerOptions): Server {
  let draining = false;
  const metrics = new Metrics();

  const databaseAnswers = async (): Promise<boolean> => {
    const timeout = new Promise<false>((resolve) => setTimeout(resolve, READINESS_TIMEOUT_MS, false).unref());
    const ping = driver
      .executeQuery('RETURN 1', {}, { database })
      .then(() => true)
      .catch(() => false);
    return Promise.race([ping, timeout]);
  };

  const yoga = createYoga<Record<string, never>, Context>({
    schema,
    context: ({ request }) =>
      createContext(
        new Executor(driver, database, limits.queryTimeoutMs, (work) => metrics.track(work)),
        auth,
        limits,
        request,
      ),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: logger,
    // Expected errors carry a code; anything else is logged here and reaches clients only as
    // INTERNAL_SERVER_ERROR, never with a stack trace or a database message, whatever NODE_ENV says.
    maskedErrors: {
      maskError: (error, message) => {
        const masked = maskError(error, message, false);
        if (masked !== error) logger.error({ err: error }, 'unexpected error while executing an operation');
        return masked;
      },
    },
    renderGraphiQL,
    graphiql: {
      title: 'qianjiang-kg: GraphQL playground',
      defaultTabs: playgroundExamples.map((example) => ({
        query: example.query,
        variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
      })),
    },
    plugins: [
      ...operationLimitPlugins(limits),
      metrics.yogaPlugin(),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () => !draining && (await databaseAnswers()),
      }),
    ],
  });

  return {
    yoga,
    metrics,
    listener: createRequestListener(yoga, { logger, metrics }),
    drain: () => {
      draining = true;
    },
  };
}
