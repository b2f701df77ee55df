import { numberIn, sameNumber } from './numbers.ts';
import type { Citation, Entity, Relationship, SourceWithText, Statistic } from './shapes.ts';
import { type SourceText, type Span, withoutSpaces } from './source-text.ts';
import { ENTITY_TYPES } from './vocabulary.ts';

/**
 * The rules every fact obeys beyond its shape (shapes.ts), whether it comes from a seed file or an
 * API edit: each returns reasons, and an empty list means valid. What a rule needs to know of the
 * rest of the graph comes in as KnownFacts. A quote must be placed in its source's text
 * (source-text.ts: line breaks and spaces are ignored, because the article's text was extracted
 * from a laid-out page), and the place is what the writers store as the citation's offsets.
 */

export { withoutSpaces } from './source-text.ts';

export interface KnownFacts {
  /** Source texts by key. */
  sourceTexts: Map<string, SourceText>;
  entityKeys: Set<string>;
}

/** The longest source text a source may carry. */
export const MAX_SOURCE_TEXT = 1_000_000;

/** ISO 8601 at the source's precision: `2017`, `2020-12` or `2021-02-25`, a real calendar date. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

/** Where a fact's citations stand (undefined where one cannot be placed), and why not. */
export interface PlacedCitations {
  spans: (Span | undefined)[];
  problems: string[];
}

/**
 * Places one fact's citations in their sources: a quote that occurs once stands there; one that
 * occurs more than once stands at the occurrence nearest the fact's other citations in that source,
 * and is ambiguous when no single occurrence is nearest. `field(i)` names citation i in problems.
 */
export function placeCitations(
  citations: readonly Citation[],
  known: KnownFacts,
  field: (index: number) => string,
): PlacedCitations {
  const alone = citations.map((citation) => known.sourceTexts.get(citation.source)?.place(citation.quote));
  const spans: (Span | undefined)[] = [];
  const problems: string[] = [];
  citations.forEach((citation, i) => {
    const text = known.sourceTexts.get(citation.source);
    if (!text) {
      problems.push(`${field(i)}.source: unknown source "${citation.source}"`);
      spans.push(undefined);
      return;
    }
    const near = citations.flatMap((other, j) => {
      const span = alone[j]?.span;
      return j !== i && other.source === citation.source && span ? [span] : [];
    });
    const placed = text.place(citation.quote, { near, at: citation.start });
    spans.push(placed.span);
    if (!placed.problem) return;
    if (placed.occurrences.length === 0) {
      problems.push(
        `${field(i)}.quote: excerpt does not occur in source "${citation.source}": "${citation.quote}"`,
      );
    } else {
      const pinned = citation.start !== undefined && /does not stand at/.test(placed.problem);
      problems.push(`${field(i)}.${pinned ? 'start' : 'quote'}: "${citation.quote}" ${placed.problem}`);
    }
  });
  return { spans, problems };
}

export const citationField = (index: number) => `citations.${index}`;
export const onlyCitationField = () => 'citation';

/** Where a relationship's or a figure's one citation stands (undefined: it cannot be placed). */
export const placeCitation = (citation: Citation, known: KnownFacts): Span | undefined =>
  placeCitations([citation], known, onlyCitationField).spans[0];

function dateProblems(date: string | undefined, field: string): string[] {
  return date !== undefined && !isIsoDate(date)
    ? [`${field}: malformed date "${date}" (use YYYY, YYYY-MM or YYYY-MM-DD)`]
    : [];
}

export function sourceProblems(source: SourceWithText): string[] {
  const reasons: string[] = [];
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(source.key))
    reasons.push('key: lowercase letters, digits and dashes');
  reasons.push(...dateProblems(source.publishedOn, 'publishedOn'));
  if (source.text.trim().length === 0 || source.text.length > MAX_SOURCE_TEXT)
    reasons.push(`text: 1..${MAX_SOURCE_TEXT} characters`);
  return reasons;
}

export function entityProblems(entity: Entity, known: KnownFacts): string[] {
  const reasons: string[] = [];
  const { prefix } = ENTITY_TYPES[entity.type];
  if (!new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`).test(entity.key)) {
    reasons.push(
      `key: "${entity.key}" must look like "${prefix}:<lowercase-ascii-slug>" for type ${entity.type}`,
    );
  }
  if (entity.type === 'EVENT' && entity.date === undefined) reasons.push('date: an EVENT needs a date');
  if (entity.type !== 'EVENT' && entity.date !== undefined)
    reasons.push('date: only EVENT entities carry a date');
  reasons.push(...dateProblems(entity.date, 'date'));
  reasons.push(...placeCitations(entity.citations, known, citationField).problems);
  return reasons;
}

export function relationshipProblems(relationship: Relationship, known: KnownFacts): string[] {
  const reasons: string[] = [];
  for (const end of ['from', 'to'] as const) {
    if (!known.entityKeys.has(relationship[end])) {
      reasons.push(`${end}: no entity has the key "${relationship[end]}"`);
    }
  }
  if (relationship.from === relationship.to) reasons.push('to: a relationship cannot point to its own start');
  reasons.push(...dateProblems(relationship.date, 'date'));
  reasons.push(...placeCitations([relationship.citation], known, onlyCitationField).problems);
  return reasons;
}

export function statisticProblems(statistic: Statistic, known: KnownFacts): string[] {
  const reasons: string[] = [];
  if (!known.entityKeys.has(statistic.subject)) {
    reasons.push(`subject: no entity has the key "${statistic.subject}"`);
  }
  const stated = numberIn(statistic.valueText);
  if (stated === undefined) {
    reasons.push(`valueText: "${statistic.valueText}" states no number`);
  } else if (!sameNumber(stated, statistic.value)) {
    reasons.push(
      `value: ${statistic.value} does not match valueText "${statistic.valueText}" (which says ${stated})`,
    );
  }
  if (statistic.scope !== undefined && statistic.scopeEn === undefined)
    reasons.push('scopeEn: a scope needs its English (scopeEn)');
  if (statistic.scope === undefined && statistic.scopeEn !== undefined)
    reasons.push('scope: scopeEn is the English of a scope, and there is none');
  if (!withoutSpaces(statistic.citation.quote).includes(withoutSpaces(statistic.valueText))) {
    reasons.push(`valueText: "${statistic.valueText}" does not occur in its quote`);
  }
  reasons.push(...placeCitations([statistic.citation], known, onlyCitationField).problems);
  return reasons;
}
