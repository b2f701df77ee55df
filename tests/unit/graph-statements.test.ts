import { describe, expect, it } from 'vitest';
import { type SubgraphParts, subgraphStatement } from '../../src/graph/paths.ts';
import { searchStatement } from '../../src/graph/search-query.ts';

/**
 * The variants of the subgraph's and the search's one statement, as text: each is kept in
 * graph-statements/<variant>.cypher, to read or to paste into `EXPLAIN`. A selection without
 * `relationships` sends no relationships CALL, one without `citations` no CITED_IN pattern; what
 * they answer is for tests/integration/projection.test.ts.
 */

const RELATIONSHIPS_CALL = /MATCH \(a\)-\[r:/;
const CITATIONS = /CITED_IN/;

const variants: [string, SubgraphParts][] = [
  ['subgraph', { relationships: true, citations: true }],
  ['subgraph-without-citations', { relationships: true, citations: false }],
  ['subgraph-without-relationships', { relationships: false, citations: true }],
  ['subgraph-nodes-only', { relationships: false, citations: false }],
];

describe('the subgraph reads only the parts asked', () => {
  for (const [name, parts] of variants)
    it(`${name}: graph-statements/${name}.cypher`, async () => {
      const statement = subgraphStatement(2, undefined, parts);
      expect(RELATIONSHIPS_CALL.test(statement)).toBe(parts.relationships);
      expect(/RETURN entities AS nodes, relationships, truncated$/.test(statement)).toBe(parts.relationships);
      expect(CITATIONS.test(statement)).toBe(parts.citations);
      await expect(statement).toMatchFileSnapshot(`graph-statements/${name}.cypher`);
    });

  it('inlines only checked hop bounds', () => {
    expect(() => subgraphStatement(4, undefined, { relationships: true, citations: true })).toThrow(
      RangeError,
    );
  });
});

describe("search reads its hits' citations only when asked", () => {
  it.each([
    ['search', true],
    ['search-without-citations', false],
  ])('%s: graph-statements/%s.cypher', async (name, citations) => {
    const statement = searchStatement({ citations });
    expect(CITATIONS.test(statement)).toBe(citations);
    await expect(statement).toMatchFileSnapshot(`graph-statements/${name}.cypher`);
  });
});
