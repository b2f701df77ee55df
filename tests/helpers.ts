import { createHash } from 'node:crypto';
import { createServer as createNetServer } from 'node:net';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createServer, type Server } from '../src/http/server.ts';
import { createLogger } from '../src/logger.ts';
import { wipeGraph } from '../src/neo4j/constraints.ts';
import { Executor } from '../src/neo4j/executor.ts';
import { loadSeed, readValidSeed } from '../src/seed/load.ts';

export const testNeo4j = () => inject('neo4j');

export function testDriver(): Driver {
  const { uri, username, password } = testNeo4j();
  return neo4j.driver(uri, neo4j.auth.basic(username, password), { disableLosslessIntegers: true });
}

/** Empties the test database (schema stays). */
export async function clearGraph(driver: Driver): Promise<void> {
  await wipeGraph(Executor.forBatchWork(driver, testNeo4j().database));
}

/** Empties the test database and loads the real seed. */
export async function seedGraph(driver: Driver): Promise<void> {
  await clearGraph(driver);
  await loadSeed(Executor.forBatchWork(driver, testNeo4j().database), readValidSeed());
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

/**
 * A fingerprint of everything stored: every node with its labels and properties, every relationship
 * with its ends and properties, in a canonical order. Equal fingerprints, equal graphs.
 */
export async function graphChecksum(
  driver: Driver,
  { ignoreProperties = [], withHistory = true }: { ignoreProperties?: string[]; withHistory?: boolean } = {},
): Promise<string> {
  const ignore = ignoreProperties;
  // History (:Change, :ChangeSequence) can be left out to compare the knowledge itself.
  const historyFilter = withHistory ? 'true' : 'NOT n:Change AND NOT n:ChangeSequence';
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE ${historyFilter} RETURN collect([labels(n), properties(n)]) AS nodes`,
    {},
    { database: testNeo4j().database },
  );
  const relationships = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN coalesce(a.key, a.id, '') AS from, type(r) AS type, coalesce(b.key, b.id, '') AS to, properties(r) AS props`,
    {},
    { database: testNeo4j().database },
  );
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value as Record<string, unknown>)
          .filter(([key]) => !ignore.includes(key))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, inner]) => [key, canonical(inner)]),
      );
    }
    return value;
  };
  const stored = (records[0]?.get('nodes') ?? []) as [string[], Record<string, unknown>][];
  const nodes = stored
    .map(([labels, props]) => JSON.stringify([[...labels].sort(), canonical(props)]))
    .sort();
  const edges = relationships.records.map((record) => JSON.stringify(canonical(record.toObject()))).sort();
  return createHash('sha256')
    .update(JSON.stringify([nodes, edges]))
    .digest('hex');
}

/** A loopback port nothing listens on right now (for servers to start, or to find closed). */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createNetServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The article's id in seed/sources, which every citation in a test names. */
export const SOURCE = 'qianjiang-2021-04-15';

/** An upsertEntity input for 金溪镇 as the seed has it (but nameEn `Jinxi`), cited from the article. */
export const jinxiInput = (overrides: Record<string, unknown> = {}) => ({
  key: 'town:jinxi',
  type: 'TOWN',
  name: '金溪镇',
  nameEn: 'Jinxi',
  aliases: ['金溪', 'Jinxi'],
  citations: [
    {
      source: SOURCE,
      quote: '黔江区金溪镇、李家溪易地扶贫安置点、重庆旅游职业学院被确定为全国脱贫攻坚考察点',
    },
  ],
  ...overrides,
});
