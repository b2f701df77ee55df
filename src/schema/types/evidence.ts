import type { Context } from '../../context.ts';
import type { Sentence, SourceText, Span } from '../../domain/source-text.ts';
import { plainText } from '../../domain/source-text.ts';
import { badInput } from '../../errors.ts';
import type { CitedSpanRow, PlacedFact } from '../../graph/evidence.ts';
import type { CitationRow } from '../../graph/storage.ts';
import { pageArgs, pageSize } from '../arguments.ts';
import { builder } from '../builder.ts';
import { connectionType } from '../connection.ts';
import { afterKey, afterOffset, connection, keyCursor, offsetCursor } from '../pagination.ts';
import { CitationRef, EntityRef, RelationshipRef, SourceRef, StatisticRef } from '../refs.ts';

/**
 * Evidence: where each citation stands in its source's text (offsets in code points, see
 * src/domain/source-text.ts), the sentence around it, the W3C Web Annotation selectors, and the
 * source's text, passages, sentences, cited spans and coverage. Everything textual is read from the
 * stored text the loader checked every quote against; offsets were stored when the fact was written.
 */

/** How much text a TextQuoteSelector's prefix and suffix carry, in code points. */
const SELECTOR_CONTEXT = 32;
/** The most sentences a passage may add on each side of its span. */
const MAX_PASSAGE_CONTEXT = 20;

interface SentenceRow extends Sentence {
  source: string;
}
interface PassageRow extends Span {
  source: string;
  sentences: SentenceRow[];
}
interface CitedSpan extends CitedSpanRow {
  source: string;
}
interface Coverage {
  source: string;
  sentences: number;
  supported: number;
}

async function textOf(ctx: Context, source: string): Promise<SourceText> {
  const text = await ctx.loaders.sourceText.load(source);
  if (!text) throw new Error(`source ${source} has no stored text`);
  return text;
}

const located = (citation: CitationRow): Span | undefined =>
  citation.start === null || citation.end === null ? undefined : { start: citation.start, end: citation.end };

/** Support by sentence, kept per request's placed citations: every Sentence.supported of a page reads it. */
const supportBySentence = new WeakMap<readonly PlacedFact[], boolean[]>();

/** Which sentences of a source its placed citations support, by sentence index. */
async function supportedSentences(ctx: Context, source: string): Promise<boolean[]> {
  const [text, placed] = await Promise.all([textOf(ctx, source), ctx.loaders.placed.load(source)]);
  let supported = supportBySentence.get(placed);
  if (!supported) {
    supported = text.supportedSentences(placed);
    supportBySentence.set(placed, supported);
  }
  return supported;
}

const sentenceRows = (source: string, sentences: readonly Sentence[]): SentenceRow[] =>
  sentences.map((sentence) => ({ ...sentence, source }));

const SentenceRef = builder.objectRef<SentenceRow>('Sentence').implement({
  description:
    "A sentence of a source's text, or a headline, caption or other line that stands alone. Offsets in code points, end excluded.",
  fields: (t) => ({
    index: t.exposeInt('index', { description: "Position among the source's sentences, from 0." }),
    start: t.exposeInt('start', { description: 'Offset of its first character.' }),
    end: t.exposeInt('end', { description: 'Offset just past its last character.' }),
    text: t.string({
      description: "As written in the stored text, with the page's line breaks.",
      resolve: async (sentence, _args, ctx) =>
        (await textOf(ctx, sentence.source)).slice(sentence.start, sentence.end),
    }),
    plain: t.string({
      description:
        'As one reads it: without the line breaks and the spaces the page put inside Chinese text.',
      resolve: async (sentence, _args, ctx) =>
        plainText((await textOf(ctx, sentence.source)).slice(sentence.start, sentence.end)),
    }),
    supported: t.boolean({
      description: 'Whether at least one fact cites a span within it.',
      resolve: async (sentence, _args, ctx) =>
        (await supportedSentences(ctx, sentence.source))[sentence.index] === true,
    }),
  }),
});

const TextQuoteSelectorRef = builder
  .objectRef<{ exact: string; prefix: string; suffix: string }>('TextQuoteSelector')
  .implement({
    description:
      'W3C Web Annotation TextQuoteSelector (https://www.w3.org/TR/annotation-model/#text-quote-selector): the span as written, with the text just before and after it.',
    fields: (t) => ({
      type: t.string({ description: 'Always `TextQuoteSelector`.', resolve: () => 'TextQuoteSelector' }),
      exact: t.exposeString('exact', { description: 'The span, exactly as in the stored text.' }),
      prefix: t.exposeString('prefix', { description: `Up to ${SELECTOR_CONTEXT} characters before it.` }),
      suffix: t.exposeString('suffix', { description: `Up to ${SELECTOR_CONTEXT} characters after it.` }),
    }),
  });

const TextPositionSelectorRef = builder.objectRef<Span>('TextPositionSelector').implement({
  description:
    'W3C Web Annotation TextPositionSelector (https://www.w3.org/TR/annotation-model/#text-position-selector): code-point offsets into the stored text, end excluded.',
  fields: (t) => ({
    type: t.string({ description: 'Always `TextPositionSelector`.', resolve: () => 'TextPositionSelector' }),
    start: t.exposeInt('start', { description: 'Offset of the first character.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
  }),
});

CitationRef.implement({
  description:
    "Provenance: the document and the exact excerpt (at most one sentence) that states a fact, and where it stands in the document's text.",
  fields: (t) => ({
    quote: t.exposeString('quote', {
      description: "The excerpt as the fact states it (without the page's line breaks).",
    }),
    source: t.field({
      type: SourceRef,
      description: 'The document it comes from.',
      resolve: async (citation, _args, ctx) => {
        const source = await ctx.loaders.source.load(citation.source);
        if (!source) throw new Error(`cited source ${citation.source} is missing`);
        return source;
      },
    }),
    start: t.int({
      nullable: true,
      description:
        'Offset of the span in `source.text`, in Unicode code points of the stored text (no normalisation). Null only for a citation written before offsets existed that the loader could not place.',
      resolve: (citation) => citation.start,
    }),
    end: t.int({
      nullable: true,
      description: 'Offset just past the span (end excluded), in code points.',
      resolve: (citation) => citation.end,
    }),
    exact: t.string({
      nullable: true,
      description: "The span as written in the source, with the page's line breaks and spaces.",
      resolve: async (citation, _args, ctx) => {
        const span = located(citation);
        return span ? (await textOf(ctx, citation.source)).slice(span.start, span.end) : null;
      },
    }),
    sentence: t.field({
      type: SentenceRef,
      nullable: true,
      description: 'The sentence the span stands in (the first, should it run over a sentence end).',
      resolve: async (citation, _args, ctx) => {
        const span = located(citation);
        if (!span) return null;
        const [sentence] = (await textOf(ctx, citation.source)).sentencesOverlapping(span);
        return sentence ? { ...sentence, source: citation.source } : null;
      },
    }),
    textQuoteSelector: t.field({
      type: TextQuoteSelectorRef,
      nullable: true,
      description: 'The span as a W3C TextQuoteSelector.',
      resolve: async (citation, _args, ctx) => {
        const span = located(citation);
        if (!span) return null;
        const text = await textOf(ctx, citation.source);
        return {
          exact: text.slice(span.start, span.end),
          prefix: text.slice(span.start - SELECTOR_CONTEXT, span.start),
          suffix: text.slice(span.end, span.end + SELECTOR_CONTEXT),
        };
      },
    }),
    textPositionSelector: t.field({
      type: TextPositionSelectorRef,
      nullable: true,
      description: 'The span as a W3C TextPositionSelector.',
      resolve: (citation) => located(citation) ?? null,
    }),
  }),
});

const PassageRef = builder.objectRef<PassageRow>('Passage').implement({
  description: 'A stretch of a source: a span widened to whole sentences, with sentences around it.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of its first character.' }),
    end: t.exposeInt('end', { description: 'Offset just past its last character.' }),
    text: t.string({
      description: 'The passage as written in the stored text.',
      resolve: async (passage, _args, ctx) =>
        (await textOf(ctx, passage.source)).slice(passage.start, passage.end),
    }),
    sentences: t.field({
      type: [SentenceRef],
      description: 'Its sentences, in text order.',
      resolve: (passage) => passage.sentences,
    }),
  }),
});

const CitedSpanRef = builder.objectRef<CitedSpan>('CitedSpan').implement({
  description: 'A span of a source that facts cite, and those facts.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of its first character (code points).' }),
    end: t.exposeInt('end', { description: 'Offset just past its last character.' }),
    exact: t.string({
      description: 'The span as written.',
      resolve: async (span, _args, ctx) => (await textOf(ctx, span.source)).slice(span.start, span.end),
    }),
    sentence: t.field({
      type: SentenceRef,
      description: 'The sentence it stands in.',
      resolve: async (span, _args, ctx) => {
        const [sentence] = (await textOf(ctx, span.source)).sentencesOverlapping(span);
        if (!sentence) throw new Error(`span ${span.start}-${span.end} of ${span.source} is in no sentence`);
        return { ...sentence, source: span.source };
      },
    }),
    entities: t.field({
      type: [EntityRef],
      description: 'Entities citing exactly this span.',
      resolve: (span, _args, ctx) => factsOf(span, 'entity', (key) => ctx.loaders.entity.load(key)),
    }),
    relationships: t.field({
      type: [RelationshipRef],
      description: 'Relationships citing exactly this span.',
      resolve: (span, _args, ctx) =>
        factsOf(span, 'relationship', (key) => ctx.loaders.relationship.load(key)),
    }),
    statistics: t.field({
      type: [StatisticRef],
      description: 'Figures citing exactly this span.',
      resolve: (span, _args, ctx) => factsOf(span, 'statistic', (key) => ctx.loaders.statistic.load(key)),
    }),
  }),
});

async function factsOf<Row extends object>(
  span: CitedSpan,
  kind: PlacedFact['kind'],
  load: (key: string) => Promise<Row | undefined>,
): Promise<Row[]> {
  const found: Row[] = [];
  const keys = span.facts.filter((fact) => fact.kind === kind).map((fact) => fact.key);
  for (const row of await Promise.all(keys.map(load))) if (row !== undefined) found.push(row);
  return found;
}

const TextCoverageRef = builder.objectRef<Coverage>('TextCoverage').implement({
  description:
    "How much of a source's text the graph rests on: its sentences, and how many of them at least one fact cites. The sentences that support none are `Source.sentences(supported: false)`, the curators' to-do list.",
  fields: (t) => ({
    sentences: t.exposeInt('sentences', {
      description: 'Sentences in the text (headlines and captions included).',
    }),
    supported: t.exposeInt('supported', { description: 'Sentences that at least one fact cites.' }),
    unsupported: t.int({
      description: 'Sentences no fact cites.',
      resolve: (coverage) => coverage.sentences - coverage.supported,
    }),
    share: t.float({
      description: 'supported / sentences, from 0 to 1.',
      resolve: (coverage) => (coverage.sentences ? coverage.supported / coverage.sentences : 0),
    }),
  }),
});

const SentenceConnectionRef = connectionType(SentenceRef, 'Sentence', 'sentences');
const CitedSpanConnectionRef = connectionType(CitedSpanRef, 'CitedSpan', 'cited spans');

/** Cursors of cited spans: the span's offsets, so a page after one is stable while facts change. */
const spanCursor = (span: Span) => keyCursor(`${span.start}-${span.end}`);
function afterSpan(after: string | null | undefined): Span | undefined {
  const key = afterKey(after);
  if (key === undefined) return undefined;
  const match = /^(\d+)-(\d+)$/.exec(key);
  if (!match) throw badInput('`after` is not a cursor of this list.', 'after');
  return { start: Number(match[1]), end: Number(match[2]) };
}

/** An offset argument: a whole number within the text. */
function offsetArgument(value: number, length: number, argument: string): number {
  if (value < 0 || value > length)
    throw badInput(
      `\`${argument}\` must be an offset within the text, 0..${length}; got ${value}.`,
      argument,
    );
  return value;
}

builder.objectFields(SourceRef, (t) => ({
  text: t.string({
    description:
      'The whole text, as stored and checked by the loader: every citation offset counts code points into it.',
    resolve: async (source, _args, ctx) => (await textOf(ctx, source.key)).text,
  }),
  length: t.int({
    description: 'Length of the text in code points.',
    resolve: async (source, _args, ctx) => (await textOf(ctx, source.key)).length,
  }),
  passage: t.field({
    type: PassageRef,
    description:
      'The text around a span: `start`..`end` widened to the sentences it touches, plus `context` sentences on each side.',
    args: {
      start: t.arg.int({
        required: true,
        description: "Offset of the span (code points), e.g. a citation's `start`.",
      }),
      end: t.arg.int({ required: true, description: 'Offset just past the span.' }),
      context: t.arg.int({
        defaultValue: 0,
        description: `Whole sentences to add before and after, 0..${MAX_PASSAGE_CONTEXT}.`,
      }),
    },
    resolve: async (source, args, ctx) => {
      const text = await textOf(ctx, source.key);
      const start = offsetArgument(args.start, text.length, 'start');
      const end = offsetArgument(args.end, text.length, 'end');
      if (end < start) throw badInput(`\`end\` (${end}) must not be before \`start\` (${start}).`, 'end');
      const context = args.context ?? 0;
      if (context < 0 || context > MAX_PASSAGE_CONTEXT)
        throw badInput(
          `\`context\` must be between 0 and ${MAX_PASSAGE_CONTEXT}; got ${context}.`,
          'context',
        );
      const touched = text.sentencesOverlapping({ start, end });
      const all = text.sentences();
      const first = touched[0] ? Math.max(0, touched[0].index - context) : undefined;
      const last = touched.at(-1)
        ? Math.min(all.length - 1, (touched.at(-1) as Sentence).index + context)
        : undefined;
      const sentences = first === undefined || last === undefined ? [] : all.slice(first, last + 1);
      return {
        source: source.key,
        start: Math.min(start, sentences[0]?.start ?? start),
        end: Math.max(end, sentences.at(-1)?.end ?? end),
        sentences: sentenceRows(source.key, sentences),
      };
    },
  }),
  sentences: t.field({
    type: SentenceConnectionRef,
    description: 'The sentences of the text, in text order; `supported: false` gives those no fact cites.',
    args: {
      ...pageArgs(t.arg, 50),
      supported: t.arg.boolean({
        description: 'Only sentences that some fact cites (true) or none does (false).',
      }),
    },
    resolve: async (source, args, ctx) => {
      const first = pageSize(args.first, 50);
      const offset = afterOffset(args.after);
      const text = await textOf(ctx, source.key);
      let sentences = text.sentences();
      if (args.supported != null) {
        const supported = await supportedSentences(ctx, source.key);
        sentences = sentences.filter((sentence) => supported[sentence.index] === args.supported);
      }
      const rows = sentenceRows(source.key, sentences.slice(offset, offset + first));
      return connection(
        rows,
        (_row, i) => offsetCursor(offset + i),
        sentences.length,
        offset + first < sentences.length,
        offset > 0,
      );
    },
  }),
  citations: t.field({
    type: CitedSpanConnectionRef,
    description: 'The spans of the text that facts cite, in text order, each with the facts citing it.',
    args: pageArgs(t.arg, 50),
    resolve: async (source, args, ctx) => {
      const after = afterSpan(args.after);
      const page = await ctx.repos.evidence.spans(source.key, pageSize(args.first, 50), after);
      const rows = page.rows.map((row) => ({ ...row, source: source.key }));
      return connection(rows, spanCursor, page.total, page.hasNextPage, after !== undefined);
    },
  }),
  coverage: t.field({
    type: TextCoverageRef,
    description: 'What share of the sentences at least one fact cites.',
    resolve: async (source, _args, ctx) => {
      const supported = await supportedSentences(ctx, source.key);
      return {
        source: source.key,
        sentences: supported.length,
        supported: supported.filter(Boolean).length,
      };
    },
  }),
}));

builder.queryField('source', (t) =>
  t.field({
    type: SourceRef,
    nullable: true,
    description: 'One source document by key, e.g. `qianjiang-2021-04-15`; null when there is none.',
    args: { key: t.arg.string({ required: true, description: 'The source key.' }) },
    resolve: async (_root, args, ctx) => (await ctx.loaders.source.load(args.key)) ?? null,
  }),
);
