import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { complexityInputs } from '../../src/http/limits.ts';

describe('the variables a cost estimate depends on', () => {
  it('are those given to page sizes, not the others', () => {
    const document = parse(`query Page($key: String!, $n: Int, $m: Int!, $deep: Boolean!, $q: String) {
      entity(key: $key) { neighbors(first: $n) { edges { node { key } } } }
      search(query: $q, first: 10) { score }
      entities(first: $m) @include(if: $deep) { totalCount }
    }`);
    expect(complexityInputs(document)).toEqual(['m', 'n']);
  });

  it('are none for a document that fixes its page sizes', () => {
    expect(complexityInputs(parse('query($key: String!) { entity(key: $key) { name } }'))).toEqual([]);
  });
});
