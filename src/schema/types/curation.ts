import { randomUUID } from 'node:crypto';
import { JSONResolver } from 'graphql-scalars';
import type { z } from 'zod';
import type { Context } from '../../context.ts';
import type { ChangeRow, Edit } from '../../graph/curation.ts';
import { validationError } from '../../graph/curation.ts';
import type { EntityRow, RelationshipRow, StatisticRow } from '../../graph/rows.ts';
import { isIsoDate } from '../../model.ts';
import { entitySchema, relationshipSchema, sourceSchema, statisticSchema } from '../../seed/format.ts';
import { builder } from '../builder.ts';
import { connectionType } from '../connection.ts';
import { afterOffset, connection, offsetCursor, pageSize } from '../pagination.ts';
import { EntityRef, RelationshipRef, SourceRef, StatisticRef } from '../refs.ts';
import { EntityTypeEnum, RelationshipTypeEnum } from './enums.ts';

/**
 * Mutations for editors. Inputs are checked by the seed files' own schemas and rules (src/seed/),
 * so an edit through the API obeys exactly what a reviewed seed file does.
 */

builder.addScalarType('JSON', JSONResolver, { description: 'Any JSON value.' });

const MAX_TEXT = 2_000;
const MAX_SOURCE_TEXT = 1_000_000;

const ChangeRef = builder.objectRef<ChangeRow>('Change').implement({
  description: 'One recorded edit of the knowledge graph.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Unique id of the change.' }),
    seq: t.exposeInt('seq', { description: 'Position in the total order of changes (1, 2, 3 ...).' }),
    at: t.exposeString('at', { description: 'When it was committed, ISO 8601 with time zone.' }),
    who: t.exposeString('who', { description: 'The name of the editor token that made it.' }),
    mutation: t.exposeString('mutation', { description: 'Which mutation, e.g. `upsertEntity`.' }),
    keys: t.exposeStringList('keys', { description: 'Keys of the entities it touched.' }),
    before: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The thing as it was before (null when it was created).',
      resolve: (change) => (change.before ? JSON.parse(change.before) : null),
    }),
    after: t.field({
      type: 'JSON',
      nullable: true,
      description: 'The thing as it is after (null when it was removed or deleted).',
      resolve: (change) => (change.after ? JSON.parse(change.after) : null),
    }),
  }),
});

const ChangeConnectionRef = connectionType(ChangeRef, 'Change', 'changes');

builder.interfaceField(EntityRef, 'history', (t) =>
  t.field({
    type: [ChangeRef],
    description: 'Every recorded change of this entity, its relationships and statistics, oldest first.',
    resolve: (entity, _args, ctx) => ctx.loaders.history.load(entity.key),
  }),
);

builder.queryField(
  'changes',
  (t) =>
    t.field({
      type: ChangeConnectionRef,
      description: 'The history of all edits, oldest first, optionally since an instant.',
      args: {
        since: t.arg.string({
          description: 'Only changes at or after this ISO 8601 instant, e.g. 2026-01-01T00:00:00Z.',
        }),
        first: t.arg.int({ defaultValue: 50, description: 'Page size, 1..100.' }),
        after: t.arg.string({ description: 'Continue after this cursor.' }),
      },
      resolve: async (_root, args, ctx) => {
        const first = pageSize(args.first, 50);
        if (args.since != null && Number.isNaN(Date.parse(args.since))) {
          throw validationError([`since: "${args.since}" is not an ISO 8601 instant`]);
        }
        // A change's cursor is its sequence number: pages stay stable while new changes are appended.
        const afterSeq = args.after == null ? undefined : afterOffset(args.after) - 1;
        const page = await ctx.repos.history.changes(args.since ?? undefined, afterSeq, first);
        return connection(
          page.rows,
          (row) => offsetCursor(row.seq),
          page.total,
          page.hasNextPage,
          afterSeq !== undefined,
        );
      },
    }) as never,
);

const CitationInput = builder.inputType('CitationInput', {
  description:
    'Where a fact is stated: a source and the exact excerpt (spaces and line breaks are ignored when checking).',
  fields: (t) => ({
    source: t.string({ required: true, description: 'Key of a source, e.g. `qianjiang-2021-04-15`.' }),
    quote: t.string({
      required: true,
      description: 'The excerpt, at most one sentence, exactly as in the source.',
    }),
  }),
});

const UpsertEntityInput = builder.inputType('UpsertEntityInput', {
  description: 'An entity to create, or to replace as a whole (all fields, citations included).',
  fields: (t) => ({
    key: t.string({
      required: true,
      description: 'Stable key, `<prefix>:<slug>` matching the type, e.g. `town:jinxi`.',
    }),
    type: t.field({
      type: EntityTypeEnum,
      required: true,
      description: 'The type; cannot change once created.',
    }),
    name: t.string({ required: true, description: 'Chinese name as written in the source.' }),
    nameEn: t.string({ required: true, description: 'English name.' }),
    aliases: t.stringList({ description: 'Other names.' }),
    kind: t.string({ description: 'Finer English sub-kind.' }),
    description: t.string({ description: 'Chinese description.' }),
    descriptionEn: t.string({ description: 'English description.' }),
    date: t.string({ description: 'EVENT only: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    citations: t.field({ type: [CitationInput], required: true, description: 'At least one citation.' }),
    expectedVersion: t.int({
      description: 'Fail with CONFLICT unless the entity is at this version (optimistic locking).',
    }),
  }),
});

const AddRelationshipInput = builder.inputType('AddRelationshipInput', {
  description: 'A new relationship between two existing entities.',
  fields: (t) => ({
    from: t.string({ required: true, description: 'Key of the start entity.' }),
    type: t.field({ type: RelationshipTypeEnum, required: true, description: 'What it says.' }),
    to: t.string({ required: true, description: 'Key of the end entity.' }),
    date: t.string({ description: 'When it began or happened: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    citation: t.field({ type: CitationInput, required: true, description: 'The sentence that states it.' }),
  }),
});

const UpsertStatisticInput = builder.inputType('UpsertStatisticInput', {
  description: 'A figure; one per subject, metric and year (the same three replace it).',
  fields: (t) => ({
    subject: t.string({ required: true, description: 'Key of the entity measured.' }),
    metric: t.string({ required: true, description: 'snake_case name of what is measured.' }),
    label: t.string({ required: true, description: 'What is measured, in Chinese.' }),
    scope: t.string({
      description: 'Whom or what the figure counts, in Chinese, where narrower than the subject.',
    }),
    scopeEn: t.string({ description: 'The scope in English; given exactly when scope is.' }),
    value: t.float({ required: true, description: 'The number with 万/亿 expanded; must match valueText.' }),
    unit: t.string({ required: true, description: 'Unit code, e.g. CNY, kg, household.' }),
    valueText: t.string({ required: true, description: 'The figure as written in the quote, e.g. 7万担.' }),
    qualifier: t.string({ description: '`more_than`, `nearly`, `up_to` or `approximately`.' }),
    year: t.int({ description: 'The year it refers to.' }),
    citation: t.field({ type: CitationInput, required: true, description: 'The sentence that reports it.' }),
  }),
});

const AddSourceInput = builder.inputType('AddSourceInput', {
  description: 'A new source document, with its full text (quotes are checked against it).',
  fields: (t) => ({
    key: t.string({ required: true, description: 'Stable key: lowercase letters, digits and dashes.' }),
    title: t.string({ required: true, description: 'Title as published.' }),
    subtitle: t.string({ description: 'Second headline line.' }),
    titleEn: t.string({ description: 'English title.' }),
    section: t.string({ description: 'Section or series.' }),
    publishedOn: t.string({ required: true, description: 'ISO 8601 date of publication.' }),
    page: t.string({ description: 'Page, e.g. T4.' }),
    editors: t.stringList({ description: 'Editors.' }),
    designers: t.stringList({ description: 'Designers.' }),
    text: t.string({ required: true, description: `The full text (at most ${MAX_SOURCE_TEXT} characters).` }),
  }),
});

const payload = <Shape extends object>(
  name: string,
  description: string,
  fields: (t: PayloadFields<Shape>) => object,
) =>
  builder.objectRef<Shape & { change: ChangeRow }>(name).implement({
    description,
    fields: (t) => ({
      change: t.field({ type: ChangeRef, description: 'The recorded change.', resolve: (p) => p.change }),
      ...(fields(t as never) as Record<string, never>),
    }),
  });
type PayloadFields<Shape> = PothosSchemaTypes.ObjectFieldBuilder<
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
  Shape & { change: ChangeRow }
>;

const EntityPayload = payload<{ entity?: EntityRow | null }>(
  'EntityPayload',
  'The entity after the change (null once deleted) and the change itself.',
  (t) => ({
    entity: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The entity now.',
      resolve: (p) => p.entity ?? null,
    }),
  }),
);
const RelationshipPayload = payload<{ relationship?: RelationshipRow | null }>(
  'RelationshipPayload',
  'The relationship after the change (null once removed) and the change itself.',
  (t) => ({
    relationship: t.field({
      type: RelationshipRef,
      nullable: true,
      description: 'The relationship now.',
      resolve: (p) => p.relationship ?? null,
    }),
  }),
);
const StatisticPayload = payload<{ statistic?: StatisticRow | null }>(
  'StatisticPayload',
  'The statistic after the change (null once removed) and the change itself.',
  (t) => ({
    statistic: t.field({
      type: StatisticRef,
      nullable: true,
      description: 'The statistic now.',
      resolve: (p) => p.statistic ?? null,
    }),
  }),
);
const SourcePayload = payload<{ key: string }>(
  'SourcePayload',
  'The new source and the change itself.',
  (t) => ({
    source: t.field({
      type: SourceRef,
      nullable: true,
      description: 'The source.',
      resolve: async (p, _args, ctx) => (await ctx.loaders.source.load(p.key)) ?? null,
    }),
  }),
);

/** Parses with a seed-file schema; shape problems become one BAD_USER_INPUT naming every field. */
function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw validationError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`),
    );
  }
  return parsed.data;
}

function boundedTexts(values: Record<string, unknown>, limit = MAX_TEXT): void {
  const tooLong = Object.entries(values)
    .filter(([, value]) => typeof value === 'string' && value.length > limit)
    .map(([field]) => `${field}: at most ${limit} characters`);
  if (tooLong.length) throw validationError(tooLong);
}

const edit = (ctx: Context): Edit => ({ changeId: randomUUID(), who: ctx.viewer?.name ?? 'unknown' });
const stripNulls = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined));

builder.mutationFields((t) => ({
  upsertEntity: t.field({
    type: EntityPayload,
    description:
      'Create an entity, or replace one as a whole. Pass `expectedVersion` to avoid overwriting a concurrent edit.',
    args: { input: t.arg({ type: UpsertEntityInput, required: true, description: 'The entity.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { expectedVersion, ...fields } = input;
      boundedTexts({ ...fields, citations: undefined });
      const entity = parseInput(entitySchema, stripNulls({ ...fields, aliases: fields.aliases ?? [] }));
      return ctx.repos.curation.upsertEntity(entity, expectedVersion ?? undefined, edit(ctx));
    },
  }),
  deleteEntity: t.field({
    type: EntityPayload,
    description:
      'Soft-delete an entity: it disappears from every read, with its statistics; restoreEntity undoes it.',
    args: {
      key: t.arg.string({ required: true, description: 'The entity key.' }),
      expectedVersion: t.arg.int({ description: 'Fail with CONFLICT unless the entity is at this version.' }),
    },
    resolve: (_root, args, ctx) =>
      ctx.repos.curation.deleteEntity(args.key, args.expectedVersion ?? undefined, edit(ctx)),
  }),
  restoreEntity: t.field({
    type: EntityPayload,
    description: 'Undo deleteEntity completely: the entity, its relationships and statistics are back.',
    args: { key: t.arg.string({ required: true, description: 'The deleted entity key.' }) },
    resolve: (_root, args, ctx) => ctx.repos.curation.restoreEntity(args.key, edit(ctx)),
  }),
  addRelationship: t.field({
    type: RelationshipPayload,
    description: 'Add a cited relationship between two entities.',
    args: { input: t.arg({ type: AddRelationshipInput, required: true, description: 'The relationship.' }) },
    resolve: (_root, { input }, ctx) => {
      boundedTexts({ ...input, citation: undefined, quote: input.citation.quote });
      const relationship = parseInput(relationshipSchema, stripNulls(input));
      return ctx.repos.curation.addRelationship(relationship, edit(ctx));
    },
  }),
  removeRelationship: t.field({
    type: RelationshipPayload,
    description: 'Remove a relationship; history keeps what it was.',
    args: {
      from: t.arg.string({ required: true, description: 'Key of the start entity.' }),
      type: t.arg({ type: RelationshipTypeEnum, required: true, description: 'Its type.' }),
      to: t.arg.string({ required: true, description: 'Key of the end entity.' }),
    },
    resolve: (_root, args, ctx) => ctx.repos.curation.removeRelationship(args, edit(ctx)),
  }),
  upsertStatistic: t.field({
    type: StatisticPayload,
    description: 'Add a cited figure, or replace the one with the same subject, metric and year.',
    args: { input: t.arg({ type: UpsertStatisticInput, required: true, description: 'The figure.' }) },
    resolve: (_root, { input }, ctx) => {
      boundedTexts({ ...input, citation: undefined, quote: input.citation.quote });
      const statistic = parseInput(statisticSchema, stripNulls(input));
      return ctx.repos.curation.upsertStatistic(statistic, edit(ctx));
    },
  }),
  removeStatistic: t.field({
    type: StatisticPayload,
    description: 'Remove a figure; history keeps what it was.',
    args: { key: t.arg.string({ required: true, description: 'The statistic key: `subject|metric|year`.' }) },
    resolve: (_root, args, ctx) => ctx.repos.curation.removeStatistic(args.key, edit(ctx)),
  }),
  addSource: t.field({
    type: SourcePayload,
    description: 'Add a source document; facts can then cite it.',
    args: { input: t.arg({ type: AddSourceInput, required: true, description: 'The source.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { text, ...fields } = input;
      boundedTexts(fields);
      const problems: string[] = [];
      if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(fields.key))
        problems.push('key: lowercase letters, digits and dashes');
      if (!isIsoDate(fields.publishedOn))
        problems.push(`publishedOn: malformed date "${fields.publishedOn}"`);
      if (text.trim().length === 0 || text.length > MAX_SOURCE_TEXT)
        problems.push(`text: 1..${MAX_SOURCE_TEXT} characters`);
      if (problems.length) throw validationError(problems);
      const source = parseInput(sourceSchema, stripNulls(fields));
      const result = await ctx.repos.curation.addSource({ ...source, text }, edit(ctx));
      return { ...result, key: source.key };
    },
  }),
}));
