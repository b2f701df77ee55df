import { createHash } from 'node:crypto';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { wipeGraph } from '../../src/neo4j/constraints.ts';
import { Executor } from '../../src/neo4j/executor.ts';
import { loadSeed, readValidSeed } from '../../src/seed/load.ts';

/** The Neo4j that tests/support/global-setup.ts started or found, for tests in the integration and e2e tiers. */
export const testNeo4j = () => inject('neo4j');

export function testDriver(): Driver {
  const { uri, username, password } = testNeo4j();
  return neo4j.driver(uri, neo4j.auth.basic(username, password), { disableLosslessIntegers: true });
}

/** The executor that the seed loader and exporter use, on the test database. */
export const batchWork = (driver: Driver) => Executor.forBatchWork(driver, testNeo4j().database);

/** Empties the test database (schema stays). */
export async function clearGraph(driver: Driver): Promise<void> {
  await wipeGraph(batchWork(driver));
}

/** Empties the test database and loads the real seed. */
export async function seedGraph(driver: Driver): Promise<void> {
  await clearGraph(driver);
  await loadSeed(batchWork(driver), readValidSeed());
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
