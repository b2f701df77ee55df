import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/neo4j/driver.ts';
import { useSeededServer } from '../support/fixture.ts';
import { freePort } from '../support/http.ts';
import { errorLog, graphql, testServer } from '../support/server.ts';

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
    const server = testServer(deadDriver, { database: 'neo4j' });
    const result = await graphql(server, '{ entity(key: "town:jinxi") { name } }');
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['DATABASE_UNAVAILABLE']);
    expect(result.data).toEqual({ entity: null });
    expect(result.errors?.[0]?.message).toBe('The database is unavailable; try again in a few seconds.');
    expect(JSON.stringify(result)).not.toMatch(LEAKS);
  });

  it('keeps /health at 200 and turns /ready to 503', async () => {
    const server = testServer(deadDriver, { database: 'neo4j' });
    expect((await server.yoga.fetch('http://localhost/health')).status).toBe(200);
    expect((await server.yoga.fetch('http://localhost/ready')).status).toBe(503);
  });
});

const kg = useSeededServer({ seed: true });

describe('unexpected errors', () => {
  it('are masked as INTERNAL_SERVER_ERROR, and logged with their real cause', async () => {
    // A statistic whose subject was lost: the resolver fails in a way no client caused.
    await kg.cypher(
      "CREATE (:Statistic {key: 'orphan|x|', metric: 'orphan', label: '孤儿', value: 1.0, unit: 'item', valueText: '1个'})",
    );
    const { logger, logged } = errorLog();
    const result = await graphql(
      kg.serverWith({ logger }),
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
  // Without the orphan statistic of the test above.
  beforeAll(() => kg.reseed());

  it.each([
    "town:jinxi' OR 1=1 //",
    '`) DETACH DELETE n //',
    '$key',
    '\u0000',
    '}) MATCH (n) DETACH DELETE n WITH 1 AS x MATCH (y {key: "',
  ])('treats %j as a plain key or text', async (hostile) => {
    const result = await kg.graphql<{ entity: null; search: unknown[]; statistics: { totalCount: number } }>(
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
    const [row] = await kg.cypher('MATCH (e:Entity) RETURN count(e) AS n');
    expect(row?.n).toBe(131);
  });
});
