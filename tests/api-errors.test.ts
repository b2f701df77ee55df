import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/http/server.ts';
import { createLogger } from '../src/logger.ts';
import { createDriver } from '../src/neo4j/driver.ts';
import { freePort, graphql, seedGraph, testDriver, testNeo4j, testServer } from './helpers.ts';

const LEAKS = /Neo4jError|Neo\.|Cypher|MATCH |at .*\.(ts|js):\d+|node_modules/;

describe('when the database is down', () => {
  let deadDriver: Driver;
  beforeAll(async () => {
    deadDriver = createDriver({
      uri: `bolt://127.0.0.1:${await freePort()}`,
      username: 'neo4j',
      password: 'x',
    });
  });
  afterAll(async () => {
    await deadDriver.close();
  });

  it('answers DATABASE_UNAVAILABLE, with nothing from the driver in the response', async () => {
    const server = createServer({ driver: deadDriver, database: 'neo4j', logger: createLogger('silent') });
    const result = await graphql(server, '{ entity(key: "town:jinxi") { name } }');
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(result.data).toEqual({ entity: null });
    expect(result.errors?.[0]?.message).toBe('The database is unavailable; try again in a few seconds.');
    expect(JSON.stringify(result)).not.toMatch(LEAKS);
  });

  it('keeps /health at 200 and turns /ready to 503', async () => {
    const server = createServer({ driver: deadDriver, database: 'neo4j', logger: createLogger('silent') });
    expect((await server.yoga.fetch('http://localhost/health')).status).toBe(200);
    expect((await server.yoga.fetch('http://localhost/ready')).status).toBe(503);
  });
});

describe('unexpected errors', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await seedGraph(driver);
  });
  afterAll(async () => {
    await seedGraph(driver);
    await driver.close();
  });

  it('are masked as INTERNAL_SERVER_ERROR, and logged with their real cause', async () => {
    // A statistic whose subject was lost: the resolver fails in a way no client caused.
    await driver.executeQuery(
      "CREATE (:Statistic {key: 'orphan|x|', metric: 'orphan', label: '孤儿', value: 1.0, unit: 'item', valueText: '1个'})",
      {},
      { database: testNeo4j().database },
    );
    const logged: string[] = [];
    const logger = createLogger('error');
    logger.error = ((object: unknown, message?: string) => {
      logged.push(`${message} ${JSON.stringify(object)}`);
    }) as typeof logger.error;
    const server = createServer({ driver, database: testNeo4j().database, logger });
    const result = await graphql(
      server,
      '{ statistics(metric: "orphan") { edges { node { metric subject { key } } } } }',
    );
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Unexpected error.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(JSON.stringify(result)).not.toContain('has no subject');
    expect(JSON.stringify(result)).not.toMatch(LEAKS);
    expect(logged.join('\n')).toContain('statistic orphan|x| has no subject');
  });
});

describe('hostile input reaches Cypher only as parameters', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await seedGraph(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it.each([
    "town:jinxi' OR 1=1 //",
    '`) DETACH DELETE n //',
    '$key',
    '\u0000',
    '}) MATCH (n) DETACH DELETE n WITH 1 AS x MATCH (y {key: "',
  ])('treats %j as a plain key or text', async (hostile) => {
    const server = testServer(driver);
    const result = await graphql<{ entity: null; search: unknown[]; statistics: { totalCount: number } }>(
      server,
      `query ($s: String!) {
        entity(key: $s) { key }
        search(query: $s) { score }
        statistics(subjectKey: $s, metric: $s) { totalCount }
        subgraphError: entity(key: $s) { key }
      }`,
      { s: hostile },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.entity).toBeNull();
    expect(result.data?.statistics.totalCount).toBe(0);
    const { records } = await driver.executeQuery(
      'MATCH (e:Entity) RETURN count(e) AS n',
      {},
      { database: testNeo4j().database },
    );
    expect(records[0]?.get('n')).toBe(131);
  });
});
