import { z } from 'zod';

/** The shapes of the seed files (see seed/README.md); semantic rules live in validate.ts. */

const text = z.string().trim().min(1, 'must not be empty');

export const citationSchema = z.strictObject({ source: text, quote: text });

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
  type: text,
  name: text,
  nameEn: z.string().trim().min(1, 'missing English name (nameEn)'),
  aliases: z.array(text).default([]),
  kind: text.optional(),
  description: text.optional(),
  descriptionEn: text.optional(),
  date: z.string({ error: 'must be a quoted ISO 8601 date string' }).optional(),
  citations: z.array(citationSchema).min(1, 'needs at least one citation'),
});

export const relationshipSchema = z.strictObject({
  from: text,
  type: text,
  to: text,
  date: z.string({ error: 'must be a quoted ISO 8601 date string' }).optional(),
  citation: citationSchema,
});

export const statisticSchema = z.strictObject({
  subject: text,
  metric: z.string().regex(/^[a-z][a-z0-9_]*$/, 'metric must be snake_case'),
  label: text,
  scope: text.optional(),
  scopeEn: text.optional(),
  value: z.number({ error: 'value must be a number' }).finite(),
  unit: text,
  valueText: text,
  qualifier: z.enum(['more_than', 'nearly', 'up_to', 'approximately']).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  citation: citationSchema,
});

export const exclusionSchema = z.strictObject({ text, reason: text });

export type Citation = z.infer<typeof citationSchema>;
export type SeedSource = z.infer<typeof sourceSchema>;
export type SeedEntity = z.infer<typeof entitySchema>;
export type SeedRelationship = z.infer<typeof relationshipSchema>;
export type SeedStatistic = z.infer<typeof statisticSchema>;
export type CoverageExclusion = z.infer<typeof exclusionSchema>;

/** Where an entry came from, for error messages: `seed/entities/town.yaml entry 3 (town:jinxi)`. */
export interface Origin {
  file: string;
  index: number;
  label?: string;
}

export interface Located<T> {
  value: T;
  origin: Origin;
}

export const describeOrigin = (origin: Origin): string =>
  `${origin.file} entry ${origin.index + 1}${origin.label ? ` (${origin.label})` : ''}`;

/** Derived identities: a statistic is one metric of one subject in one year; a relationship one typed pair. */
export const statisticKey = (s: Pick<SeedStatistic, 'subject' | 'metric' | 'year'>): string =>
  `${s.subject}|${s.metric}|${s.year ?? ''}`;
export const relationshipKey = (r: Pick<SeedRelationship, 'from' | 'type' | 'to'>): string =>
  `${r.from}|${r.type}|${r.to}`;
