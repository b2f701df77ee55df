import { basename } from 'node:path';
import {
  entityProblems,
  type KnownFacts,
  relationshipProblems,
  sourceProblems,
  statisticProblems,
} from '../domain/rules.ts';
import { type Citation, relationshipKey, statisticKey } from '../domain/shapes.ts';
import { SourceText } from '../domain/source-text.ts';
import { ENTITY_TYPES } from '../domain/vocabulary.ts';
import type { Located, Origin, SeedData, SeedProblem } from './read.ts';

/**
 * Checks a whole seed: every fact by the domain's rules (src/domain/rules.ts, the same an API edit
 * obeys), plus what only files have: unique keys across entries, and each entity in its type's file.
 */
export function validateSeed(data: SeedData): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const report = (origin: Origin, reasons: string[]) => {
    for (const reason of reasons) problems.push({ origin, reason });
  };

  const duplicates = <T>(items: Located<T>[], keyOf: (item: T) => string, what: string) => {
    const seen = new Map<string, Origin>();
    for (const item of items) {
      const key = keyOf(item.value);
      const first = seen.get(key);
      if (first)
        report(item.origin, [`duplicate ${what} "${key}" (first in ${first.file} entry ${first.index + 1})`]);
      else seen.set(key, item.origin);
    }
  };

  duplicates(data.sources, (s) => s.key, 'source key');
  duplicates(data.entities, (e) => e.key, 'entity key');
  duplicates(data.relationships, relationshipKey, 'relationship');
  duplicates(data.statistics, statisticKey, 'statistic (subject, metric, year)');

  for (const { value, origin } of data.sources) {
    const text = data.sourceTexts.get(value.key);
    // A missing text file is already a problem of reading.
    if (text !== undefined) report(origin, sourceProblems({ ...value, text }));
  }

  const known = seedKnownFacts(data);
  for (const { value, origin } of data.entities) {
    const reasons = entityProblems(value, known);
    const expectedFile = `${ENTITY_TYPES[value.type].file}.yaml`;
    if (basename(origin.file) !== expectedFile) {
      reasons.push(`type: a ${value.type} belongs in entities/${expectedFile}`);
    }
    reasons.push(...storedOffsets(value.citations, (i) => `citations.${i}`));
    report(origin, reasons);
  }
  for (const { value, origin } of data.relationships) {
    report(origin, [
      ...relationshipProblems(value, known),
      ...storedOffsets([value.citation], () => 'citation'),
    ]);
  }
  for (const { value, origin } of data.statistics) {
    report(origin, [
      ...statisticProblems(value, known),
      ...storedOffsets([value.citation], () => 'citation'),
    ]);
  }
  return problems;
}

/** What the rules know of a whole seed: its texts, to place its quotes in, and its entities. */
export const seedKnownFacts = (data: SeedData): KnownFacts => ({
  sourceTexts: new Map([...data.sourceTexts].map(([key, text]) => [key, SourceText.of(text)])),
  entityKeys: new Set(data.entities.map(({ value }) => value.key)),
});

/** Offsets are derived from the quote on every load (src/domain/source-text.ts), never kept in files. */
const storedOffsets = (citations: Citation[], field: (index: number) => string): string[] =>
  citations.flatMap((citation, i) =>
    citation.start === undefined
      ? []
      : [`${field(i)}.start: offsets are derived from the quote when the seed loads; remove it`],
  );
