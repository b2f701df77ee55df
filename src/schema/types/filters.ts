import { isIsoDate } from '../../domain/rules.ts';
import type { EntityType, RelationshipType } from '../../domain/vocabulary.ts';
import { badInput } from '../../errors.ts';
import type { Direction } from '../../graph/asks.ts';
import {
  type DateRange,
  type EntityWhere,
  entityAnchor,
  type NumberRange,
  type RelationshipCondition,
  type StatisticWhere,
  statisticAnchor,
  type TextMatch,
} from '../../graph/filters.ts';
import { builder } from '../builder.ts';
import { DirectionEnum, EntityTypeEnum, RelationshipTypeEnum } from './enums.ts';

/**
 * The `where` inputs of entities and statistics, and their reading into the filters of
 * src/graph/filters.ts. GraphQL checks the types and `@oneOf`; the reading checks what types
 * cannot say (bounds, empty or reversed ranges, nesting, a filter no index can serve), each a
 * BAD_USER_INPUT naming the argument path, e.g. `where.AND[1].name.in`.
 */

/** How deep AND / OR / NOT / relationship / subject filters nest, and how many conditions a filter holds. */
export const MAX_FILTER_DEPTH = 4;
export const MAX_FILTER_CONDITIONS = 24;
const MAX_LIST_VALUES = 20;
const MAX_TEXT_LENGTH = 200;

// ---- input types ------------------------------------------------------------------------------

type Maybe<T> = T | null | undefined;

const TextFilter = builder.inputType('TextFilter', {
  isOneOf: true,
  description:
    'Compares a name with exactly one operator, ignoring case and full-width forms: `{ contains: "水" }`, ' +
    '`{ eq: "citic group" }`, `{ startsWith: "金" }`, `{ in: ["濯水景区", "小南海"] }`.',
  fields: (t) => ({
    eq: t.string({ description: 'Equal to this.' }),
    in: t.stringList({ description: `Equal to one of these (1..${MAX_LIST_VALUES}).` }),
    startsWith: t.string({ description: 'Starts with this.' }),
    contains: t.string({ description: 'Contains this.' }),
  }),
});

const KeyFilter = builder.inputType('KeyFilter', {
  isOneOf: true,
  description:
    'Compares a key exactly, with one operator: `{ eq: "town:jinxi" }`, `{ startsWith: "village:" }`.',
  fields: (t) => ({
    eq: t.string({ description: 'This key.' }),
    in: t.stringList({ description: `One of these keys (1..${MAX_LIST_VALUES}).` }),
    startsWith: t.string({ description: 'Keys starting with this, e.g. `org:`.' }),
  }),
});

const CodeFilter = builder.inputType('CodeFilter', {
  isOneOf: true,
  description:
    'Compares a code exactly (a kind, metric or unit), with one operator: `{ eq: "kg" }`, `{ in: ["t", "kg"] }`.',
  fields: (t) => ({
    eq: t.string({ description: 'This code.' }),
    in: t.stringList({ description: `One of these codes (1..${MAX_LIST_VALUES}).` }),
  }),
});

const EntityTypeFilter = builder.inputType('EntityTypeFilter', {
  isOneOf: true,
  description: 'One entity type or several: `{ eq: TOWN }`, `{ in: [TOWN, VILLAGE] }`.',
  fields: (t) => ({
    eq: t.field({ type: EntityTypeEnum, description: 'This type.' }),
    in: t.field({ type: [EntityTypeEnum], description: `One of these types (1..${MAX_LIST_VALUES}).` }),
  }),
});

const DateRangeFilter = builder.inputType('DateRangeFilter', {
  description:
    'Dates between two ISO 8601 dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; dates of different ' +
    'precision compare at the coarser one, so an event dated `2020` is within `{ from: "2020-06" }`. At least one bound.',
  fields: (t) => ({
    from: t.string({ description: 'Earliest date.' }),
    to: t.string({ description: 'Latest date.' }),
  }),
});

const IntRangeFilter = builder.inputType('IntRangeFilter', {
  description:
    'Whole numbers within bounds: `{ gte: 2019, lte: 2020 }`. At most one lower and one upper bound.',
  fields: (t) => ({
    gt: t.int({ description: 'Greater than.' }),
    gte: t.int({ description: 'Greater than or equal to.' }),
    lt: t.int({ description: 'Less than.' }),
    lte: t.int({ description: 'Less than or equal to.' }),
  }),
});

const FloatRangeFilter = builder.inputType('FloatRangeFilter', {
  description: 'Numbers within bounds: `{ gt: 10000 }`. At most one lower and one upper bound.',
  fields: (t) => ({
    gt: t.float({ description: 'Greater than.' }),
    gte: t.float({ description: 'Greater than or equal to.' }),
    lt: t.float({ description: 'Less than.' }),
    lte: t.float({ description: 'Less than or equal to.' }),
  }),
});

type TextInput = {
  eq?: Maybe<string>;
  in?: Maybe<readonly string[]>;
  startsWith?: Maybe<string>;
  contains?: Maybe<string>;
};
type RangeInput = { gt?: Maybe<number>; gte?: Maybe<number>; lt?: Maybe<number>; lte?: Maybe<number> };

export interface EntityFilterInput {
  key?: Maybe<TextInput>;
  type?: Maybe<{ eq?: Maybe<EntityType>; in?: Maybe<readonly EntityType[]> }>;
  kind?: Maybe<TextInput>;
  name?: Maybe<TextInput>;
  nameEn?: Maybe<TextInput>;
  alias?: Maybe<TextInput>;
  date?: Maybe<{ from?: Maybe<string>; to?: Maybe<string> }>;
  relationship?: Maybe<RelationshipFilterInput>;
  AND?: Maybe<readonly EntityFilterInput[]>;
  OR?: Maybe<readonly EntityFilterInput[]>;
  NOT?: Maybe<EntityFilterInput>;
}

interface RelationshipFilterInput {
  type: RelationshipType;
  direction?: Maybe<Direction>;
  some?: Maybe<EntityFilterInput>;
  none?: Maybe<EntityFilterInput>;
}

export interface StatisticFilterInput {
  subject?: Maybe<{ key?: Maybe<string>; where?: Maybe<EntityFilterInput> }>;
  metric?: Maybe<TextInput>;
  unit?: Maybe<TextInput>;
  scope?: Maybe<TextInput>;
  year?: Maybe<RangeInput>;
  value?: Maybe<RangeInput>;
  AND?: Maybe<readonly StatisticFilterInput[]>;
  OR?: Maybe<readonly StatisticFilterInput[]>;
  NOT?: Maybe<StatisticFilterInput>;
}

export const EntityFilter = builder.inputRef<EntityFilterInput, false>('EntityFilter');
const RelationshipFilter = builder.inputRef<RelationshipFilterInput, false>('RelationshipFilter');
export const StatisticFilter = builder.inputRef<StatisticFilterInput, false>('StatisticFilter');

EntityFilter.implement({
  description:
    'Conditions on an entity; the ones given must all hold. Combine with `AND`, `OR` and `NOT` ' +
    `(nesting at most ${MAX_FILTER_DEPTH} deep, at most ${MAX_FILTER_CONDITIONS} conditions). Names compare ` +
    'ignoring case. Examples: `{ type: { in: [TOWN, VILLAGE] }, name: { contains: "水" } }`; ' +
    '`{ type: { eq: ORGANIZATION }, relationship: { type: SUPPORTS, direction: OUT, some: { relationship: ' +
    '{ type: HAS_INDUSTRY, direction: OUT, some: { key: { eq: "industry:sericulture" } } } } } }`. ' +
    'At least one condition must narrow the list through an index: a key, type, kind, name, English ' +
    'name, alias, date or a relationship that holds some entity; `NOT` and `none` only narrow further.',
  fields: (t) => ({
    key: t.field({ type: KeyFilter, description: 'The key.' }),
    type: t.field({ type: EntityTypeFilter, description: 'The type.' }),
    kind: t.field({ type: CodeFilter, description: 'The finer sub-kind, e.g. `township`.' }),
    name: t.field({ type: TextFilter, description: 'The Chinese name.' }),
    nameEn: t.field({ type: TextFilter, description: 'The English name.' }),
    alias: t.field({ type: TextFilter, description: 'Any of the other names.' }),
    date: t.field({
      type: DateRangeFilter,
      description: "An event's date; entities without one never match.",
    }),
    relationship: t.field({
      type: RelationshipFilter,
      description: 'A relationship of one type to (or from) an entity matching a filter.',
    }),
    AND: t.field({ type: [EntityFilter], description: 'Every one of these holds.' }),
    OR: t.field({ type: [EntityFilter], description: 'At least one of these holds.' }),
    NOT: t.field({ type: EntityFilter, description: 'This does not hold.' }),
  }),
});

RelationshipFilter.implement({
  description:
    'Relationships of one type: at least one leads to an entity matching `some`, and none to an entity ' +
    'matching `none`; with neither, the entity has at least one. `NOT { relationship: ... }` asks for none at all.',
  fields: (t) => ({
    type: t.field({ type: RelationshipTypeEnum, required: true, description: 'The relationship type.' }),
    direction: t.field({
      type: DirectionEnum,
      defaultValue: 'BOTH',
      description: 'OUT: from the entity; IN: to it; BOTH: either.',
    }),
    some: t.field({
      type: EntityFilter,
      description: 'At least one such relationship leads to an entity matching this.',
    }),
    none: t.field({
      type: EntityFilter,
      description: 'No such relationship leads to an entity matching this.',
    }),
  }),
});

const StatisticSubjectFilter = builder.inputType('StatisticSubjectFilter', {
  isOneOf: true,
  description:
    'The entity a figure is about: `{ key: "industry:sericulture" }`, or `{ where: { type: { eq: TOWN } } }`.',
  fields: (t) => ({
    key: t.string({ description: 'This entity.' }),
    where: t.field({ type: EntityFilter, description: 'Any entity matching this.' }),
  }),
});

StatisticFilter.implement({
  description:
    'Conditions on a figure; the ones given must all hold. Combine with `AND`, `OR` and `NOT`. Example: ' +
    '`{ value: { gt: 10000 }, unit: { eq: "kg" } }`. At least one condition other than `NOT` must be given.',
  fields: (t) => ({
    subject: t.field({ type: StatisticSubjectFilter, description: 'What the figure is about.' }),
    metric: t.field({ type: CodeFilter, description: 'The metric, e.g. `cocoon_output`.' }),
    unit: t.field({ type: CodeFilter, description: 'The unit code, e.g. `CNY`.' }),
    scope: t.field({ type: TextFilter, description: 'Whom or what the figure counts, in Chinese.' }),
    year: t.field({
      type: IntRangeFilter,
      description: 'The year it refers to; figures without one never match.',
    }),
    value: t.field({ type: FloatRangeFilter, description: 'The number, in its unit.' }),
    AND: t.field({ type: [StatisticFilter], description: 'Every one of these holds.' }),
    OR: t.field({ type: [StatisticFilter], description: 'At least one of these holds.' }),
    NOT: t.field({ type: StatisticFilter, description: 'This does not hold.' }),
  }),
});

// ---- reading --------------------------------------------------------------------------------

/** Walks one `where` argument, counting its conditions against the bound. */
class Reading {
  private conditions = 0;
  constructor(private readonly argument: string) {}

  fail(path: string, message: string): never {
    throw badInput(`\`${path}\`: ${message}`, this.argument);
  }

  count(path: string) {
    this.conditions += 1;
    if (this.conditions > MAX_FILTER_CONDITIONS)
      this.fail(path, `a filter holds at most ${MAX_FILTER_CONDITIONS} conditions.`);
  }

  nest(path: string, depth: number) {
    if (depth > MAX_FILTER_DEPTH) this.fail(path, `filters nest at most ${MAX_FILTER_DEPTH} deep.`);
  }

  text(path: string, value: string): string {
    if (value.length === 0 || value.length > MAX_TEXT_LENGTH)
      this.fail(path, `give 1 to ${MAX_TEXT_LENGTH} characters; got ${value.length}.`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
    if (/[\u0000-\u001f\u007f]/.test(value)) this.fail(path, 'control characters are not allowed.');
    return value;
  }

  list<T>(path: string, values: readonly T[]): readonly T[] {
    if (values.length === 0 || values.length > MAX_LIST_VALUES)
      this.fail(path, `give 1 to ${MAX_LIST_VALUES} values; got ${values.length}.`);
    return values;
  }

  textMatch(path: string, input: TextInput): TextMatch {
    this.count(path);
    // @oneOf: GraphQL has checked that exactly one operator is given.
    if (input.eq != null) return { eq: this.text(`${path}.eq`, input.eq) };
    if (input.in != null)
      return {
        in: this.list(`${path}.in`, input.in).map((value, i) => this.text(`${path}.in[${i}]`, value)),
      };
    if (input.startsWith != null) return { startsWith: this.text(`${path}.startsWith`, input.startsWith) };
    if (input.contains != null) return { contains: this.text(`${path}.contains`, input.contains) };
    return this.fail(path, 'give one operator.');
  }

  range(path: string, input: RangeInput): NumberRange {
    this.count(path);
    const range: NumberRange = {};
    for (const bound of ['gt', 'gte', 'lt', 'lte'] as const) {
      const value = input[bound];
      if (value != null) range[bound] = value;
    }
    if (range.gt !== undefined && range.gte !== undefined) this.fail(path, 'give `gt` or `gte`, not both.');
    if (range.lt !== undefined && range.lte !== undefined) this.fail(path, 'give `lt` or `lte`, not both.');
    const low = range.gt ?? range.gte;
    const high = range.lt ?? range.lte;
    if (low === undefined && high === undefined) this.fail(path, 'give at least one bound.');
    if (low !== undefined && high !== undefined) {
      const open = range.gt !== undefined || range.lt !== undefined;
      if (low > high || (low === high && open))
        this.fail(path, `the range is empty: ${low} is not below ${high}. Are the bounds reversed?`);
    }
    return range;
  }

  dateRange(path: string, input: { from?: Maybe<string>; to?: Maybe<string> }): DateRange {
    this.count(path);
    const range: DateRange = {};
    for (const bound of ['from', 'to'] as const) {
      const value = input[bound];
      if (value == null) continue;
      if (!isIsoDate(value)) this.fail(`${path}.${bound}`, 'an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD.');
      range[bound] = value;
    }
    if (range.from === undefined && range.to === undefined) this.fail(path, 'give `from`, `to` or both.');
    if (range.from !== undefined && range.to !== undefined) {
      const precision = Math.min(range.from.length, range.to.length);
      if (range.from.slice(0, precision) > range.to.slice(0, precision))
        this.fail(path, `the range is empty: ${range.from} is after ${range.to}. Are the bounds reversed?`);
    }
    return range;
  }

  /** Each of AND / OR: a non-empty list of filters one level deeper. */
  branches<In, Out>(
    path: string,
    inputs: readonly In[],
    depth: number,
    read: (input: In, path: string) => Out,
  ) {
    this.list(path, inputs);
    this.nest(path, depth + 1);
    return inputs.map((input, i) => read(input, `${path}[${i}]`));
  }

  entity(input: EntityFilterInput, path: string, depth: number): EntityWhere {
    const where: EntityWhere = {};
    if (input.key) where.key = this.textMatch(`${path}.key`, input.key);
    if (input.type) {
      this.count(`${path}.type`);
      where.type =
        input.type.eq != null
          ? { eq: input.type.eq }
          : { in: this.list(`${path}.type.in`, input.type.in ?? []) };
    }
    if (input.kind) where.kind = this.textMatch(`${path}.kind`, input.kind);
    if (input.name) where.name = this.textMatch(`${path}.name`, input.name);
    if (input.nameEn) where.nameEn = this.textMatch(`${path}.nameEn`, input.nameEn);
    if (input.alias) where.alias = this.textMatch(`${path}.alias`, input.alias);
    if (input.date) where.date = this.dateRange(`${path}.date`, input.date);
    if (input.relationship)
      where.relationship = this.relationship(input.relationship, `${path}.relationship`, depth);
    if (input.AND)
      where.AND = this.branches(`${path}.AND`, input.AND, depth, (each, at) =>
        this.entity(each, at, depth + 1),
      );
    if (input.OR)
      where.OR = this.branches(`${path}.OR`, input.OR, depth, (each, at) => this.entity(each, at, depth + 1));
    if (input.NOT) {
      this.nest(`${path}.NOT`, depth + 1);
      where.NOT = this.entity(input.NOT, `${path}.NOT`, depth + 1);
    }
    if (Object.keys(where).length === 0)
      this.fail(path, 'an empty filter; give at least one condition, or leave the filter out.');
    return where;
  }

  relationship(input: RelationshipFilterInput, path: string, depth: number): RelationshipCondition {
    this.count(path);
    const condition: RelationshipCondition = { type: input.type, direction: input.direction ?? 'BOTH' };
    for (const quantifier of ['some', 'none'] as const) {
      const inner = input[quantifier];
      if (!inner) continue;
      this.nest(`${path}.${quantifier}`, depth + 1);
      condition[quantifier] = this.entity(inner, `${path}.${quantifier}`, depth + 1);
    }
    return condition;
  }

  statistic(input: StatisticFilterInput, path: string, depth: number): StatisticWhere {
    const where: StatisticWhere = {};
    if (input.subject) {
      this.count(`${path}.subject`);
      if (input.subject.key != null)
        where.subject = { key: this.text(`${path}.subject.key`, input.subject.key) };
      else if (input.subject.where) {
        this.nest(`${path}.subject.where`, depth + 1);
        where.subject = { where: this.entity(input.subject.where, `${path}.subject.where`, depth + 1) };
      }
    }
    if (input.metric) where.metric = this.textMatch(`${path}.metric`, input.metric);
    if (input.unit) where.unit = this.textMatch(`${path}.unit`, input.unit);
    if (input.scope) where.scope = this.textMatch(`${path}.scope`, input.scope);
    if (input.year) where.year = this.range(`${path}.year`, input.year);
    if (input.value) where.value = this.range(`${path}.value`, input.value);
    if (input.AND)
      where.AND = this.branches(`${path}.AND`, input.AND, depth, (each, at) =>
        this.statistic(each, at, depth + 1),
      );
    if (input.OR)
      where.OR = this.branches(`${path}.OR`, input.OR, depth, (each, at) =>
        this.statistic(each, at, depth + 1),
      );
    if (input.NOT) {
      this.nest(`${path}.NOT`, depth + 1);
      where.NOT = this.statistic(input.NOT, `${path}.NOT`, depth + 1);
    }
    if (Object.keys(where).length === 0)
      this.fail(path, 'an empty filter; give at least one condition, or leave the filter out.');
    return where;
  }
}

const ANCHORLESS =
  'no condition narrows the list through an index (a key, type, kind, name, English name, alias, date, or a ' +
  'relationship that holds some entity); NOT and `none` only narrow further, so on their own every entity ' +
  'would be read. Add one of those.';

/** An entity filter argument, checked; undefined when absent. */
export function readEntityFilter(
  input: Maybe<EntityFilterInput>,
  argument = 'where',
  { anchored = true } = {},
): EntityWhere | undefined {
  if (input == null) return undefined;
  const reading = new Reading(argument);
  const where = reading.entity(input, argument, 0);
  // A filter of what surrounds one entity needs no index: the walk from it bounds the candidates.
  if (anchored && !entityAnchor(where)) reading.fail(argument, ANCHORLESS);
  return where;
}

/** A statistic filter argument, checked; undefined when absent. */
export function readStatisticFilter(
  input: Maybe<StatisticFilterInput>,
  argument = 'where',
): StatisticWhere | undefined {
  if (input == null) return undefined;
  const reading = new Reading(argument);
  const where = reading.statistic(input, argument, 0);
  if (!statisticAnchor(where))
    reading.fail(
      argument,
      'no condition narrows the figures through an index; NOT only narrows further. Add a subject, metric, unit, scope, year or value.',
    );
  return where;
}
