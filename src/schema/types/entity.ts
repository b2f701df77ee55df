import { entitySchema } from '../../domain/shapes.ts';
import { ENTITY_TYPES, type EntityType, type RelationshipType } from '../../domain/vocabulary.ts';
import type { Direction, PageAsk, RelationshipPage, StatisticsAsk } from '../../graph/asks.ts';
import type { EntityWhere } from '../../graph/filters.ts';
import type { Loaders } from '../../graph/loaders.ts';
import type { EntityParts, ProjectedEntityRow } from '../../graph/storage.ts';
import { isoDateArgument, pageArgs, pageSize, typeFilter } from '../arguments.ts';
import { builder } from '../builder.ts';
import { connectionType } from '../connection.ts';
import { fromPart } from '../entity-parts.ts';
import { boundedTexts, CitationInput, editBy, parseFact } from '../inputs.ts';
import { asksExtension, entityParts, lookahead } from '../lookahead.ts';
import { afterOffset, afterSortValues, connection, offsetCursor, sortedConnection } from '../pagination.ts';
import { CitationRef, EntityRef, EntityTypeRefs, RelationshipRef, StatisticRef } from '../refs.ts';
import { changePayload } from './change.ts';
import { DirectionEnum, EntityTypeEnum, RelationshipTypeEnum } from './enums.ts';
import { EntityFilter, type EntityFilterInput, readEntityFilter } from './filters.ts';
import { EntityOrder, readEntityOrder } from './orderings.ts';

/** GraphQL object type name of each entity type: TOWN -> Town. */
export const typeNameOf = (type: EntityType): string => ENTITY_TYPES[type].label;

export const EntityConnectionRef = connectionType(EntityRef, 'Entity', 'entities');

export const RelationshipConnectionRef = connectionType(RelationshipRef, 'Relationship', 'relationships');

interface RelationshipPageArgs {
  direction?: Direction | null;
  types?: readonly RelationshipType[] | null;
  entityTypes?: readonly EntityType[] | null;
  where?: EntityFilterInput | null;
  first?: number | null;
  after?: string | null;
}

/**
 * What `relationships` and `neighbors` ask: one page of what surrounds the entity. `neighbors`
 * reads the entities at the other ends in the parts its selection reads of them; `relationships`
 * reads them whole, for the `from` and `to` of its relationships (primed into the entity loader).
 */
const pageAsk = (args: RelationshipPageArgs, parts?: EntityParts): PageAsk => ({
  kind: 'page',
  page: {
    direction: args.direction ?? 'BOTH',
    types: typeFilter(args.types, 'types') ?? null,
    entityTypes: typeFilter(args.entityTypes, 'entityTypes') ?? null,
    where: readEntityFilter(args.where, 'where', { anchored: false }) ?? null,
    skip: afterOffset(args.after),
    limit: pageSize(args.first, 50),
    ...(parts && { parts }),
  },
});

/** Where a connection of entities has its entities. */
const NODES = ['edges', 'node'];

/**
 * One page of what surrounds `entity` as a connection of `pick(item)`: its relationships or the
 * entities at their other ends. Batched with everything else asked of entities at this level.
 */
async function relationshipConnection<Node>(
  entity: ProjectedEntityRow,
  ask: PageAsk,
  ctx: { loaders: Loaders },
  pick: (item: RelationshipPage['items'][number]) => Node,
) {
  const { skip } = ask.page;
  const page = await ctx.loaders.page(entity.key, ask);
  const hasNextPage = skip + page.items.length < page.total;
  return connection(
    page.items.map(pick),
    (_, i) => offsetCursor(skip + i),
    page.total,
    hasNextPage,
    skip > 0,
  );
}

const statisticsAsk = (args: { metric?: string | null; year?: number | null }): StatisticsAsk => ({
  kind: 'statistics',
  statistics: { metric: args.metric ?? null, year: args.year ?? null },
});

EntityRef.implement({
  description:
    'Anything the knowledge graph names: the district, a town, a village, a scenic area, an organization, an ' +
    'industry, a product, a team, an honor, a brand or designation, an initiative, an event, a place, a concept. ' +
    'Each concrete type implements this interface; `type` repeats it as an enum value.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (row) => typeNameOf(row.type),
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Stable, human-readable key, e.g. `town:jinxi`. Never changes once published.',
    }),
    type: t.field({
      type: EntityTypeEnum,
      description: 'The concrete type, as an enum value.',
      resolve: (e) => e.type,
    }),
    name: t.exposeString('name', {
      description: 'Canonical Chinese name, as written in the source, e.g. 濯水景区.',
    }),
    nameEn: t.string({
      nullable: true,
      resolve: fromPart('nameEn', (nameEn) => nameEn ?? null),
      description: 'English name, e.g. Zhuoshui Scenic Area.',
    }),
    aliases: t.stringList({
      resolve: fromPart('aliases', (aliases) => aliases ?? []),
      description: 'Other names the entity goes by, in any language: short forms, English variants, pinyin.',
    }),
    kind: t.string({
      nullable: true,
      resolve: fromPart('kind', (kind) => kind ?? null),
      description:
        'A finer English sub-kind where useful, e.g. `township`, `hospital`, `enterprise`, `city`.',
    }),
    description: t.string({
      nullable: true,
      resolve: fromPart('description', (description) => description ?? null),
      description: 'What the source says of it, in Chinese.',
    }),
    descriptionEn: t.string({
      nullable: true,
      description: 'The same, in English.',
      resolve: fromPart('descriptionEn', (descriptionEn) => descriptionEn ?? null),
    }),
    version: t.int({
      resolve: fromPart('version', (version) => version ?? 0),
      description:
        'How many times the entity was written: 1 once loaded from the seed, then one more per edit. Pass it ' +
        'as `expectedVersion` to a mutation, so that a concurrent edit makes yours fail with CONFLICT instead ' +
        'of being overwritten.',
    }),
    statistics: t.field({
      type: [StatisticRef],
      description: 'Figures reported about this entity, in key order; optionally only one metric or year.',
      args: {
        metric: t.arg.string({ description: 'Only this metric, e.g. `cocoon_output`.' }),
        year: t.arg.int({ description: 'Only figures for this year.' }),
      },
      extensions: asksExtension((args: Parameters<typeof statisticsAsk>[0]) => [statisticsAsk(args)]),
      resolve: (entity, args, ctx) => ctx.loaders.statistics(entity.key, statisticsAsk(args)),
    }),
    relationships: t.field({
      type: RelationshipConnectionRef,
      description:
        'Relationships touching this entity, ordered by type and the key at the other end (stable).',
      args: {
        direction: t.arg({ type: DirectionEnum, defaultValue: 'BOTH', description: 'Which way they point.' }),
        types: t.arg({ type: [RelationshipTypeEnum], description: 'Only these relationship types.' }),
        where: t.arg({
          type: EntityFilter,
          description:
            'Only relationships whose other end matches this filter, e.g. `{ type: { eq: VILLAGE } }`.',
        }),
        ...pageArgs(t.arg, 50),
      },
      extensions: asksExtension((args: RelationshipPageArgs) => [pageAsk(args)]),
      resolve: (entity, args, ctx) =>
        relationshipConnection(entity, pageAsk(args), ctx, (item) => item.relationship),
    }),
    neighbors: t.field({
      type: EntityConnectionRef,
      description: 'Entities one hop away, in the order of the relationships that lead to them.',
      args: {
        direction: t.arg({
          type: DirectionEnum,
          defaultValue: 'BOTH',
          description: 'Which way the relationships point.',
        }),
        types: t.arg({ type: [RelationshipTypeEnum], description: 'Only through these relationship types.' }),
        entityTypes: t.arg({ type: [EntityTypeEnum], description: 'Only neighbours of these types.' }),
        where: t.arg({
          type: EntityFilter,
          description: 'Only neighbours matching this filter, e.g. `{ name: { contains: "水" } }`.',
        }),
        ...pageArgs(t.arg, 50),
      },
      extensions: asksExtension((args: RelationshipPageArgs, parts) => [pageAsk(args, parts)], NODES),
      resolve: (entity, args, ctx, info) =>
        relationshipConnection(entity, pageAsk(args, entityParts(info, NODES)), ctx, (item) => item.entity),
    }),
    citations: t.field({
      type: [CitationRef],
      description: 'Where the knowledge graph learned of this entity: documents and the exact sentences.',
      // A list or graph query reads the citations when its selection reads them (lookahead.ts's
      // entityParts); a row read without them, the entity loader reads whole, in one batch.
      resolve: fromPart('citations', (citations) => citations ?? []),
    }),
  }),
});

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    nullable: true,
    description: 'The entity with this key, e.g. `scenic:zhuoshui`; null when no entity has that key.',
    args: { key: t.arg.string({ required: true, description: 'The entity key.' }) },
    resolve: async (_root, { key }, ctx, info) => {
      const asked = lookahead(info);
      if (asked.length === 0) return (await ctx.loaders.entity.load(key)) ?? null;
      // The entity and what its fields will ask of it, in one statement.
      const [found] = await ctx.repos.entities.byKeysAnswering([key], asked);
      if (!found) return null;
      ctx.loaders.prime(found, asked);
      return found.entity;
    },
  }),
  entities: t.field({
    type: EntityConnectionRef,
    description:
      'Entities matching `where` (all when absent), in key order unless `orderBy` says otherwise; ' +
      '`totalCount` counts every match. Example: towns and villages whose name contains 水, by name: ' +
      '`entities(where: { type: { in: [TOWN, VILLAGE] }, name: { contains: "水" } }, orderBy: [{ name: ASC }])`.',
    args: {
      type: t.arg({
        type: EntityTypeEnum,
        description: 'Only entities of this type (a shorthand that adds to `where`).',
      }),
      where: t.arg({ type: EntityFilter, description: 'Only entities matching this filter.' }),
      orderBy: t.arg({
        type: [EntityOrder],
        description: 'Sort keys, most significant first; the key breaks remaining ties. Default: key order.',
      }),
      ...pageArgs(t.arg, 20),
    },
    resolve: async (_root, args, ctx, info) => {
      const first = pageSize(args.first, 20);
      const keys = readEntityOrder(args.orderBy);
      const after = afterSortValues(args.after, keys);
      const filter = readEntityFilter(args.where);
      const byType: EntityWhere | undefined = args.type ? { type: { eq: args.type } } : undefined;
      const where = filter && byType ? { AND: [byType, filter] } : (filter ?? byType);
      // The page, in the parts its selection reads, and what its entities' fields will ask of them,
      // in one statement.
      const asked = lookahead(info, NODES);
      const page = await ctx.repos.entities.list(
        { where, keys, after, first },
        asked,
        entityParts(info, NODES),
      );
      page.rows.forEach((entity, i) => {
        ctx.loaders.prime({ entity, answers: page.answers[i] ?? [] }, asked);
      });
      return sortedConnection(page, keys, after);
    },
  }),
  timeline: t.field({
    type: [EntityTypeRefs.EVENT],
    description:
      'Events in date order, optionally between two ISO 8601 dates (inclusive). Dates of different precision ' +
      'compare at the coarser one: an event dated `2020` falls within `from: "2020-06"`.',
    args: {
      from: t.arg.string({ description: 'Earliest date, YYYY, YYYY-MM or YYYY-MM-DD.' }),
      to: t.arg.string({ description: 'Latest date, YYYY, YYYY-MM or YYYY-MM-DD.' }),
    },
    resolve: (_root, args, ctx) =>
      ctx.repos.entities.timeline(isoDateArgument(args.from, 'from'), isoDateArgument(args.to, 'to')),
  }),
}));

// Editing entities.

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

const EntityPayload = changePayload('EntityPayload', 'entity', EntityRef, {
  type: 'The entity after the change (null once deleted) and the change itself.',
  field: 'The entity now.',
});

builder.mutationField('upsertEntity', (t) =>
  t.field({
    type: EntityPayload,
    description:
      'Create an entity, or replace one as a whole. Pass `expectedVersion` to avoid overwriting a concurrent edit.',
    args: { input: t.arg({ type: UpsertEntityInput, required: true, description: 'The entity.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { expectedVersion, ...fields } = input;
      boundedTexts({ ...fields, citations: undefined });
      const entity = parseFact(entitySchema, fields);
      return ctx.repos.entities.upsert(entity, expectedVersion ?? undefined, editBy(ctx));
    },
  }),
);

builder.mutationField('deleteEntity', (t) =>
  t.field({
    type: EntityPayload,
    description:
      'Soft-delete an entity: it disappears from every read, with its statistics; restoreEntity undoes it.',
    args: {
      key: t.arg.string({ required: true, description: 'The entity key.' }),
      expectedVersion: t.arg.int({ description: 'Fail with CONFLICT unless the entity is at this version.' }),
    },
    resolve: (_root, args, ctx) =>
      ctx.repos.entities.delete(args.key, args.expectedVersion ?? undefined, editBy(ctx)),
  }),
);

builder.mutationField('restoreEntity', (t) =>
  t.field({
    type: EntityPayload,
    description: 'Undo deleteEntity completely: the entity, its relationships and statistics are back.',
    args: { key: t.arg.string({ required: true, description: 'The deleted entity key.' }) },
    resolve: (_root, args, ctx) => ctx.repos.entities.restore(args.key, editBy(ctx)),
  }),
);
