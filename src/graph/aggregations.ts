import {
  ENTITY_TYPE_NAMES,
  ENTITY_TYPES,
  type EntityType,
  RELATIONSHIP_TYPE_NAMES,
  type RelationshipType,
  relationshipPattern,
} from '../domain/vocabulary.ts';
import type { Executor } from '../neo4j/executor.ts';
import type { Direction } from './asks.ts';
import {
  type EntityWhere,
  matchEntities,
  matchStatistics,
  Parameters,
  type StatisticWhere,
} from './filters.ts';

/**
 * Group-by aggregations: entities counted by type and kind, relationships by type and the types
 * of their ends, statistics counted, summed, averaged and bounded by metric, year, unit, scope and
 * subject; each group with its key. Without a filter the counts come from Neo4j's count store and
 * the kind index, never from reading every node; with one, from the filter's matches
 * (./filters.ts). Figures of different units are never added up: unit is always part of a
 * statistic group's key.
 */

export type EntityGroupField = 'type' | 'kind';
export type RelationshipGroupField = 'type' | 'fromType' | 'toType';
export type StatisticGroupField = 'metric' | 'year' | 'unit' | 'scope' | 'subject';

export interface EntityGroup {
  key: { type: EntityType | null; kind: string | null };
  count: number;
}

export interface RelationshipGroup {
  key: { type: RelationshipType | null; fromType: EntityType | null; toType: EntityType | null };
  count: number;
}

export interface StatisticGroup {
  key: {
    metric: string | null;
    year: number | null;
    unit: string;
    scope: string | null;
    subject: string | null;
  };
  count: number;
  sum: number;
  min: number;
  max: number;
  average: number;
}

export interface GroupPage<Group> {
  groups: Group[];
  total: number;
}

/** Groups `skip` .. `skip + limit`, of all of them in key order. */
export interface GroupSlice {
  skip: number;
  limit: number;
}

/** Rows of the finest grouping, summed into the coarser one asked for, in key order (missing values last). */
function rollUp<Key extends Record<string, unknown>>(
  rows: { key: Key; count: number }[],
  by: readonly (keyof Key)[],
  everyField: readonly (keyof Key)[],
): { key: Key; count: number }[] {
  const groups = new Map<string, { key: Key; count: number }>();
  for (const row of rows) {
    if (row.count === 0) continue;
    const key = Object.fromEntries(
      everyField.map((field) => [field, by.includes(field) ? row.key[field] : null]),
    ) as Key;
    const id = JSON.stringify(everyField.map((field) => key[field]));
    const group = groups.get(id) ?? { key, count: 0 };
    group.count += row.count;
    groups.set(id, group);
  }
  const order = (a: unknown, b: unknown) =>
    a === b ? 0 : a === null ? 1 : b === null ? -1 : String(a) < String(b) ? -1 : 1;
  return [...groups.values()].sort((a, b) => {
    for (const field of everyField) {
      const compared = order(a.key[field], b.key[field]);
      if (compared) return compared;
    }
    return 0;
  });
}

const slice = <Group>(groups: Group[], { skip, limit }: GroupSlice): GroupPage<Group> => ({
  groups: groups.slice(skip, skip + limit),
  total: groups.length,
});

export class AggregationRepository {
  constructor(private readonly executor: Executor) {}

  /**
   * Entities counted by `by`. Without a filter: each type's count from the count store, and the
   * kinds from the kind index (an entity without a kind is its type's count minus those with one).
   */
  async entityGroups(
    where: EntityWhere | undefined,
    by: readonly EntityGroupField[],
    page: GroupSlice,
  ): Promise<GroupPage<EntityGroup>> {
    const p = new Parameters();
    let rows: { type: EntityType; kind: string | null; count: number }[];
    if (where) {
      rows = await this.executor.read(
        `${matchEntities(where, 'e', p)}
         RETURN e.type AS type, e.kind AS kind, count(*) AS count`,
        p.values,
      );
    } else {
      // The labels come from the closed list of entity types.
      const perType = ENTITY_TYPE_NAMES.map(
        (type) => `RETURN '${type}' AS type, COUNT { (:${ENTITY_TYPES[type].label}) } AS count`,
      ).join(' UNION ALL ');
      const counted = await this.executor.read<{
        types: { type: EntityType; count: number }[];
        kinded: { type: EntityType; kind: string; count: number }[];
      }>(
        `CALL () { ${perType} }
         WITH collect({ type: type, count: count }) AS types
         CALL (types) {
           MATCH (e:Entity) WHERE e.kind IS NOT NULL
           WITH e.type AS type, e.kind AS kind, count(*) AS count
           RETURN collect({ type: type, kind: kind, count: count }) AS kinded
         }
         RETURN types, kinded`,
      );
      const { types = [], kinded = [] } = counted[0] ?? {};
      rows = [
        ...kinded,
        ...types.map(({ type, count }) => ({
          type,
          kind: null,
          count: count - kinded.filter((row) => row.type === type).reduce((sum, row) => sum + row.count, 0),
        })),
      ];
    }
    const groups = rollUp(
      rows.map(({ type, kind, count }) => ({ key: { type, kind }, count })),
      by,
      ['type', 'kind'],
    );
    return slice(groups, page);
  }

  /**
   * Knowledge relationships counted by `by`: of the entities matching `where` (pointing `direction`
   * from them), or all of them, from the count store, which knows each type's count and its count
   * per label at either end (but not at both at once: that needs a filter).
   */
  async relationshipGroups(
    where: EntityWhere | undefined,
    direction: Direction,
    by: readonly RelationshipGroupField[],
    page: GroupSlice,
  ): Promise<GroupPage<RelationshipGroup>> {
    type Row = {
      type: RelationshipType;
      fromType: EntityType | null;
      toType: EntityType | null;
      count: number;
    };
    let rows: Row[];
    if (where) {
      const p = new Parameters();
      const arrow = { OUT: ['-', '->'], IN: ['<-', '-'], BOTH: ['-', '-'] }[direction];
      rows = await this.executor.read<Row>(
        `${matchEntities(where, 'e', p)}
         MATCH (e)${arrow[0]}[r:${relationshipPattern()}]${arrow[1]}(:Entity)
         WITH DISTINCT r
         RETURN type(r) AS type, startNode(r).type AS fromType, endNode(r).type AS toType, count(*) AS count`,
        p.values,
      );
    } else {
      // Types and labels come from the closed vocabularies.
      const end = by.includes('fromType') ? 'from' : by.includes('toType') ? 'to' : undefined;
      const counts = RELATIONSHIP_TYPE_NAMES.flatMap((type) =>
        end
          ? ENTITY_TYPE_NAMES.map((entityType) => {
              const label = ENTITY_TYPES[entityType].label;
              const pattern = end === 'from' ? `(:${label})-[:${type}]->()` : `()-[:${type}]->(:${label})`;
              const ends =
                end === 'from'
                  ? `'${entityType}' AS fromType, null AS toType`
                  : `null AS fromType, '${entityType}' AS toType`;
              return `RETURN '${type}' AS type, ${ends}, COUNT { ${pattern} } AS count`;
            })
          : [
              `RETURN '${type}' AS type, null AS fromType, null AS toType, COUNT { ()-[:${type}]->() } AS count`,
            ],
      );
      rows = await this.executor.read<Row>(
        `CALL () { ${counts.join(' UNION ALL ')} } RETURN type, fromType, toType, count`,
      );
    }
    const groups = rollUp(
      rows.map(({ count, ...key }) => ({ key, count })),
      by,
      ['type', 'fromType', 'toType'],
    );
    return slice(groups, page);
  }

  /**
   * Figures grouped by `by` and always by unit, with their count, sum, least, greatest and mean;
   * groups in key order, `page` of them.
   */
  async statisticGroups(
    where: StatisticWhere | undefined,
    by: readonly StatisticGroupField[],
    page: GroupSlice,
  ): Promise<GroupPage<StatisticGroup>> {
    const p = new Parameters();
    const match = where ? matchStatistics(where, 's', p) : 'MATCH (s:Statistic)';
    const has = (field: StatisticGroupField) => by.includes(field);
    const subject = has('subject') ? 'head([(x:Entity)-[:HAS_STATISTIC]->(s) | x.key])' : 'null';
    const rows = await this.executor.read<{ total: number; groups: StatisticGroup[] }>(
      `${match}
       WITH ${has('metric') ? 's.metric' : 'null'} AS metric, ${has('year') ? 's.year' : 'null'} AS year,
            s.unit AS unit, ${has('scope') ? 's.scope' : 'null'} AS scope, ${subject} AS subject, s.value AS value
       WITH metric, year, unit, scope, subject,
            count(*) AS count, sum(value) AS sum, min(value) AS min, max(value) AS max, avg(value) AS average
       ORDER BY metric IS NULL, metric, year IS NULL, year, unit, scope IS NULL, scope, subject IS NULL, subject
       WITH collect({ key: { metric: metric, year: year, unit: unit, scope: scope, subject: subject },
                      count: count, sum: sum, min: min, max: max, average: average }) AS groups
       RETURN size(groups) AS total, groups[toInteger($skip)..toInteger($skip) + toInteger($limit)] AS groups`,
      { ...p.values, skip: page.skip, limit: page.limit },
    );
    const { total = 0, groups = [] } = rows[0] ?? {};
    return { total, groups };
  }
}
