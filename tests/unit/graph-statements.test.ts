import { describe, expect, it } from 'vitest';
import { type SubgraphParts, subgraphStatement } from '../../src/graph/paths.ts';
import { searchStatement } from '../../src/graph/search-query.ts';

/**
 * The variants of the subgraph's and the search's one statement, as text: each is kept in
 * graph-statements/<variant>.cypher, to read or to paste into `EXPLAIN`. A selection without
 * `relationships` sends no relationships CALL, one without `citations` no CITED_IN pattern, one
 * reading none of the entities' details (DETAIL_FIELDS) only their key, type and name; what they
 * answer is for tests/integration/projection.test.ts.
 */

const RELATIONSHIPS_CALL = /MATCH \(a\)-\[r:/;
const CITATIONS = /CITED_IN/;
const DETAILS =
  /\.nameEn, aliases: coalesce\(\w+\.aliases, \[\]\), \.kind, \.description, \.descriptionEn, \.date,\s+version: coalesce/;

const variants: [string, SubgraphParts][] = [
  ['subgraph', { relationships: true, details: true, citations: true }],
  ['subgraph-without-citations', { relationships: true, details: true, citations: false }],
  ['subgraph-without-relationships', { relationships: false, details: true, citations: true }],
  ['subgraph-nodes-only', { relationships: false, details: true, citations: false }],
  ['subgraph-names-only', { relationships: false, details: false, citations: false }],
  ['subgraph-names-and-relationships', { relationships: true, details: false, citations: false }],
];

describe('the subgraph reads only the parts asked', () => {
  for (const [name, parts] of variants)
    it(`${name}: graph-statements/${name}.cypher`, async () => {
      const statement = subgraphStatement(2, undefined, parts);
      expect(RELATIONSHIPS_CALL.test(statement)).toBe(parts.relationships);
      expect(/RETURN entities AS nodes, relationships, truncated$/.test(statement)).toBe(parts.relationships);
      expect(CITATIONS.test(statement)).toBe(parts.citations);
      expect(DETAILS.test(statement)).toBe(parts.details);
      await expect(statement).toMatchFileSnapshot(`graph-statements/${name}.cypher`);
    });

  it('inlines only checked hop bounds', () => {
    expect(() =>
      subgraphStatement(4, undefined, { relationships: true, details: true, citations: true }),
    ).toThrow(RangeError);
  });
});

describe("search reads its hits' details and citations only when asked", () => {
  it.each([
    ['search', true, true],
    ['search-without-citations', true, false],
    ['search-names-only', false, false],
  ])('%s: graph-statements/%s.cypher', async (name, details, citations) => {
    const statement = searchStatement({ details, citations });
    expect(CITATIONS.test(statement)).toBe(citations);
    expect(DETAILS.test(statement)).toBe(details);
    await expect(statement).toMatchFileSnapshot(`graph-statements/${name}.cypher`);
  });
});
