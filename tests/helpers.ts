import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { deleteEverything } from '../src/neo4j/schema.ts';
import { loadSeed, readValidSeed } from '../src/seed/load.ts';
import { createServer, type Server } from '../src/server.ts';

export const testNeo4j = () => inject('neo4j');

export function testDriver(): Driver {
  const { uri, username, password } = testNeo4j();
  return neo4j.driver(uri, neo4j.auth.basic(username, password), { disableLosslessIntegers: true });
}

/** Empties the test database (schema stays). */
export async function clearGraph(driver: Driver): Promise<void> {
  await deleteEverything(driver, testNeo4j().database);
}

/** Empties the test database and loads the real seed. */
export async function seedGraph(driver: Driver): Promise<void> {
  await clearGraph(driver);
  await loadSeed(driver, testNeo4j().database, readValidSeed());
}

export function testServer(driver: Driver): Server {
  return createServer({ driver, database: testNeo4j().database, logger: createLogger('silent') });
}

export interface GraphQLResponse<Data> {
  data?: Data;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** POSTs an operation to the in-process server, as a client would. */
export async function graphql<Data = Record<string, unknown>>(
  server: Server,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<Data>> {
  const response = await server.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

/** Reads `data`, failing the test with the errors when there are any. */
export async function graphqlData<Data = Record<string, unknown>>(
  server: Server,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const result = await graphql<Data>(server, query, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  if (!result.data) throw new Error('GraphQL response without data');
  return result.data;
}
