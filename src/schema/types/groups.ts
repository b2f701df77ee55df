import { badInput } from '../../errors.ts';
import type {
  EntityGroup,
  EntityGroupField,
  GroupPage,
  RelationshipGroup,
  RelationshipGroupField,
  StatisticGroup,
  StatisticGroupField,
} from '../../graph/aggregations.ts';
import { pageArgs, pageSize } from '../arguments.ts';
import { builder } from '../builder.ts';
import { connectionType } from '../connection.ts';
import { afterOffset, connection, offsetCursor } from '../pagination.ts';
import { EntityRef } from '../refs.ts';
import { DirectionEnum, EntityTypeEnum, RelationshipTypeEnum } from './enums.ts';
import { EntityFilter, readEntityFilter, readStatisticFilter, StatisticFilter } from './filters.ts';

/**
 * Group-by: `entityGroups`, `relationshipGroups` and `statisticGroups`, each a page of groups in
 * key order, every group with its key (the values it was grouped by; null for a field not grouped
 * by) and its aggregates, under the same filters as the lists.
 */

/** A GraphQL enum of group fields, each standing for a field of the group's key. */
function groupFieldEnum<Field extends string>(
  name: string,
  fields: Record<string, { value: Field; description: string }>,
) {
  return builder.enumType(name, {
    description: `What ${name.replace('GroupField', '').toLowerCase()} groups are formed by.`,
    values: fields,
  });
}

const EntityGroupFieldEnum = groupFieldEnum<EntityGroupField>('EntityGroupField', {
  TYPE: { value: 'type', description: 'The entity type.' },
  KIND: { value: 'kind', description: 'The finer sub-kind (null for entities without one).' },
});

const RelationshipGroupFieldEnum = groupFieldEnum<RelationshipGroupField>('RelationshipGroupField', {
  TYPE: { value: 'type', description: 'The relationship type.' },
  FROM_TYPE: { value: 'fromType', description: 'The type of the entity it starts at.' },
  TO_TYPE: { value: 'toType', description: 'The type of the entity it ends at.' },
});

const StatisticGroupFieldEnum = groupFieldEnum<StatisticGroupField>('StatisticGroupField', {
  METRIC: { value: 'metric', description: 'The metric.' },
  YEAR: { value: 'year', description: 'The year (null for figures without one).' },
  UNIT: { value: 'unit', description: 'The unit; figures are always kept apart by unit anyway.' },
  SCOPE: { value: 'scope', description: 'Whom or what the figure counts (null when the whole subject).' },
  SUBJECT: { value: 'subject', description: 'The entity the figure is about.' },
});

const EntityGroupKeyRef = builder.objectRef<EntityGroup['key']>('EntityGroupKey').implement({
  description: 'What the entities of a group share; null for a field the groups are not formed by.',
  fields: (t) => ({
    type: t.field({
      type: EntityTypeEnum,
      nullable: true,
      description: 'The type.',
      resolve: (key) => key.type,
    }),
    kind: t.exposeString('kind', { nullable: true, description: 'The sub-kind.' }),
  }),
});

const EntityGroupRef = builder.objectRef<EntityGroup>('EntityGroup').implement({
  description: 'Entities that share a key, and how many there are.',
  fields: (t) => ({
    key: t.field({ type: EntityGroupKeyRef, description: 'What they share.', resolve: (group) => group.key }),
    count: t.exposeInt('count', { description: 'How many entities.' }),
  }),
});

const RelationshipGroupKeyRef = builder
  .objectRef<RelationshipGroup['key']>('RelationshipGroupKey')
  .implement({
    description: 'What the relationships of a group share; null for a field the groups are not formed by.',
    fields: (t) => ({
      type: t.field({
        type: RelationshipTypeEnum,
        nullable: true,
        description: 'The type.',
        resolve: (key) => key.type,
      }),
      fromType: t.field({
        type: EntityTypeEnum,
        nullable: true,
        description: 'The type of the start.',
        resolve: (key) => key.fromType,
      }),
      toType: t.field({
        type: EntityTypeEnum,
        nullable: true,
        description: 'The type of the end.',
        resolve: (key) => key.toType,
      }),
    }),
  });

const RelationshipGroupRef = builder.objectRef<RelationshipGroup>('RelationshipGroup').implement({
  description: 'Relationships that share a key, and how many there are.',
  fields: (t) => ({
    key: t.field({
      type: RelationshipGroupKeyRef,
      description: 'What they share.',
      resolve: (group) => group.key,
    }),
    count: t.exposeInt('count', { description: 'How many relationships.' }),
  }),
});

const StatisticGroupKeyRef = builder.objectRef<StatisticGroup['key']>('StatisticGroupKey').implement({
  description:
    'What the figures of a group share; null for a field the groups are not formed by. The unit is always ' +
    'there: figures of different units are never added up.',
  fields: (t) => ({
    metric: t.exposeString('metric', { nullable: true, description: 'The metric.' }),
    year: t.exposeInt('year', { nullable: true, description: 'The year.' }),
    unit: t.exposeString('unit', {
      description: 'The unit of every figure in the group, and of its aggregates.',
    }),
    scope: t.exposeString('scope', { nullable: true, description: 'The scope.' }),
    subject: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The entity the figures are about.',
      resolve: async (key, _args, ctx) =>
        key.subject ? ((await ctx.loaders.entity.load(key.subject)) ?? null) : null,
    }),
  }),
});

const StatisticGroupRef = builder.objectRef<StatisticGroup>('StatisticGroup').implement({
  description: 'Figures that share a key (always one unit), and their aggregates.',
  fields: (t) => ({
    key: t.field({
      type: StatisticGroupKeyRef,
      description: 'What they share.',
      resolve: (group) => group.key,
    }),
    count: t.exposeInt('count', { description: 'How many figures.' }),
    sum: t.exposeFloat('sum', { description: 'Their total, in the unit.' }),
    min: t.exposeFloat('min', { description: 'The least.' }),
    max: t.exposeFloat('max', { description: 'The greatest.' }),
    average: t.exposeFloat('average', { description: 'The mean.' }),
  }),
});

const EntityGroupConnectionRef = connectionType(EntityGroupRef, 'EntityGroup', 'entity groups');
const RelationshipGroupConnectionRef = connectionType(
  RelationshipGroupRef,
  'RelationshipGroup',
  'relationship groups',
);
const StatisticGroupConnectionRef = connectionType(StatisticGroupRef, 'StatisticGroup', 'statistic groups');

/** `by`, checked: 1 to all of the fields, each once. */
function groupFields<Field extends string>(by: readonly Field[], all: number): Field[] {
  if (by.length === 0 || by.length > all)
    throw badInput(`\`by\`: give 1 to ${all} fields to group by; got ${by.length}.`, 'by');
  if (new Set(by).size !== by.length) throw badInput('`by`: each field at most once.', 'by');
  return [...by];
}

/** The slice of groups `first` and `after` ask for, and the page as a connection with offset cursors. */
function groupSlice(args: { first?: number | null; after?: string | null }) {
  return { skip: afterOffset(args.after), limit: pageSize(args.first, 50) };
}
const groupConnection = <Group>(page: GroupPage<Group>, skip: number) =>
  connection(
    page.groups,
    (_, i) => offsetCursor(skip + i),
    page.total,
    skip + page.groups.length < page.total,
    skip > 0,
  );

builder.queryFields((t) => ({
  entityGroups: t.field({
    type: EntityGroupConnectionRef,
    description:
      'Entities counted in groups: how many of each type (`by: [TYPE]`), kind, or both, of all entities or ' +
      'those matching `where`. Groups in key order. Example: `entityGroups(by: [TYPE]) { edges { node { key { type } count } } }`.',
    args: {
      where: t.arg({ type: EntityFilter, description: 'Only entities matching this filter.' }),
      by: t.arg({
        type: [EntityGroupFieldEnum],
        required: true,
        description: 'The fields that form the groups.',
      }),
      ...pageArgs(t.arg, 50),
    },
    resolve: async (_root, args, ctx) => {
      const slice = groupSlice(args);
      const page = await ctx.repos.aggregations.entityGroups(
        readEntityFilter(args.where),
        groupFields(args.by, 2),
        slice,
      );
      return groupConnection(page, slice.skip);
    },
  }),
  relationshipGroups: t.field({
    type: RelationshipGroupConnectionRef,
    description:
      'Relationships counted in groups: by type, and by the types of the entities at their ends. All ' +
      'relationships, or those of the entities matching `where` (pointing `direction` from them); grouping ' +
      'by both ends at once needs `where`. Example: what relationships the sericulture industry has: ' +
      '`relationshipGroups(where: { key: { eq: "industry:sericulture" } }, by: [TYPE])`.',
    args: {
      where: t.arg({
        type: EntityFilter,
        description: 'Only relationships of entities matching this filter.',
      }),
      direction: t.arg({
        type: DirectionEnum,
        defaultValue: 'BOTH',
        description: 'With `where`: OUT from the matching entities, IN to them, or BOTH.',
      }),
      by: t.arg({
        type: [RelationshipGroupFieldEnum],
        required: true,
        description: 'The fields that form the groups.',
      }),
      ...pageArgs(t.arg, 50),
    },
    resolve: async (_root, args, ctx) => {
      const slice = groupSlice(args);
      const where = readEntityFilter(args.where);
      const by = groupFields(args.by, 3);
      if (!where && by.includes('fromType') && by.includes('toType'))
        throw badInput(
          '`by`: grouping every relationship by both of its ends would read them all; give `where`, or group by one end.',
          'by',
        );
      const page = await ctx.repos.aggregations.relationshipGroups(
        where,
        args.direction ?? 'BOTH',
        by,
        slice,
      );
      return groupConnection(page, slice.skip);
    },
  }),
  statisticGroups: t.field({
    type: StatisticGroupConnectionRef,
    description:
      'Figures aggregated in groups: count, sum, least, greatest and mean, grouped by metric, year, unit, scope ' +
      'and subject, of all figures or those matching `where`. Groups are always kept apart by unit, so no sum ' +
      'mixes units. Example: totals per metric and year of the sericulture industry: ' +
      '`statisticGroups(where: { subject: { key: "industry:sericulture" } }, by: [METRIC, YEAR])`.',
    args: {
      where: t.arg({ type: StatisticFilter, description: 'Only figures matching this filter.' }),
      by: t.arg({
        type: [StatisticGroupFieldEnum],
        required: true,
        description: 'The fields that form the groups.',
      }),
      ...pageArgs(t.arg, 50),
    },
    resolve: async (_root, args, ctx) => {
      const slice = groupSlice(args);
      const page = await ctx.repos.aggregations.statisticGroups(
        readStatisticFilter(args.where),
        groupFields(args.by, 5),
        slice,
      );
      return groupConnection(page, slice.skip);
    },
  }),
}));
