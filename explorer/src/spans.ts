/**
 * The reading view's arithmetic, without a DOM: code points, the layering of cited spans into flat
 * segments, and the quote an editor's selection stands for. Offsets are Unicode code points into the
 * source's text, end excluded, as the API counts them; a JavaScript string index counts UTF-16 units,
 * so every conversion goes through `Array.from`.
 */

export interface Range {
  start: number;
  end: number;
}

/** `1520-1543` -> { start: 1520, end: 1543 }; anything else (reversed, empty, not numbers) -> null. */
export function parseSpan(value: string | null): Range | null {
  const match = /^(\d{1,7})-(\d{1,7})$/.exec(value?.trim() ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}

/** The span as the address and the page's data-span attributes write it: `1520-1543`. */
export const spanParam = (range: Range): string => `${range.start}-${range.end}`;

/** A stretch of text between two span boundaries, drawn as one element. */
export interface Segment extends Range {
  /** Index of the span drawn on top here (the innermost one), or null for uncited text. */
  owner: number | null;
  /** How many spans cover it: 2 and more is an overlap, drawn darker. */
  depth: number;
}

/** The text's characters, one per code point: index i is code point i. */
export const codePoints = (text: string): string[] => Array.from(text);

/** How many code points the first `units` UTF-16 units of `text` hold. */
export const codePointLength = (text: string, units = text.length): number =>
  Array.from(text.slice(0, units)).length;

/**
 * Cuts `[0, length)` at every boundary of `spans` and gives each piece to the innermost span covering
 * it (the shortest; on a tie, the one starting later, then the later one in the list), so a span inside
 * another stays clickable and the outer one remains clickable around it. Adjacent pieces with the same
 * owner and depth are merged. Spans outside the text are clipped.
 */
export function layer(length: number, spans: readonly Range[]): Segment[] {
  const clipped = spans.map(({ start, end }) => ({
    start: Math.max(0, Math.min(start, length)),
    end: Math.max(0, Math.min(end, length)),
  }));
  const cuts = new Set<number>([0, length]);
  for (const { start, end } of clipped) {
    cuts.add(start);
    cuts.add(end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i] ?? 0;
    const end = sorted[i + 1] ?? length;
    if (end <= start) continue;
    let owner: number | null = null;
    let depth = 0;
    clipped.forEach((span, index) => {
      if (span.start > start || span.end < end) return;
      depth++;
      const current = owner === null ? undefined : clipped[owner];
      if (!current || innerFirst(span, index, current, owner ?? -1) < 0) owner = index;
    });
    const last = segments.at(-1);
    if (last && last.owner === owner && last.depth === depth && last.end === start) last.end = end;
    else segments.push({ start, end, owner, depth });
  }
  return segments;
}

function innerFirst(a: Range, aIndex: number, b: Range, bIndex: number): number {
  return a.end - a.start - (b.end - b.start) || b.start - a.start || bIndex - aIndex;
}

/** The segments a range covers in part or whole. */
export const segmentsIn = (segments: readonly Segment[], range: Range): Segment[] =>
  segments.filter((segment) => segment.start < range.end && segment.end > range.start);

/** Narrows a range of `chars` so that it neither starts nor ends with whitespace (null if nothing is left). */
export function trimRange(chars: readonly string[], range: Range): Range | null {
  let { start, end } = range;
  while (start < end && /\s/u.test(chars[start] ?? '')) start++;
  while (end > start && /\s/u.test(chars[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
const LAYOUT_SPACE = new RegExp(`(?<=[${CJK}])[ \\t\\u3000]+|[ \\t\\u3000]+(?=[${CJK}])`, 'gu');

/**
 * The quote to cite for a selection of the stored text: the text as selected, without the page
 * layout's line breaks and the spaces the extraction put next to Chinese characters (a space between
 * two Latin words stays). The API matches a quote against the text ignoring exactly these.
 */
export function quoteOf(selected: string): string {
  return selected
    .replace(/[ \t]*\r?\n[ \t]*/g, '')
    .replace(LAYOUT_SPACE, '')
    .trim();
}
