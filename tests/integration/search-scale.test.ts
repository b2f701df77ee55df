import { beforeAll, describe, expect, it } from 'vitest';
import { countsFor, loadSynthetic, syntheticKey } from '../../bench/synthetic.ts';
import { luceneQuery, SEARCH_INDEX } from '../../src/graph/search-query.ts';
import { useSeededServer } from '../support/fixture.ts';
import { batchWork } from '../support/neo4j.ts';
import { everySearchHit, keysOf, searchPage } from '../support/search.ts';

/**
 * Search on the 10k-entity synthetic graph (bench/synthetic.ts), where a query matches thousands of
 * entities and the type asked for is a few percent of them: the filter works inside the index
 * query, so it finds every match of the type, not those among the index's best hits of all types.
 */
const ENTITIES = 10_000;
const counts = countsFor(ENTITIES);

describe(`search at ${ENTITIES} synthetic entities`, () => {
  const kg = useSeededServer({ seed: false });
  beforeAll(() => loadSynthetic(batchWork(kg.driver), ENTITIES));

  /** The index's best hits of every type for `query`, as many as `limit`. */
  const indexedTypes = async (query: string, limit: number) =>
    (
      await kg.cypher<{ type: string }>(
        `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene, {limit: toInteger($limit)}) YIELD node
         RETURN node.type AS type`,
        { lucene: luceneQuery(query), limit },
      )
    ).map((row) => row.type);

  // Every synthetic description says 合成 ("synthetic"), so every entity matches, and the index ranks
  // districts, towns and villages first: thousands of hits before any of these types.
  it.each([
    ['BRAND', 10],
    ['INDUSTRY', 100],
    ['EVENT', 100],
  ] as const)('returns %s hits, `first` = %i, when that many match', async (type, first) => {
    expect(counts[type]).toBeGreaterThanOrEqual(first);
    const best = await indexedTypes('合成', 10 * first);
    expect(best.filter((found) => found === type).length).toBeLessThan(first);
    const hits = await searchPage(kg, '合成', { types: [type], first });
    expect(hits).toHaveLength(first);
    expect(new Set(hits.map((hit) => hit.entity.type))).toEqual(new Set([type]));
  });

  // Every event scores the same, so the pages must not depend on how the index orders ties.
  it.each([7, 100])('pages %i at a time through every event once, in one order', async (first) => {
    const every = keysOf(await everySearchHit(kg, '合成', { types: ['EVENT'], first }));
    const events = Array.from({ length: counts.EVENT }, (_, index) => syntheticKey('EVENT', index));
    expect(new Set(every).size).toBe(every.length);
    expect([...every].sort()).toEqual(events);
    expect(every.slice(0, 100)).toEqual(
      keysOf(await searchPage(kg, '合成', { types: ['EVENT'], first: 100 })),
    );
  });

  it('ranks the entity named exactly so first among thousands of hits', async () => {
    const [village] = await kg.cypher<{ name: string; nameEn: string }>(
      'MATCH (e:Village {key: $key}) RETURN e.name AS name, e.nameEn AS nameEn',
      { key: syntheticKey('VILLAGE', 4242) },
    );
    for (const name of [village?.name, village?.nameEn]) {
      const [hit] = await searchPage(kg, name ?? '', { first: 1 });
      expect(hit?.entity.key).toBe(syntheticKey('VILLAGE', 4242));
      expect(hit?.score).toBeGreaterThanOrEqual(100);
    }
  });
});
