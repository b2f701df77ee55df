import { type EntityType, type RelationshipType, relationshipPattern } from '../domain/vocabulary.ts';
import { type EntityWhere, entityPredicate, Parameters } from './filters.ts';
import {
  type EntityParts,
  orderProjected,
  type ProjectedEntityRow,
  projectionOf,
  type RelationshipRow,
  relationshipProjection,
  type StatisticRow,
  statisticProjection,
  WHOLE_ENTITY,
} from './storage.ts';

/**
 * What a resolver asks about an entity beyond its own properties (a page of its relationships, its
 * statistics), and the Cypher subqueries that answer any number of asks for every entity of a
 * statement's rows. They let one statement answer a whole level of a GraphQL selection: the
 * District's industries, honours, supporters and teams together, or a page of entities with their
 * statistics and neighbours (as @neo4j/graphql answers a nested selection with CALL subqueries).
 */

export type Direction = 'OUT' | 'IN' | 'BOTH';

/** A first hop to the entity's members, whose own relationships the page then lists (honours of a district's bodies). */
export interface Through {
  types: readonly RelationshipType[];
  of: EntityType;
}

export interface RelationshipPageOptions {
  direction: Direction;
  types?: readonly RelationshipType[] | null;
  entityTypes?: readonly EntityType[] | null;
  /** Only what surrounds the entity matching this filter (./filters.ts). */
  where?: EntityWhere | null;
  /** Pointing IN at the entity through `types`, of type `of`; the page is of what surrounds them. */
  through?: Through | null;
  skip: number;
  limit: number;
  /**
   * What the page reads of the entities at the other ends (storage.ts's projectionOf), from the
   * selection of those entities; absent, they are read whole.
   */
  parts?: EntityParts | null;
}

export interface RelationshipPage {
  total: number;
  items: { relationship: RelationshipRow; entity: ProjectedEntityRow }[];
}

/** Which of an entity's statistics a statistics ask is for. */
export interface StatisticsOptions {
  metric?: string | null;
  year?: number | null;
}

/** A page of what surrounds the entity. */
export type PageAsk = { kind: 'page'; page: RelationshipPageOptions };
/** The entity's statistics, in key order. */
export type StatisticsAsk = { kind: 'statistics'; statistics: StatisticsOptions };
export type Ask = PageAsk | StatisticsAsk;

/** Answers carry their ask's kind: the Cypher of each kind returns it (see the subqueries below). */
export type PageAnswer = { kind: 'page' } & RelationshipPage;
export type StatisticsAnswer = { kind: 'statistics'; statistics: StatisticRow[] };
export type Answer = PageAnswer | StatisticsAnswer;

/**
 * An ask, and which rows of the statement it is for: entities with one of `keys` (bound as `key`),
 * or of one of `types`; every row when neither is given.
 */
export interface Asked {
  ask: Ask;
  keys?: readonly string[];
  types?: readonly EntityType[];
}

/**
 * Equal asks have equal ids, whatever order their options were written in. Pages that differ only
 * in the parts they read of their entities share an id: one subquery answers them, reading the
 * union of their parts (`merged`), and a field finding a part left out loads it (Loaders.part).
 */
export function askId(ask: Ask): string {
  switch (ask.kind) {
    case 'statistics':
      return `statistics:${ask.statistics.metric ?? ''}:${ask.statistics.year ?? ''}`;
    case 'page': {
      const { direction, types, entityTypes, where, through, skip, limit } = ask.page;
      const through_ = through ? `${through.types.join('|')}>${through.of}` : '';
      const where_ = where ? JSON.stringify(where) : '';
      return `page:${direction}:${types?.join('|') ?? ''}:${entityTypes?.join('|') ?? ''}:${where_}:${through_}:${skip}:${limit}`;
    }
  }
}

/** One ask for two of the same id: a page reads the union of both pages' parts (absent: whole). */
export function merged(ask: Ask, other: Ask): Ask {
  if (ask.kind !== 'page' || other.kind !== 'page') return ask;
  const a = ask.page.parts ?? WHOLE_ENTITY;
  const b = other.page.parts ?? WHOLE_ENTITY;
  if ((a.details || !b.details) && (a.citations || !b.citations)) return ask;
  return {
    kind: 'page',
    page: { ...ask.page, parts: { details: a.details || b.details, citations: a.citations || b.citations } },
  };
}

const PATTERNS: Record<Direction, (from: string, types: string) => string> = {
  OUT: (from, types) => `(${from})-[r:${types}]->(other:Entity)`,
  IN: (from, types) => `(${from})<-[r:${types}]-(other:Entity)`,
  BOTH: (from, types) => `(${from})-[r:${types}]-(other:Entity)`,
};

/**
 * One pass over the pattern gives both the total and the page: the matches are collected in page
 * order and the page is sliced from that list, so the relationships are not walked twice.
 */
function pageSubquery(
  options: RelationshipPageOptions,
  p: string,
  column: string,
  filter: Parameters,
): string {
  // Types come from the closed vocabulary (GraphQL enums), never from free text.
  const types = relationshipPattern(options.types ?? undefined);
  const through = options.through;
  const match = through
    ? `MATCH (e)<-[via:${relationshipPattern(through.types)}]-(member:Entity) WHERE member.type = ${p}.through.of
       MATCH ${PATTERNS[options.direction]('member', types)}`
    : `MATCH ${PATTERNS[options.direction]('e', types)}`;
  const order = through
    ? 'type(via), member.key, via.key, type(r), other.key, r.key'
    : 'type(r), other.key, r.key';
  const where = [
    options.entityTypes ? `other.type IN ${p}.entityTypes` : '',
    options.where ? entityPredicate(options.where, 'other', filter) : '',
  ].filter(Boolean);
  return `${match}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    WITH r, other ORDER BY ${order}
    WITH collect({ r: r, other: other }) AS found
    CALL (found) {
      UNWIND found[toInteger(${p}.skip)..toInteger(${p}.skip) + toInteger(${p}.limit)] AS item
      WITH item.r AS r, item.other AS other
      RETURN collect({ relationship: ${relationshipProjection('r')}, entity: ${projectionOf(options.parts ?? WHOLE_ENTITY)('other')} }) AS items
    }
    RETURN { kind: 'page', total: size(found), items: items } AS ${column}`;
}

function statisticsSubquery(filter: StatisticsOptions, p: string, column: string): string {
  const where = [
    filter.metric != null ? `s.metric = ${p}.metric` : '',
    filter.year != null ? `s.year = ${p}.year` : '',
  ].filter(Boolean);
  return `MATCH (e)-[:HAS_STATISTIC]->(s:Statistic)
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    WITH s ORDER BY s.key
    RETURN { kind: 'statistics', statistics: collect(${statisticProjection('s')}) } AS ${column}`;
}

/** The subquery answering `ask` as `column`, and the options it reads from its parameter `p`. */
function subquery(ask: Ask, p: string, column: string, filter: Parameters) {
  switch (ask.kind) {
    case 'page': {
      // The filter's own parameters go beside the ask's, not into it: they are values, not options.
      // The parts shape the statement's text; the statement reads no parameter of them.
      const { where: _where, parts: _parts, ...options } = ask.page;
      return { body: pageSubquery(ask.page, p, column, filter), options };
    }
    case 'statistics':
      return { body: statisticsSubquery(ask.statistics, p, column), options: ask.statistics };
  }
}

/**
 * CALL subqueries answering each ask for the row's entity `e` (and its key `key`, where an ask is
 * for some keys only), as columns `a0`, `a1` ... A subquery ends in an aggregation, so a row the ask
 * is not for, or an entity with nothing to find, still gets its (empty) answer and is never dropped.
 */
export function askSubqueries(asked: readonly Asked[]): {
  cypher: string;
  columns: string;
  params: Record<string, unknown>;
} {
  const params: Record<string, unknown> = {};
  const filter = new Parameters('af');
  const calls = asked.map(({ ask, keys, types }, i) => {
    const p = `$a${i}`;
    const gate = [keys ? `key IN ${p}.keys` : '', types ? `e.type IN ${p}.types` : ''].filter(Boolean);
    const column = `a${i}`;
    const { body, options } = subquery(ask, p, column, filter);
    params[column] = { ...options, ...(keys && { keys }), ...(types && { types }) };
    return `CALL (e${keys ? ', key' : ''}) {
      ${gate.length ? `WITH e WHERE ${gate.join(' AND ')}` : ''}
      ${body}
    }`;
  });
  return {
    cypher: calls.join('\n'),
    columns: asked.map((_, i) => `a${i}`).join(', '),
    params: { ...params, ...filter.values },
  };
}

/** An answer as the resolvers use it: citations of the entities found, when read, in their seed order. */
export function readAnswer(answer: Answer): Answer {
  switch (answer.kind) {
    case 'statistics':
      return answer;
    case 'page':
      return {
        kind: 'page',
        total: answer.total,
        items: answer.items.map((item) => ({
          relationship: item.relationship,
          entity: orderProjected(item.entity),
        })),
      };
  }
}

/** What an entity that is not there (deleted meanwhile) answers. */
export function emptyAnswer(ask: Ask): Answer {
  switch (ask.kind) {
    case 'page':
      return { kind: 'page', total: 0, items: [] };
    case 'statistics':
      return { kind: 'statistics', statistics: [] };
  }
}
