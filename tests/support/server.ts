import type { Driver } from 'neo4j-driver';
import type { AuthSettings } from '../../src/http/auth.ts';
import type { FederationSettings } from '../../src/http/federation.ts';
import type { OperationLimits } from '../../src/http/limits.ts';
import type { LiveSettings } from '../../src/http/live.ts';
import type { McpSettings } from '../../src/http/mcp.ts';
import {
  createServer,
  DEFAULT_HTTP_SETTINGS,
  type HttpSettings,
  type Server,
} from '../../src/http/server.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { testNeo4j } from './neo4j.ts';

export interface TestServerOptions {
  /** Default: the test database. */
  database?: string;
  /** Default: silent. */
  logger?: Logger;
  auth?: AuthSettings;
  limits?: OperationLimits;
  /** Merged over DEFAULT_HTTP_SETTINGS. */
  http?: Partial<HttpSettings>;
  /** How the server follows the change log and caps subscriptions. */
  live?: LiveSettings;
  /** Whether /mcp answers; default: off. */
  mcp?: McpSettings;
  /** Whether /subgraph answers a federation gateway; default: off. */
  federation?: FederationSettings;
  /** Run when the change feed reads Neo4j again after an outage (src/process/warm-up.ts). */
  warmUp?: () => Promise<unknown>;
}

/** The in-process server (no listening) as src/process/serve.ts builds it, with the tests' defaults. */
export function testServer(
  driver: Driver,
  { database, logger, http, ...rest }: TestServerOptions = {},
): Server {
  return createServer({
    driver,
    database: database ?? testNeo4j().database,
    logger: logger ?? createLogger('silent'),
    http: { ...DEFAULT_HTTP_SETTINGS, ...http },
    ...rest,
  });
}

/** Editors who may write, with public reads and no readers: what most writing tests need. */
export const editorAuth = (...editors: { name: string; token: string }[]): AuthSettings => ({
  editors,
  readers: [],
  publicReads: true,
});

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

export interface GraphQLResponse<Data> {
  data?: Data;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** The code of the first error, if any. */
export const codeOf = (result: GraphQLResponse<unknown>) => result.errors?.[0]?.extensions?.code;

/** POSTs an operation to the in-process server, as a client would. */
export async function graphql<Data = Record<string, unknown>>(
  server: Server,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await server.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

/** Reads `data`, failing the test with the errors when there are any. */
export async function graphqlData<Data = Record<string, unknown>>(
  server: Server,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Data> {
  const result = await graphql<Data>(server, query, variables, headers);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  if (!result.data) throw new Error('GraphQL response without data');
  return result.data;
}

/** A logger that keeps what is logged at `error`, one line per call: message, then the object as JSON. */
export function errorLog(): { logger: Logger; logged: string[] } {
  const logged: string[] = [];
  const logger = createLogger('error');
  logger.error = ((object: unknown, message?: string) => {
    logged.push(`${message} ${JSON.stringify(object)}`);
  }) as typeof logger.error;
  return { logger, logged };
}
