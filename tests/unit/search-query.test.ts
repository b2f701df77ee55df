import { describe, expect, it } from 'vitest';
import { exactName, luceneQuery } from '../../src/graph/search-query.ts';

describe('luceneQuery', () => {
  it('looks for every word, or a word starting with it, in the text fields by name', () => {
    expect(luceneQuery('濯水 Jinxi')).toBe(
      '+(name:(濯水 OR 濯水*) OR nameEn:(濯水 OR 濯水*) OR aliasText:(濯水 OR 濯水*) OR description:(濯水 OR 濯水*) OR descriptionEn:(濯水 OR 濯水*)) ' +
        '+(name:(jinxi OR jinxi*) OR nameEn:(jinxi OR jinxi*) OR aliasText:(jinxi OR jinxi*) OR description:(jinxi OR jinxi*) OR descriptionEn:(jinxi OR jinxi*))',
    );
  });

  it('filters by type in the same query, with no weight in the score', () => {
    expect(luceneQuery('x', ['SCENIC_AREA', 'TOWN'])).toMatch(
      /^\+type:\(scenic_area OR town\)\^0 \+\(name:\(x OR x\*\) /,
    );
  });

  it('keeps nothing of Lucene syntax from what was typed', () => {
    expect(luceneQuery('type:town AND (濯水~ OR "x"^9) -[1 TO 2]')).toBe(
      luceneQuery('type town and 濯水 or x 9 1 to 2'),
    );
    expect(luceneQuery(' *?~^"()[]{}:\\/+-!&| ')).toBeUndefined();
  });
});

describe('exactName', () => {
  it('folds as stored names are folded, trimmed, and never spans two aliases', () => {
    expect(exactName('  ＣＩＴＩＣ ')).toBe('citic');
    expect(exactName('a\u001fb')).toBe('ab');
  });
});
