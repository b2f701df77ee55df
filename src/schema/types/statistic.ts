import { statisticSchema } from '../../domain/shapes.ts';
import type { StatisticWhere } from '../../graph/filters.ts';
import { pageArgs, pageSize } from '../arguments.ts';
import { builder } from '../builder.ts';
import { connectionType } from '../connection.ts';
import { boundedTexts, CitationInput, editBy, parseFact } from '../inputs.ts';
import { afterSortValues, sortedConnection } from '../pagination.ts';
import { CitationRef, EntityRef, StatisticRef } from '../refs.ts';
import { changePayload } from './change.ts';
import { readStatisticFilter, StatisticFilter } from './filters.ts';
import { readStatisticOrder, StatisticOrder } from './orderings.ts';

/** The `Statistic` type, the `statistics` query, and the mutations that add, replace and remove figures. */

builder.node(StatisticRef, {
  description:
    'A figure the source reports, normalised: `value` is a plain number in `unit` with 万 and 亿 expanded ' +
    '("98.52万公斤" -> 985200 kg; "1.7亿元" -> 170000000 CNY; "13%" -> 13 %). `valueText` keeps the figure exactly as written.',
  id: { resolve: (row) => row.key },
  loadMany: (keys, ctx) => keys.map((key) => ctx.loaders.statistic.load(key)),
  isTypeOf: (row) => typeof row === 'object' && row !== null && 'metric' in row,
  fields: (t) => ({
    metric: t.exposeString('metric', {
      description: 'Machine name of what is measured, e.g. `cocoon_output`.',
    }),
    label: t.exposeString('label', {
      description: "What is measured, in Chinese, close to the source's wording.",
    }),
    scope: t.exposeString('scope', {
      nullable: true,
      description:
        'Whom or what the figure counts, in Chinese close to the source, when that is narrower than ' +
        'the subject: the sericulture figures of `73个贫困村1757户贫困户`, not of the whole industry. ' +
        'Null when the figure is about the subject as a whole.',
    }),
    scopeEn: t.exposeString('scopeEn', {
      nullable: true,
      description: 'The scope in English, e.g. `the 1,757 poor households of 73 poor villages`.',
    }),
    value: t.exposeFloat('value', {
      description: 'The number, in `unit`, with 万 (10^4) and 亿 (10^8) expanded.',
    }),
    unit: t.exposeString('unit', {
      description:
        'Unit code: `CNY`, `kg`, `t`, `dan` (担, 50 kg), `mu` (亩), `sheet`, `household`, `person`, `%` ...',
    }),
    valueText: t.exposeString('valueText', {
      description: 'The figure exactly as written, e.g. `2300余名`.',
    }),
    qualifier: t.exposeString('qualifier', {
      nullable: true,
      description:
        '`more_than` (余, 以上, 多), `nearly` (近), `up_to` or `approximately` when the source hedges.',
    }),
    year: t.exposeInt('year', {
      nullable: true,
      description: 'The year the figure refers to, where stated or implied.',
    }),
    subject: t.field({
      type: EntityRef,
      description: 'What the figure is about.',
      resolve: async (s, _args, ctx) => {
        const subject = s.subject ? await ctx.loaders.entity.load(s.subject) : undefined;
        if (!subject) throw new Error(`statistic ${s.key} has no subject`);
        return subject;
      },
    }),
    citation: t.field({
      type: CitationRef,
      description: 'The document and sentence that report it.',
      resolve: (s) => ({ quote: s.quote, source: s.source, start: s.start, end: s.end }),
    }),
  }),
});

const StatisticConnectionRef = connectionType(StatisticRef, 'Statistic', 'statistics');

builder.queryField('statistics', (t) =>
  t.field({
    type: StatisticConnectionRef,
    description:
      'Figures matching `where` (all when absent), in key order (subject, metric, year) unless `orderBy` says ' +
      'otherwise. `subjectKey`, `metric` and `year` are shorthands that add to `where`. Example: every figure ' +
      'above 10,000 kg, largest first: `statistics(where: { value: { gt: 10000 }, unit: { eq: "kg" } }, ' +
      'orderBy: [{ value: DESC }])`.',
    args: {
      subjectKey: t.arg.string({
        description: 'Only figures about this entity, e.g. `industry:sericulture`.',
      }),
      metric: t.arg.string({ description: 'Only this metric, e.g. `cocoon_output`.' }),
      year: t.arg.int({ description: 'Only figures for this year, e.g. 2020.' }),
      where: t.arg({ type: StatisticFilter, description: 'Only figures matching this filter.' }),
      orderBy: t.arg({
        type: [StatisticOrder],
        description: 'Sort keys, most significant first; the key breaks remaining ties. Default: key order.',
      }),
      ...pageArgs(t.arg, 50),
    },
    resolve: async (_root, args, ctx) => {
      const first = pageSize(args.first, 50);
      const keys = readStatisticOrder(args.orderBy);
      const after = afterSortValues(args.after, keys);
      const where = combined([
        readStatisticFilter(args.where),
        args.subjectKey != null ? { subject: { key: args.subjectKey } } : undefined,
        args.metric != null ? { metric: { eq: args.metric } } : undefined,
        args.year != null ? { year: { gte: args.year, lte: args.year } } : undefined,
      ]);
      const page = await ctx.repos.statistics.list({ where, keys, after, first });
      return sortedConnection(page, keys, after);
    },
  }),
);

/** Filters that must all hold, as one; undefined when there are none. */
function combined(filters: (StatisticWhere | undefined)[]): StatisticWhere | undefined {
  const given = filters.filter((filter) => filter !== undefined);
  return given.length > 1 ? { AND: given } : given[0];
}

// Editing statistics.

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

const StatisticPayload = changePayload('StatisticPayload', 'statistic', StatisticRef, {
  type: 'The statistic after the change (null once removed) and the change itself.',
  field: 'The statistic now.',
});

builder.mutationField('upsertStatistic', (t) =>
  t.field({
    type: StatisticPayload,
    description: 'Add a cited figure, or replace the one with the same subject, metric and year.',
    args: { input: t.arg({ type: UpsertStatisticInput, required: true, description: 'The figure.' }) },
    resolve: (_root, { input }, ctx) => {
      boundedTexts({ ...input, citation: undefined, quote: input.citation.quote });
      const statistic = parseFact(statisticSchema, input);
      return ctx.repos.statistics.upsert(statistic, editBy(ctx));
    },
  }),
);

builder.mutationField('removeStatistic', (t) =>
  t.field({
    type: StatisticPayload,
    description: 'Remove a figure; history keeps what it was.',
    args: { key: t.arg.string({ required: true, description: 'The statistic key: `subject|metric|year`.' }) },
    resolve: (_root, args, ctx) => ctx.repos.statistics.remove(args.key, editBy(ctx)),
  }),
);
