/**
 * Where a quote stands in its source's text, and the text's sentences.
 *
 * Offsets count Unicode code points (not UTF-16 units, not bytes) into the stored text exactly as
 * its UTF-8 file decodes: no Unicode normalisation, line breaks as stored (LF). `end` is excluded,
 * so `Array.from(text).slice(start, end).join('')` is the span; this is also what the W3C Web
 * Annotation TextPositionSelector counts. A quote matches a span when both are equal with all
 * whitespace removed, since the article's text was extracted from a laid-out page (line breaks inside
 * sentences, spaces inside Chinese text); a span starts and ends on a non-space character.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Position among the text's sentences, from 0. */
  index: number;
}

/** Where a quote was placed, or why it could not be. */
export type Placement =
  | { span: Span; occurrences: Span[]; problem?: undefined }
  | { span?: undefined; occurrences: Span[]; problem: string };

/** Ends a sentence: 。！？ (full and half width) and …, with the closing marks that follow them. */
const TERMINAL = /[。！？!?…]/u;
const CLOSING = /[”’」』）)》〉】"']/u;
/**
 * A block of the page (between blank lines) without any of these is a headline, a caption or the
 * masthead: a sentence of its own. A block with them is running text, whose sentences the page's
 * columns break anywhere, blank lines included.
 */
const RUNNING_TEXT = /[。！？!?…，、；：,;:]/u;
const WHITESPACE = /\s/u;

const CACHED = 8;
const built = new Map<string, SourceText>();

export class SourceText {
  /** The text as code points: offsets index this. */
  readonly codePoints: readonly string[];
  /** The text without whitespace, and for each of its UTF-16 units the code point it came from. */
  private readonly stripped: string;
  private readonly strippedFrom: Int32Array;
  private sentenceList: Sentence[] | undefined;

  /**
   * The SourceText of a text, shared: building one walks the whole text, and sources are never
   * replaced, so the few in use stay built (the least recently used beyond CACHED are dropped).
   */
  static of(text: string): SourceText {
    const cached = built.get(text);
    if (cached) {
      built.delete(text);
      built.set(text, cached);
      return cached;
    }
    const made = new SourceText(text);
    built.set(text, made);
    if (built.size > CACHED) built.delete(built.keys().next().value as string);
    return made;
  }

  constructor(readonly text: string) {
    this.codePoints = Array.from(text);
    let stripped = '';
    const from: number[] = [];
    this.codePoints.forEach((char, index) => {
      if (WHITESPACE.test(char)) return;
      stripped += char;
      for (let unit = 0; unit < char.length; unit++) from.push(index);
    });
    this.stripped = stripped;
    this.strippedFrom = Int32Array.from(from);
  }

  /** Length in code points. */
  get length(): number {
    return this.codePoints.length;
  }

  /** The text from `start` to `end` (code points, end excluded), clamped to the text. */
  slice(start: number, end: number): string {
    return this.codePoints.slice(Math.max(0, start), Math.max(0, end)).join('');
  }

  /** Every place the quote stands, whitespace ignored, in text order (overlapping ones included). */
  occurrences(quote: string): Span[] {
    const needle = withoutSpaces(quote);
    if (needle.length === 0) return [];
    const found: Span[] = [];
    for (let at = this.stripped.indexOf(needle); at >= 0; at = this.stripped.indexOf(needle, at + 1)) {
      found.push({
        start: this.strippedFrom[at] as number,
        end: (this.strippedFrom[at + needle.length - 1] as number) + 1,
      });
    }
    return found;
  }

  /**
   * Places a quote: its only occurrence; else the one nearest the fact's other citations (`near`);
   * else, when no single one is nearest, nothing: the quote is ambiguous and never placed at random.
   * `at` pins the occurrence an editor selected (leading whitespace skipped); it must be where the
   * quote alone would be placed, since offsets are derived again from the quote on the next load.
   */
  place(quote: string, options: { near?: readonly Span[]; at?: number } = {}): Placement {
    const occurrences = this.occurrences(quote);
    if (occurrences.length === 0) return { occurrences, problem: 'does not occur in the text' };
    const chosen = occurrences.length === 1 ? occurrences[0] : nearest(occurrences, options.near ?? []);
    if (options.at !== undefined) {
      const at = this.skipWhitespace(options.at);
      const selected = occurrences.find((span) => span.start === at);
      if (!selected) {
        return {
          occurrences,
          problem: `does not stand at offset ${options.at} (it occurs at ${listStarts(occurrences)})`,
        };
      }
      if (chosen?.start !== selected.start) {
        return {
          occurrences,
          problem: `occurs ${occurrences.length} times (at ${listStarts(occurrences)}); from the quote alone, as the seed stores it, the one at ${options.at} cannot be told apart: quote a longer span`,
        };
      }
    }
    if (!chosen) {
      return {
        occurrences,
        problem: `occurs ${occurrences.length} times (at ${listStarts(occurrences)}) and no other citation of the fact is nearest one of them: quote a longer span`,
      };
    }
    return { span: chosen, occurrences };
  }

  /** The sentences, in text order (see sentencesOf). */
  sentences(): readonly Sentence[] {
    this.sentenceList ??= sentencesOf(this.codePoints);
    return this.sentenceList;
  }

  /** The sentences a span overlaps (an empty span: the one it stands in), in text order. */
  sentencesOverlapping(span: Span): Sentence[] {
    const sentences = this.sentences();
    const end = Math.max(span.end, span.start + 1);
    let low = 0;
    let high = sentences.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sentences[middle] as Sentence).end <= span.start) low = middle + 1;
      else high = middle;
    }
    const found: Sentence[] = [];
    for (let i = low; i < sentences.length && (sentences[i] as Sentence).start < end; i++) {
      found.push(sentences[i] as Sentence);
    }
    return found;
  }

  /** For each sentence, whether one of the spans overlaps it (what the text's coverage counts). */
  supportedSentences(spans: Iterable<Span>): boolean[] {
    const supported = this.sentences().map(() => false);
    for (const span of spans) {
      if (span.end <= span.start) continue;
      for (const sentence of this.sentencesOverlapping(span)) supported[sentence.index] = true;
    }
    return supported;
  }

  private skipWhitespace(offset: number): number {
    let at = Math.max(0, offset);
    while (at < this.codePoints.length && WHITESPACE.test(this.codePoints[at] as string)) at++;
    return at;
  }
}

/** The text without any whitespace: how quotes are compared with the page's text. */
export const withoutSpaces = (text: string): string => text.replace(/\s+/gu, '');

/** The text of a span as one reads it: without the page's line breaks and the spaces inside Chinese. */
export function plainText(text: string): string {
  return text
    .replace(/\s*\n\s*/gu, '')
    .replace(/(?<=[^\x20-\x7e])[ \t\u3000]+|[ \t\u3000]+(?=[^\x20-\x7e])/gu, '');
}

/** Code points between two spans; 0 when they touch or overlap. */
export const distance = (a: Span, b: Span): number => Math.max(0, a.start - b.end, b.start - a.end);

function nearest(occurrences: readonly Span[], near: readonly Span[]): Span | undefined {
  if (near.length === 0) return undefined;
  const scored = occurrences.map((span) => ({
    span,
    score: Math.min(...near.map((other) => distance(span, other))),
  }));
  const best = Math.min(...scored.map(({ score }) => score));
  const winners = scored.filter(({ score }) => score === best);
  return winners.length === 1 ? winners[0]?.span : undefined;
}

const listStarts = (spans: readonly Span[]): string =>
  spans
    .slice(0, 5)
    .map((span) => span.start)
    .join(', ') + (spans.length > 5 ? ' ...' : '');

/**
 * A laid-out page's sentences: running text ends a sentence after 。！？!?… and any closing marks;
 * a block between blank lines that has no sentence or clause punctuation at all (a headline, a
 * caption, the masthead) is one sentence of its own. Each sentence is trimmed of whitespace.
 */
export function sentencesOf(codePoints: readonly string[]): Sentence[] {
  const spans: Span[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    let last = end;
    while (last > start && WHITESPACE.test(codePoints[last - 1] as string)) last--;
    if (last > start) spans.push({ start, end: last });
    start = -1;
  };
  for (const block of blocksOf(codePoints)) {
    const running = RUNNING_TEXT.test(codePoints.slice(block.start, block.end).join(''));
    if (!running) {
      close(block.start);
      start = block.start;
      close(block.end);
      continue;
    }
    for (let i = block.start; i < block.end; i++) {
      const char = codePoints[i] as string;
      if (start < 0) {
        if (WHITESPACE.test(char)) continue;
        start = i;
      }
      if (TERMINAL.test(char)) {
        let end = i + 1;
        while (
          end < block.end &&
          (TERMINAL.test(codePoints[end] as string) || CLOSING.test(codePoints[end] as string))
        )
          end++;
        close(end);
        i = end - 1;
      }
    }
  }
  close(codePoints.length);
  return spans.map((span, index) => ({ ...span, index }));
}

/** Blocks of non-blank lines, separated by blank lines; each without its surrounding whitespace. */
function blocksOf(codePoints: readonly string[]): Span[] {
  const blocks: Span[] = [];
  let lineStart = 0;
  let blockStart = -1;
  let blockEnd = -1;
  for (let i = 0; i <= codePoints.length; i++) {
    if (i < codePoints.length && codePoints[i] !== '\n') continue;
    const line = codePoints.slice(lineStart, i);
    const first = line.findIndex((char) => !WHITESPACE.test(char));
    if (first < 0) {
      if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
      blockStart = -1;
    } else {
      let last = line.length;
      while (last > 0 && WHITESPACE.test(line[last - 1] as string)) last--;
      if (blockStart < 0) blockStart = lineStart + first;
      blockEnd = lineStart + last;
    }
    lineStart = i + 1;
  }
  if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd });
  return blocks;
}
