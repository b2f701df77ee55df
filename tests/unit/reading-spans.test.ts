import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  codePoints,
  layer,
  parseSpan,
  quoteOf,
  segmentsIn,
  spanParam,
  trimRange,
} from '../../explorer/src/spans.ts';
import { fromRoot } from '../../src/project-root.ts';

/** The explorer's reading-view arithmetic (explorer/src/spans.ts) and its address (url-state.ts). */

const ARTICLE = readFileSync(fromRoot('seed', 'sources', 'qianjiang-2021-04-15.txt'), 'utf8');

describe('code points', () => {
  it('counts a character outside the BMP once, where a string index counts it twice', () => {
    const text = '𠀀黔江'; // U+20000 is two UTF-16 units
    expect(text.length).toBe(4);
    expect(codePoints(text)).toEqual(['𠀀', '黔', '江']);
    expect(codePointLength(text, 2)).toBe(1);
    expect(codePointLength(text, 3)).toBe(2);
  });
});

describe('layering cited spans', () => {
  it('gives each piece to the innermost span, the outer one keeping what lies around it', () => {
    // 0123456789: an outer span 1-9, one inside it 3-5, one crossing its end 8-10.
    const segments = layer(10, [
      { start: 1, end: 9 },
      { start: 3, end: 5 },
      { start: 8, end: 10 },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 1, owner: null, depth: 0 },
      { start: 1, end: 3, owner: 0, depth: 1 },
      { start: 3, end: 5, owner: 1, depth: 2 },
      { start: 5, end: 8, owner: 0, depth: 1 },
      { start: 8, end: 9, owner: 2, depth: 2 },
      { start: 9, end: 10, owner: 2, depth: 1 },
    ]);
    expect(segmentsIn(segments, { start: 1, end: 9 }).map((segment) => segment.start)).toEqual([1, 3, 5, 8]);
  });

  it('covers the whole text without gaps, and clips spans that run past it', () => {
    const segments = layer(5, [{ start: 3, end: 12 }]);
    expect(segments.at(-1)).toEqual({ start: 3, end: 5, owner: 0, depth: 1 });
    expect(segments.map((segment) => [segment.start, segment.end])).toEqual([
      [0, 3],
      [3, 5],
    ]);
  });
});

describe('the quote of a selection', () => {
  it('drops the layout: line breaks and the spaces beside Chinese, not a space between Latin words', () => {
    expect(quoteOf('黔江区地处渝东南中心和武陵山区腹\n地，属于')).toBe(
      '黔江区地处渝东南中心和武陵山区腹地，属于',
    );
    expect(quoteOf('产 业 之 一')).toBe('产业之一');
    expect(quoteOf('国家5A级 旅游景区')).toBe('国家5A级旅游景区');
    expect(quoteOf('CITIC Group')).toBe('CITIC Group');
  });

  it('trims a selection that starts or ends on whitespace, in the stored article', () => {
    const chars = codePoints(ARTICLE);
    const at = ARTICLE.indexOf('黔江区地处');
    const start = codePointLength(ARTICLE, at);
    const range = trimRange(chars, { start: start - 2, end: start + 5 });
    expect(range).toEqual({ start, end: start + 5 });
    expect(chars.slice(start, start + 5).join('')).toBe('黔江区地处');
    expect(trimRange(chars, { start: start - 1, end: start })).toBeNull();
  });
});

describe('the span in the address', () => {
  it('reads and writes span=start-end', () => {
    expect(parseSpan('120-146')).toEqual({ start: 120, end: 146 });
    expect(spanParam({ start: 120, end: 146 })).toBe('120-146');
  });

  it('ignores a span that is reversed, empty or not two numbers', () => {
    for (const value of ['146-120', '5-5', '1-', 'a-b', '-3-4', '1-2-3']) expect(parseSpan(value)).toBeNull();
  });
});
