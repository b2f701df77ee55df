import { describe, expect, it } from 'vitest';
import { askId, askSubqueries, merged, type PageAsk } from '../../src/graph/asks.ts';

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

  it("reads a page's entities in the parts asked, and answers pages differing only in parts with their union", () => {
    const namesOnly: PageAsk = {
      kind: 'page',
      page: { ...page, parts: { details: false, citations: false } },
    };
    const withDetails: PageAsk = {
      kind: 'page',
      page: { ...page, parts: { details: true, citations: false } },
    };
    const whole: PageAsk = { kind: 'page', page };

    const names = askSubqueries([{ ask: namesOnly }]);
    expect(names.cypher).toContain('entity: other { .key, .type, .name }');
    expect(names.cypher).not.toContain('CITED_IN');
    expect(names.params.a0).not.toHaveProperty('parts');
    expect(askSubqueries([{ ask: whole }]).cypher).toMatch(
      /entity: other \{ \.key, \.type, \.name, \.nameEn,[^}]*citations: \[\(other\)-\[c:CITED_IN\]/,
    );

    // One id, so the lookahead and the loaders send one subquery for them ...
    expect(askId(namesOnly)).toBe(askId(whole));
    // ... reading what either reads: a whole page covers a partial one, two partial ones combine.
    expect(merged(namesOnly, whole)).toEqual({
      kind: 'page',
      page: { ...page, parts: { details: true, citations: true } },
    });
    expect(merged(whole, namesOnly)).toBe(whole);
    expect(merged(withDetails, namesOnly)).toBe(withDetails);
    const withCitations: PageAsk = {
      kind: 'page',
      page: { ...page, parts: { details: false, citations: true } },
    };
    expect(merged(withDetails, withCitations)).toEqual({
      kind: 'page',
      page: { ...page, parts: { details: true, citations: true } },
    });
  });
});
