import { describe, expect, it } from 'vitest';
import { loadSeed, readValidSeed } from '../../src/seed/load.ts';
import { useSeededServer } from '../support/fixture.ts';
import { batchWork, clearGraph } from '../support/neo4j.ts';

/** Loading the seed into Neo4j; the seed files' own checks are in tests/unit/seed-files.test.ts. */

describe('seed loader', () => {
  const kg = useSeededServer({ seed: false });
  const count = async (cypher: string) => {
    const { records } = await kg.driver.executeQuery(cypher, {}, { database: kg.database });
    return Number(records[0]?.get(0));
  };

  it('loads the graph, and a second load changes nothing', async () => {
    const data = readValidSeed();
    const first = await loadSeed(batchWork(kg.driver), data);
    const added = (count: number) => ({ added: count, updated: 0, removed: 0, kept: 0 });
    expect(first.entities).toEqual(added(data.entities.length));
    expect(first.relationships).toEqual(added(data.relationships.length));
    expect(first.statistics).toEqual(added(data.statistics.length));
    const snapshot = await count('MATCH (n) RETURN count(n)');
    const relationships = await count('MATCH ()-[r]->() RETURN count(r)');

    const second = await loadSeed(batchWork(kg.driver), data);
    const nothing = { added: 0, updated: 0, removed: 0, kept: 0 };
    expect(second).toEqual({
      sources: nothing,
      entities: nothing,
      relationships: nothing,
      statistics: nothing,
      citations: { created: 0, removed: 0 },
      removedKeys: [],
      evidence: first.evidence,
    });
    // Every citation of the seed placed in the article (tests/integration/evidence.test.ts has the rest).
    const citations =
      data.entities.reduce((sum, { value }) => sum + value.citations.length, 0) +
      data.relationships.length +
      data.statistics.length;
    expect(first.evidence).toEqual([
      expect.objectContaining({ source: 'qianjiang-2021-04-15', placed: citations, unplaced: 0 }),
    ]);
    expect(await count('MATCH (n) RETURN count(n)')).toBe(snapshot);
    expect(await count('MATCH ()-[r]->() RETURN count(r)')).toBe(relationships);
    expect(await count("MATCH (e:Entity:ScenicArea {key: 'scenic:zhuoshui'}) RETURN count(e)")).toBe(1);
  });

  it('reports an edited entity as updated', async () => {
    const data = readValidSeed();
    const jinxi = data.entities.find((e) => e.value.key === 'town:jinxi');
    if (!jinxi) throw new Error('no town:jinxi');
    jinxi.value = { ...jinxi.value, nameEn: 'Jinxi (edited)' };
    const report = await loadSeed(batchWork(kg.driver), data);
    expect(report.entities).toEqual({ added: 0, updated: 1, removed: 0, kept: 0 });
    await loadSeed(batchWork(kg.driver), readValidSeed());
  });

  it('leaves no half graph when a load fails part-way', async () => {
    await clearGraph(kg.driver);
    const data = readValidSeed();
    const last = data.statistics.at(-1);
    if (!last) throw new Error('no statistics');
    // A map is not a storable property value: Neo4j fails the last batch, after all entities were written.
    last.value = { ...last.value, unit: { nested: true } as unknown as string };
    await expect(loadSeed(batchWork(kg.driver), data)).rejects.toThrow();
    expect(await count('MATCH (n) RETURN count(n)')).toBe(0);
  });
});
