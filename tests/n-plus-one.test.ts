import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { createServer } from '../src/server.ts';
import { graphqlData, seedGraph, testDriver, testNeo4j } from './helpers.ts';

/**
 * Counts database round trips: every query and every transaction the server opens goes through
 * `executeQuery` or `session`, so a real driver wrapped to count those calls sees them all.
 */
function countingDriver(driver: Driver) {
  const counter = { roundTrips: 0 };
  const counted = new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if ((property === 'executeQuery' || property === 'session') && typeof value === 'function') {
        return (...args: unknown[]) => {
          counter.roundTrips += 1;
          return value.apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: counted, counter };
}

const pageQuery = (first: number) => `{
  entities(first: ${first}) {
    totalCount
    edges { node {
      key name nameEn
      citations { quote source { title } }
      statistics { metric value citation { quote source { key } } }
      relationships(first: 10) { totalCount edges { node {
        type date
        from { key name }
        to { key name }
        citation { quote source { key page } }
      } } }
      neighbors(first: 10) { edges { node { key name statistics { valueText } } } }
      ... on District { towns { name } honors { name recipient { name } } supporters { from { name } } }
      ... on Honor { recipient { name } conferredBy { name } date }
    } }
  }
}`;

describe('no N+1: round trips do not grow with the number of entities', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await seedGraph(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  async function roundTripsFor(first: number) {
    const { driver: counted, counter } = countingDriver(driver);
    const server = createServer({
      driver: counted,
      database: testNeo4j().database,
      logger: createLogger('silent'),
    });
    const data = await graphqlData<{
      entities: { edges: { node: { relationships: { edges: unknown[] } } }[] };
    }>(server, pageQuery(first));
    return { roundTrips: counter.roundTrips, data };
  }

  // The round trips depend on the shape of the query (one per list field and argument set, each
  // batched over all entities), not on how many entities it returns. In key order the first 50
  // entities already include the district, the events and the honours, so every field below runs.
  it('fetches 50 entities with relationships, neighbours and statistics in a small fixed number of round trips', async () => {
    const fifty = await roundTripsFor(50);
    const hundred = await roundTripsFor(100);
    expect(fifty.data.entities.edges).toHaveLength(50);
    expect(hundred.data.entities.edges).toHaveLength(100);
    expect(
      fifty.data.entities.edges.filter((edge) => edge.node.relationships.edges.length > 0).length,
    ).toBeGreaterThan(40);
    console.log(
      `[n+1] round trips: ${fifty.roundTrips} for 50 entities, ${hundred.roundTrips} for 100 entities`,
    );
    expect(fifty.roundTrips).toBeLessThanOrEqual(14);
    expect(hundred.roundTrips).toBe(fifty.roundTrips);
  });
});
