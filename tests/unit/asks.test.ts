import { describe, expect, it } from 'vitest';
import { askId, askSubqueries } from '../../src/graph/asks.ts';

/** The Cypher that answers many asks at once (src/graph/asks.ts), checked without Neo4j. */
describe('asks', () => {
  const page = {
    direction: 'IN',
    types: ['AWARDED_TO'],
    entityTypes: ['HONOR'],
    skip: 0,
    limit: 500,
  } as const;

  it('gives equal asks equal ids, whatever the order of their options, and other asks other ids', () => {
    const reordered = {
      limit: 500,
      skip: 0,
      entityTypes: ['HONOR'],
      types: ['AWARDED_TO'],
      direction: 'IN',
    } as const;
    expect(askId({ kind: 'page', page })).toBe(askId({ kind: 'page', page: reordered }));
    expect(askId({ kind: 'page', page })).not.toBe(
      askId({ kind: 'page', page: { ...page, through: { types: ['PART_OF'], of: 'ORGANIZATION' } } }),
    );
    expect(askId({ kind: 'statistics', statistics: { metric: null, year: 2020 } })).toBe(
      askId({ kind: 'statistics', statistics: { year: 2020 } }),
    );
  });

  it('answers each ask in its own column, gated only when it is for some rows', () => {
    const { cypher, columns, params } = askSubqueries([
      { ask: { kind: 'page', page } },
      { ask: { kind: 'statistics', statistics: { year: 2020 } }, keys: ['district:qianjiang'] },
      { ask: { kind: 'page', page }, types: ['DISTRICT'] },
    ]);
    expect(columns).toBe('a0, a1, a2');
    expect(cypher).toContain('(e)<-[r:AWARDED_TO]-(other:Entity)');
    expect(cypher).toContain('CALL (e, key) {');
    expect(cypher).toContain('WITH e WHERE key IN $a1.keys');
    expect(cypher).toContain('WITH e WHERE e.type IN $a2.types');
    expect(cypher).toContain('s.year = $a1.year');
    expect(cypher).not.toContain('s.metric');
    expect(params.a0).not.toHaveProperty('keys');
    expect(params.a1).toMatchObject({ year: 2020, keys: ['district:qianjiang'] });
  });
});
