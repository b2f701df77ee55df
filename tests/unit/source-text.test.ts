import { describe, expect, it } from 'vitest';
import { plainText, SourceText, sentencesOf } from '../../src/domain/source-text.ts';

/**
 * Placing quotes and finding sentences (src/domain/source-text.ts) on small texts whose answers
 * can be read off by eye; the article itself is in tests/integration/evidence.test.ts.
 */

describe('placing a quote', () => {
  it('counts offsets in code points, not UTF-16 units', () => {
    // 𠀀 (U+20000) and 🌾 are one code point each and two UTF-16 units.
    const text = new SourceText('𠀀🌾黔江区\n金溪镇。');
    expect(text.length).toBe(10);
    expect(text.place('黔江区金溪镇')).toEqual({
      span: { start: 2, end: 9 },
      occurrences: [{ start: 2, end: 9 }],
    });
    expect(text.slice(2, 9)).toBe('黔江区\n金溪镇');
    expect(text.place('🌾黔').span).toEqual({ start: 1, end: 3 });
  });

  it('ignores the page’s line breaks and spaces, and never starts or ends a span on them', () => {
    const text = new SourceText('产 业 之 一\n\n产茧98.52万公斤，\n蚕农售茧');
    expect(text.place('产业之一').span).toEqual({ start: 0, end: 7 });
    expect(text.place('公斤，蚕农').span).toEqual({ start: 17, end: 23 });
  });

  it('places a repeated quote at the occurrence nearest the fact’s other citations', () => {
    const text = new SourceText('脆红李。种植脆红李4万亩。“黔江脆红李”获商标。');
    expect(text.occurrences('脆红李').map((span) => span.start)).toEqual([0, 6, 16]);
    expect(text.place('脆红李', { near: [{ start: 4, end: 13 }] }).span).toEqual({ start: 6, end: 9 });
    expect(text.place('脆红李', { near: [{ start: 20, end: 23 }] }).span).toEqual({ start: 16, end: 19 });
  });

  it('reports a repeated quote as ambiguous when nothing, or a tie, decides: never at random', () => {
    const text = new SourceText('脆红李。种植脆红李4万亩。');
    expect(text.place('脆红李').problem).toMatch(/occurs 2 times \(at 0, 6\).*quote a longer span/);
    // Both occurrences are 1 code point from the span 4..5.
    expect(text.place('脆红李', { near: [{ start: 4, end: 5 }] }).problem).toMatch(/occurs 2 times/);
  });

  it('holds an editor’s offset to where the quote alone would be placed', () => {
    const text = new SourceText('金溪镇。\n  中塘乡。脆红李。脆红李。');
    expect(text.place('中塘乡', { at: 5 }).span).toEqual({ start: 7, end: 10 });
    expect(text.place('中塘乡', { at: 7 }).span).toEqual({ start: 7, end: 10 });
    expect(text.place('中塘乡', { at: 0 }).problem).toBe('does not stand at offset 0 (it occurs at 7)');
    expect(text.place('脆红李', { at: 11 }).problem).toMatch(/cannot be told apart: quote a longer span/);
    expect(text.place('长江', {}).problem).toBe('does not occur in the text');
  });
});

describe('sentences of a laid-out page', () => {
  const page = [
    '产 业 之 一',
    '',
    '蚕桑 万缕千丝织绘小康盛景',
    '',
    '2020年，全区实现产茧7万担。黔江积极鼓励有能力的贫困户种桑养',
    '',
    '蚕，发动贫困户务工就业。获得了“中国蚕桑之乡”',
    '',
    '“桑蚕茧国家地理标志”4个国家级品牌。',
  ].join('\n');
  const text = new SourceText(page);
  const plain = text.sentences().map((s) => plainText(text.slice(s.start, s.end)));

  it('ends running text at full stops, across the blank lines the columns put inside sentences', () => {
    expect(plain).toEqual([
      '产业之一',
      '蚕桑万缕千丝织绘小康盛景',
      '2020年，全区实现产茧7万担。',
      '黔江积极鼓励有能力的贫困户种桑养蚕，发动贫困户务工就业。',
      '获得了“中国蚕桑之乡”“桑蚕茧国家地理标志”4个国家级品牌。',
    ]);
  });

  it('numbers sentences and finds those a span overlaps', () => {
    expect(sentencesOf(Array.from('一。二！三？”四')).map((s) => [s.index, s.start, s.end])).toEqual([
      [0, 0, 2],
      [1, 2, 4],
      [2, 4, 7],
      [3, 7, 8],
    ]);
    const span = text.place('7万担。黔江积极').span;
    expect(span && text.sentencesOverlapping(span).map((s) => s.index)).toEqual([2, 3]);
    expect(text.supportedSentences([span ?? { start: 0, end: 0 }])).toEqual([
      false,
      false,
      true,
      true,
      false,
    ]);
  });

  it('reads a span without the page’s line breaks, keeping the spaces between Latin words', () => {
    expect(plainText('149 户贫困户，\n养蚕 1933.65张')).toBe('149户贫困户，养蚕1933.65张');
    expect(plainText('Qianjiang District\n黔江')).toBe('Qianjiang District黔江');
  });
});
