import type { EntityType, RelationshipType } from '../domain/vocabulary.ts';
import { ALIAS_SEPARATOR, fold } from './storage.ts';

/**
 * Filters of entities and statistics, compiled to Cypher that stays on indexes. A filter is a tree
 * of conditions (AND / OR / NOT, and relationship conditions that hold a filter of the entity at the
 * other end). Each compiles two ways:
 * - a predicate on a node variable, exact, which the query applies to every candidate;
 * - an anchor: the cheapest way to find candidates (a superset of the matches) through an index or
 *   a bounded walk from one. The anchor is chosen from a fixed ranking of condition kinds, because
 *   Neo4j's planner, left alone, scans the label for a relationship condition and picks an index by
 *   estimates that do not know a key is more selective than a type.
 * A filter with no anchor (only NOT or `none` conditions) is refused by the schema layer before it
 * gets here (`anchorless`): answering it would scan every entity.
 * Every value is a parameter; labels and relationship types come from the closed vocabulary.
 */

/** Which way relationships point from the entity (as asks.ts has it). */
type Direction = 'OUT' | 'IN' | 'BOTH';

/** One way to compare a text: exactly one operator (the GraphQL input is @oneOf). */
export type TextMatch =
  | { eq: string }
  | { in: readonly string[] }
  | { startsWith: string }
  | { contains: string };

/** Bounds of a number; at most one lower and one upper bound. */
export interface NumberRange {
  gt?: number;
  gte?: number;
  lt?: number;
  lte?: number;
}

/** ISO 8601 dates (YYYY, YYYY-MM or YYYY-MM-DD), inclusive, compared at the coarser precision. */
export interface DateRange {
  from?: string;
  to?: string;
}

export interface RelationshipCondition {
  type: RelationshipType;
  direction: Direction;
  /** At least one such relationship leads to an entity matching this (any entity when neither is given). */
  some?: EntityWhere;
  /** No such relationship leads to an entity matching this. */
  none?: EntityWhere;
}

/** Conditions on an entity; those given together must all hold. */
export interface EntityWhere {
  key?: TextMatch;
  type?: { eq: EntityType } | { in: readonly EntityType[] };
  kind?: TextMatch;
  name?: TextMatch;
  nameEn?: TextMatch;
  alias?: TextMatch;
  date?: DateRange;
  relationship?: RelationshipCondition;
  AND?: readonly EntityWhere[];
  OR?: readonly EntityWhere[];
  NOT?: EntityWhere;
}

/** Conditions on a statistic; those given together must all hold. */
export interface StatisticWhere {
  subject?: { key: string } | { where: EntityWhere };
  metric?: TextMatch;
  unit?: TextMatch;
  scope?: TextMatch;
  year?: NumberRange;
  value?: NumberRange;
  AND?: readonly StatisticWhere[];
  OR?: readonly StatisticWhere[];
  NOT?: StatisticWhere;
}

/** Parameters of a statement under construction: each value gets a fresh name. */
export class Parameters {
  readonly values: Record<string, unknown> = {};
  private next = 0;
  private nextVariable = 0;
  constructor(private readonly prefix = 'w') {}
  /** `$w0`, `$w1` ...: the value as a parameter. */
  add(value: unknown): string {
    const name = `${this.prefix}${this.next++}`;
    this.values[name] = value;
    return `$${name}`;
  }
  /** A fresh node variable for a nested pattern. */
  variable(stem: string): string {
    return `${stem}${this.nextVariable++}`;
  }
}

// ---- predicates ---------------------------------------------------------------------------------

/** A text compared as stored (keys, kinds, metrics, units). */
function exactText(property: string, match: TextMatch, p: Parameters): string {
  if ('eq' in match) return `${property} = ${p.add(match.eq)}`;
  if ('in' in match) return `${property} IN ${p.add(match.in)}`;
  if ('startsWith' in match) return `${property} STARTS WITH ${p.add(match.startsWith)}`;
  return `${property} CONTAINS ${p.add(match.contains)}`;
}

/** A text compared with its folded copy (`<property>Folded`): case and width do not matter. */
function foldedText(property: string, match: TextMatch, p: Parameters): string {
  if ('in' in match) return exactText(property, { in: match.in.map(fold) }, p);
  if ('eq' in match) return exactText(property, { eq: fold(match.eq) }, p);
  if ('startsWith' in match) return exactText(property, { startsWith: fold(match.startsWith) }, p);
  return exactText(property, { contains: fold(match.contains) }, p);
}

/**
 * Aliases are stored as one folded string with a separator around each (storage.ts), so every
 * comparison is a CONTAINS the text index serves: `=` is the alias between two separators,
 * STARTS WITH after one. Values cannot hold the separator (the schema refuses control characters).
 */
function aliasText(v: string, match: TextMatch, p: Parameters): string {
  const contains = (text: string) => `${v}.aliasFolded CONTAINS ${p.add(text)}`;
  const s = ALIAS_SEPARATOR;
  if ('eq' in match) return contains(`${s}${fold(match.eq)}${s}`);
  if ('in' in match) return `(${match.in.map((one) => contains(`${s}${fold(one)}${s}`)).join(' OR ')})`;
  if ('startsWith' in match) return contains(`${s}${fold(match.startsWith)}`);
  return contains(fold(match.contains));
}

/**
 * Dates compare at the coarser precision of the two (an event dated `2020` is within `from:
 * "2020-06"`, as `timeline` has it). The exact test cannot use the index, so a plain string range
 * that contains every match goes first: from the year of `from`, and before the year after `to`.
 */
function dateRange(v: string, range: DateRange, p: Parameters): string {
  const parts: string[] = [];
  if (range.from !== undefined) {
    const from = p.add(range.from);
    parts.push(`${v}.date >= ${p.add(range.from.slice(0, 4))}`);
    parts.push(`left(${v}.date, size(${from})) >= left(${from}, size(${v}.date))`);
  }
  if (range.to !== undefined) {
    const to = p.add(range.to);
    parts.push(`${v}.date < ${p.add(String(Number(range.to.slice(0, 4)) + 1))}`);
    parts.push(`left(${v}.date, size(${to})) <= left(${to}, size(${v}.date))`);
  }
  return parts.join(' AND ');
}

export function numberRange(property: string, range: NumberRange, p: Parameters): string {
  const parts: string[] = [];
  if (range.gt !== undefined) parts.push(`${property} > ${p.add(range.gt)}`);
  if (range.gte !== undefined) parts.push(`${property} >= ${p.add(range.gte)}`);
  if (range.lt !== undefined) parts.push(`${property} < ${p.add(range.lt)}`);
  if (range.lte !== undefined) parts.push(`${property} <= ${p.add(range.lte)}`);
  return parts.join(' AND ');
}

/** `(v)-[:T]->(o:Entity)` as `direction` says, from `v`'s side. */
export function relationshipStep(
  v: string,
  type: RelationshipType,
  direction: Direction,
  o: string,
  r = '',
): string {
  // The type comes from the closed vocabulary (a GraphQL enum).
  const rel = `[${r}:${type}]`;
  if (direction === 'OUT') return `(${v})-${rel}->(${o}:Entity)`;
  if (direction === 'IN') return `(${v})<-${rel}-(${o}:Entity)`;
  return `(${v})-${rel}-(${o}:Entity)`;
}

function relationshipPredicate(v: string, condition: RelationshipCondition, p: Parameters): string {
  const o = p.variable('o');
  const step = relationshipStep(v, condition.type, condition.direction, o);
  const parts: string[] = [];
  if (condition.some) parts.push(`EXISTS { MATCH ${step} WHERE ${entityPredicate(condition.some, o, p)} }`);
  if (condition.none)
    parts.push(`NOT EXISTS { MATCH ${step} WHERE ${entityPredicate(condition.none, o, p)} }`);
  if (!parts.length) parts.push(`EXISTS { ${step} }`);
  return parts.join(' AND ');
}

const all = (parts: string[]) => (parts.length === 1 ? (parts[0] as string) : `(${parts.join(' AND ')})`);

/** The exact condition on the entity in variable `v`. */
export function entityPredicate(where: EntityWhere, v: string, p: Parameters): string {
  const parts: string[] = [];
  if (where.key) parts.push(exactText(`${v}.key`, where.key, p));
  if (where.type)
    parts.push(
      'eq' in where.type ? `${v}.type = ${p.add(where.type.eq)}` : `${v}.type IN ${p.add(where.type.in)}`,
    );
  if (where.kind) parts.push(exactText(`${v}.kind`, where.kind, p));
  if (where.name) parts.push(foldedText(`${v}.nameFolded`, where.name, p));
  if (where.nameEn) parts.push(foldedText(`${v}.nameEnFolded`, where.nameEn, p));
  if (where.alias) parts.push(aliasText(v, where.alias, p));
  if (where.date) parts.push(dateRange(v, where.date, p));
  if (where.relationship) parts.push(relationshipPredicate(v, where.relationship, p));
  for (const each of where.AND ?? []) parts.push(entityPredicate(each, v, p));
  if (where.OR) parts.push(`(${where.OR.map((each) => entityPredicate(each, v, p)).join(' OR ')})`);
  if (where.NOT) parts.push(`NOT ${entityPredicate(where.NOT, v, p)}`);
  return all(parts);
}

/** The exact condition on the statistic in variable `s`. */
export function statisticPredicate(where: StatisticWhere, s: string, p: Parameters): string {
  const parts: string[] = [];
  if (where.subject) {
    const x = p.variable('x');
    parts.push(
      'key' in where.subject
        ? `EXISTS { MATCH (${x}:Entity)-[:HAS_STATISTIC]->(${s}) WHERE ${x}.key = ${p.add(where.subject.key)} }`
        : `EXISTS { MATCH (${x}:Entity)-[:HAS_STATISTIC]->(${s}) WHERE ${entityPredicate(where.subject.where, x, p)} }`,
    );
  }
  if (where.metric) parts.push(exactText(`${s}.metric`, where.metric, p));
  if (where.unit) parts.push(exactText(`${s}.unit`, where.unit, p));
  if (where.scope) parts.push(foldedText(`${s}.scopeFolded`, where.scope, p));
  if (where.year) parts.push(numberRange(`${s}.year`, where.year, p));
  if (where.value) parts.push(numberRange(`${s}.value`, where.value, p));
  for (const each of where.AND ?? []) parts.push(statisticPredicate(each, s, p));
  if (where.OR) parts.push(`(${where.OR.map((each) => statisticPredicate(each, s, p)).join(' OR ')})`);
  if (where.NOT) parts.push(`NOT ${statisticPredicate(where.NOT, s, p)}`);
  return all(parts);
}

// ---- anchors ----------------------------------------------------------------------------------

/**
 * Where candidates come from, and how selective that is likely to be (lower is better): a key is
 * one entity; a walk from an anchor costs a little more than the anchor; names and prefixes find
 * few; a type or kind finds a whole class. Only the ranking matters.
 */
interface Anchor {
  rank: number;
  /** Cypher binding the candidate variable (possibly more than once: callers take DISTINCT). */
  cypher: (v: string, p: Parameters) => string;
  /** The condition of the filter every candidate meets exactly, so it need not be checked again. */
  covers?: string;
}

const TEXT_RANK: Record<string, number> = { eq: 2, in: 2.2, startsWith: 3, contains: 4 };
const textRank = (match: TextMatch) => TEXT_RANK[Object.keys(match)[0] ?? 'contains'] ?? 4;

const best = (anchors: (Anchor | undefined)[]): Anchor | undefined =>
  anchors.reduce<Anchor | undefined>(
    (found, anchor) => (anchor && (!found || anchor.rank < found.rank) ? anchor : found),
    undefined,
  );

/** Candidates found by one condition through its index: the condition alone, on the label. */
const byIndex = (
  rank: number,
  label: string,
  predicate: (v: string, p: Parameters) => string,
  covers?: string,
): Anchor => ({
  rank,
  cypher: (v, p) => `MATCH (${v}:${label}) WHERE ${predicate(v, p)}`,
  covers,
});

/** Every anchor of an OR's branches, their union; none when a branch has none. */
function union<Where>(branches: readonly Where[], anchorOf: (where: Where) => Anchor | undefined) {
  const anchors = branches.map(anchorOf);
  if (!anchors.length || anchors.some((anchor) => !anchor)) return undefined;
  const found = anchors as Anchor[];
  return {
    rank: Math.max(...found.map((anchor) => anchor.rank)) + 0.1,
    cypher: (v: string, p: Parameters) =>
      `CALL () { ${found.map((anchor) => `${anchor.cypher(v, p)} RETURN ${v}`).join(' UNION ')} }`,
  };
}

/** The best anchor of an entity filter; undefined when it has none (only NOT / none conditions). */
export function entityAnchor(where: EntityWhere): Anchor | undefined {
  const anchors: (Anchor | undefined)[] = [];
  const field = (rank: number, part: EntityWhere) =>
    anchors.push(byIndex(rank, 'Entity', (v, p) => entityPredicate(part, v, p), Object.keys(part)[0]));
  if (where.key) field('eq' in where.key || 'in' in where.key ? 1 : 3, { key: where.key });
  if (where.name) field(textRank(where.name), { name: where.name });
  if (where.nameEn) field(textRank(where.nameEn), { nameEn: where.nameEn });
  if (where.alias) field(textRank(where.alias) + 0.5, { alias: where.alias });
  if (where.date) field(4, { date: where.date });
  if (where.kind) field(5, { kind: where.kind });
  if (where.type) field(6, { type: where.type });
  const relationship = where.relationship;
  if (relationship?.some || (relationship && !relationship.none)) {
    const inner = relationship.some ? entityAnchor(relationship.some) : undefined;
    if (inner || !relationship.some) {
      anchors.push({
        // Without a filter of its own, the walk starts from the relationship type's lookup index.
        rank: inner ? inner.rank + 0.5 : 7,
        cypher: (v, p) => {
          const o = p.variable('o');
          const reverse = { OUT: 'IN', IN: 'OUT', BOTH: 'BOTH' } as const;
          // The walk starts from the entities matching the whole inner filter, so the entities it
          // reaches meet `some` exactly.
          const start = inner && relationship.some ? `${within(relationship.some, inner, o, p)} ` : '';
          return `${start}MATCH ${relationshipStep(o, relationship.type, reverse[relationship.direction], v)}`;
        },
        // `none` is a condition of its own, checked on what the walk finds.
        covers: inner && !relationship.none ? 'relationship' : undefined,
      });
    }
  }
  for (const each of where.AND ?? []) anchors.push(entityAnchor(each));
  if (where.OR) anchors.push(union(where.OR, entityAnchor));
  return best(anchors);
}

/** The best anchor of a statistic filter; undefined when it has none. */
export function statisticAnchor(where: StatisticWhere): Anchor | undefined {
  const anchors: (Anchor | undefined)[] = [];
  const field = (rank: number, part: StatisticWhere) =>
    anchors.push(byIndex(rank, 'Statistic', (s, p) => statisticPredicate(part, s, p), Object.keys(part)[0]));
  const subject = where.subject;
  if (subject) {
    const subjectWhere: EntityWhere = 'key' in subject ? { key: { eq: subject.key } } : subject.where;
    const inner = entityAnchor(subjectWhere);
    if (inner)
      anchors.push({
        rank: inner.rank + 0.5,
        // From the subjects matching the whole subject filter: their figures meet it exactly.
        cypher: (s, p) => {
          const x = p.variable('x');
          return `${within(subjectWhere, inner, x, p)}
            MATCH (${x})-[:HAS_STATISTIC]->(${s}:Statistic)`;
        },
        covers: 'subject',
      });
  }
  if (where.scope) field(textRank(where.scope), { scope: where.scope });
  if (where.metric) field(textRank(where.metric) + 1, { metric: where.metric });
  if (where.value) field(4, { value: where.value });
  if (where.year) field(4.5, { year: where.year });
  if (where.unit) field(5, { unit: where.unit });
  for (const each of where.AND ?? []) anchors.push(statisticAnchor(each));
  if (where.OR) anchors.push(union(where.OR, statisticAnchor));
  return best(anchors);
}

/**
 * `MATCH ... WITH DISTINCT v WHERE <filter>`: every match of the filter in variable `v`, found
 * through its anchor. The filter must have one (the schema layer checks with entityAnchor first).
 */
export function matchEntities(where: EntityWhere, v: string, p: Parameters): string {
  const anchor = entityAnchor(where);
  if (!anchor) throw new Error('an entity filter without an anchor reached the query');
  return within(where, anchor, v, p);
}

/** The entities matching `where`, found through `anchor` (one of its anchors), in `v`. */
function within(where: EntityWhere, anchor: Anchor, v: string, p: Parameters): string {
  const rest = uncovered(where, anchor);
  return `${anchor.cypher(v, p)}
    WITH DISTINCT ${v} ${rest ? `WHERE ${entityPredicate(rest, v, p)}` : ''}`;
}

export function matchStatistics(where: StatisticWhere, s: string, p: Parameters): string {
  const anchor = statisticAnchor(where);
  if (!anchor) throw new Error('a statistic filter without an anchor reached the query');
  const rest = uncovered(where, anchor);
  return `${anchor.cypher(s, p)}
    WITH DISTINCT ${s} ${rest ? `WHERE ${statisticPredicate(rest, s, p)}` : ''}`;
}

/** The conditions of `where` its anchor does not meet exactly; undefined when none is left. */
function uncovered<Where extends object>(where: Where, anchor: Anchor): Where | undefined {
  const rest = Object.fromEntries(
    Object.entries(where).filter(([field, value]) => value !== undefined && field !== anchor.covers),
  );
  return Object.keys(rest).length ? (rest as Where) : undefined;
}
