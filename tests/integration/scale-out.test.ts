import { describe, expect, it } from 'vitest';
import { createDriver } from '../../src/neo4j/driver.ts';
import { useSeededServer } from '../support/fixture.ts';
import { testNeo4j } from '../support/neo4j.ts';
import { bearer, editorAuth, graphqlData, testServer } from '../support/server.ts';

// The seeded graph; the two instances below bring drivers and servers of their own.
useSeededServer({ seed: true });

describe('scale-out', () => {
  it('serves a write made through one instance from another, sharing nothing but the database', async () => {
    const neo4j = testNeo4j();
    const editors = editorAuth({ name: 'alice', token: 'alice-editor-token-0001' });
    const drivers = [0, 1].map(() => createDriver(neo4j));
    try {
      const [first, second] = drivers.map((driver) => testServer(driver, { auth: editors }));
      if (!first || !second) throw new Error('two servers expected');
      await graphqlData(
        first,
        `mutation { upsertStatistic(input: { subject: "town:jinxi", metric: "scale_out_probe", label: "产茧", value: 70000,
            unit: "dan", valueText: "7万担", year: 2020, citation: { source: "qianjiang-2021-04-15", quote: "2020年，全区实现产茧7万担" } }) {
            statistic { metric } } }`,
        {},
        bearer('alice-editor-token-0001'),
      );
      const read = await graphqlData<{
        statistics: { edges: { node: { valueText: string; subject: { key: string } } }[] };
      }>(
        second,
        '{ statistics(metric: "scale_out_probe") { edges { node { valueText subject { key } } } } }',
      );
      expect(read.statistics.edges.map((edge) => edge.node)).toEqual([
        { valueText: '7万担', subject: { key: 'town:jinxi' } },
      ]);
    } finally {
      await Promise.all(drivers.map((driver) => driver.close()));
    }
  });
});
