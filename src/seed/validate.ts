import { basename } from 'node:path';
import { ENTITY_TYPES, isEntityType, isIsoDate, isRelationshipType } from '../model.ts';
import {
  type Citation,
  type Located,
  type Origin,
  relationshipKey,
  type SeedEntity,
  type SeedRelationship,
  type SeedStatistic,
  statisticKey,
} from './format.ts';
import { numberIn, sameNumber } from './numbers.ts';
import type { SeedData, SeedProblem } from './read.ts';

/**
 * The rules every fact obeys, whether it comes from a seed file or (later) an API edit. Each rule
 * returns reasons; an empty list means valid. Comparing quotes ignores line breaks and spaces,
 * because the article's text was extracted from a laid-out page.
 */

export const withoutSpaces = (text: string): string => text.replace(/\s+/gu, '');

export interface KnownFacts {
  /** Source texts by key, already stripped of spaces. */
  sourceTexts: Map<string, string>;
  entityKeys: Set<string>;
}

export function citationProblems(citation: Citation, known: KnownFacts, field = 'citation'): string[] {
  const text = known.sourceTexts.get(citation.source);
  if (text === undefined) return [`${field}.source: unknown source "${citation.source}"`];
  if (!text.includes(withoutSpaces(citation.quote))) {
    return [`${field}.quote: excerpt does not occur in source "${citation.source}": "${citation.quote}"`];
  }
  return [];
}

function dateProblems(date: string | undefined, field: string): string[] {
  return date !== undefined && !isIsoDate(date)
    ? [`${field}: malformed date "${date}" (use YYYY, YYYY-MM or YYYY-MM-DD)`]
    : [];
}

export function entityProblems(entity: SeedEntity, known: KnownFacts): string[] {
  const reasons: string[] = [];
  if (!isEntityType(entity.type)) {
    reasons.push(
      `type: unknown entity type "${entity.type}" (allowed: ${Object.keys(ENTITY_TYPES).join(', ')})`,
    );
  } else {
    const { prefix } = ENTITY_TYPES[entity.type];
    if (!new RegExp(`^${prefix}:[a-z0-9][a-z0-9-]*$`).test(entity.key)) {
      reasons.push(
        `key: "${entity.key}" must look like "${prefix}:<lowercase-ascii-slug>" for type ${entity.type}`,
      );
    }
    if (entity.type === 'EVENT' && entity.date === undefined) reasons.push('date: an EVENT needs a date');
  }
  if (entity.type !== 'EVENT' && entity.date !== undefined)
    reasons.push('date: only EVENT entities carry a date');
  reasons.push(...dateProblems(entity.date, 'date'));
  entity.citations.forEach((citation, i) => {
    reasons.push(...citationProblems(citation, known, `citations.${i}`));
  });
  return reasons;
}

export function relationshipProblems(relationship: SeedRelationship, known: KnownFacts): string[] {
  const reasons: string[] = [];
  if (!isRelationshipType(relationship.type)) {
    reasons.push(`type: unknown relationship type "${relationship.type}"`);
  }
  for (const end of ['from', 'to'] as const) {
    if (!known.entityKeys.has(relationship[end])) {
      reasons.push(`${end}: no entity has the key "${relationship[end]}"`);
    }
  }
  if (relationship.from === relationship.to) reasons.push('to: a relationship cannot point to its own start');
  reasons.push(...dateProblems(relationship.date, 'date'));
  reasons.push(...citationProblems(relationship.citation, known));
  return reasons;
}

export function statisticProblems(statistic: SeedStatistic, known: KnownFacts): string[] {
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
  reasons.push(...citationProblems(statistic.citation, known));
  return reasons;
}

/** Every rule over a whole seed: per-entry rules plus uniqueness and file placement. */
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

  for (const source of data.sources)
    report(source.origin, dateProblems(source.value.publishedOn, 'publishedOn'));

  const known: KnownFacts = {
    sourceTexts: new Map([...data.sourceTexts].map(([key, text]) => [key, withoutSpaces(text)])),
    entityKeys: new Set(data.entities.map((e) => e.value.key)),
  };
  for (const { value, origin } of data.entities) {
    const reasons = entityProblems(value, known);
    const expectedFile = isEntityType(value.type) ? `${ENTITY_TYPES[value.type].file}.yaml` : undefined;
    if (expectedFile && basename(origin.file) !== expectedFile) {
      reasons.push(`type: a ${value.type} belongs in entities/${expectedFile}`);
    }
    report(origin, reasons);
  }
  for (const { value, origin } of data.relationships) report(origin, relationshipProblems(value, known));
  for (const { value, origin } of data.statistics) report(origin, statisticProblems(value, known));
  return problems;
}
