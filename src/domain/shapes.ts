import { z } from 'zod';
import { ENTITY_TYPE_NAMES, ENTITY_TYPES, RELATIONSHIP_TYPE_NAMES } from './vocabulary.ts';

/**
 * The shapes of the knowledge graph's facts: sources, entities, relationships and statistics, as a
 * seed file and an API edit both state them (see seed/README.md). Types are the closed vocabularies,
 * so a parsed fact needs no cast. The rules that need more than one fact live in rules.ts.
 */

const text = z.string().trim().min(1, 'must not be empty');
const isoDateText = z.string({ error: 'must be a quoted ISO 8601 date string' });

/**
 * `start` pins the occurrence an editor selected (a code-point offset into the source's text, see
 * source-text.ts); the seed never stores offsets, which are derived from the quote when it loads.
 */
export const citationSchema = z.strictObject({
  source: text,
  quote: text,
  start: z.number().int().min(0, 'must be 0 or more').optional(),
});

export const sourceSchema = z.strictObject({
  key: text,
  title: text,
  subtitle: text.optional(),
  titleEn: text.optional(),
  section: text.optional(),
  publishedOn: text,
  page: text.optional(),
  editors: z.array(text).default([]),
  designers: z.array(text).default([]),
});

export const entitySchema = z.strictObject({
  key: text,
  type: z.enum(ENTITY_TYPE_NAMES, {
    error: (issue) =>
      `unknown entity type "${String(issue.input)}" (allowed: ${Object.keys(ENTITY_TYPES).join(', ')})`,
  }),
  name: text,
  nameEn: z.string().trim().min(1, 'missing English name (nameEn)'),
  aliases: z.array(text).default([]),
  kind: text.optional(),
  description: text.optional(),
  descriptionEn: text.optional(),
  date: isoDateText.optional(),
  citations: z.array(citationSchema).min(1, 'needs at least one citation'),
});

export const relationshipSchema = z.strictObject({
  from: text,
  type: z.enum(RELATIONSHIP_TYPE_NAMES, {
    error: (issue) => `unknown relationship type "${String(issue.input)}"`,
  }),
  to: text,
  date: isoDateText.optional(),
  citation: citationSchema,
});

export const QUALIFIERS = ['more_than', 'nearly', 'up_to', 'approximately'] as const;

export const statisticSchema = z.strictObject({
  subject: text,
  metric: z.string().regex(/^[a-z][a-z0-9_]*$/, 'metric must be snake_case'),
  label: text,
  scope: text.optional(),
  scopeEn: text.optional(),
  value: z.number({ error: 'value must be a number' }).finite(),
  unit: text,
  valueText: text,
  qualifier: z.enum(QUALIFIERS).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  citation: citationSchema,
});

export type Citation = z.infer<typeof citationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Relationship = z.infer<typeof relationshipSchema>;
export type Statistic = z.infer<typeof statisticSchema>;

/** A source with its full text, which every quote citing it must occur in. */
export type SourceWithText = Source & { text: string };

/** Derived identities: a statistic is one metric of one subject in one year; a relationship one typed pair. */
export const statisticKey = (s: Pick<Statistic, 'subject' | 'metric' | 'year'>): string =>
  `${s.subject}|${s.metric}|${s.year ?? ''}`;
export const relationshipKey = (r: Pick<Relationship, 'from' | 'type' | 'to'>): string =>
  `${r.from}|${r.type}|${r.to}`;

/** A relationship's identity, without the rest of it: what removing one names. */
export type RelationshipIdentity = Pick<Relationship, 'from' | 'type' | 'to'>;

/**
 * Parses `input` with one of the shapes above: the fact, or every problem as `field: reason`, so an
 * API edit and a seed entry are told the same things. A problem of the whole object (an unknown
 * field) is named `wholeName` when given.
 */
export function parseShape<S extends z.ZodType>(
  schema: S,
  input: unknown,
  wholeName?: string,
): { fact: z.infer<S>; problems?: undefined } | { fact?: undefined; problems: string[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { fact: parsed.data };
  return {
    problems: parsed.error.issues.map((issue) => {
      const field = issue.path.join('.') || wholeName;
      return field ? `${field}: ${issue.message}` : issue.message;
    }),
  };
}
