import { ENTITY_TYPES, type EntityType, type RelationshipType, relationshipPattern } from '../model.ts';
import type { Executor } from '../neo4j/executor.ts';
import {
  type EntityRow,
  entityProjection,
  orderCitations,
  type RelationshipRow,
  relationshipProjection,
} from './rows.ts';
import { luceneQuery } from './search-query.ts';

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface AroundOptions {
  direction: Direction;
  types?: readonly RelationshipType[] | null;
  entityTypes?: readonly EntityType[] | null;
  skip: number;
  limit: number;
}

export interface Around {
  total: number;
  items: { relationship: RelationshipRow; entity: EntityRow }[];
}

export interface Page<Row> {
  rows: Row[];
  total: number;
  hasNextPage: boolean;
}

const PATTERNS: Record<Direction, (types: string) => string> = {
  OUT: (types) => `(e)-[r:${types}]->(other:Entity)`,
  IN: (types) => `(e)<-[r:${types}]-(other:Entity)`,
  BOTH: (types) => `(e)-[r:${types}]-(other:Entity)`,
};

export class EntityRepository {
  constructor(private readonly executor: Executor) {}

  async byKeys(keys: readonly string[]): Promise<(EntityRow | undefined)[]> {
    const rows = await this.executor.read<{ entity: EntityRow }>(
      `UNWIND $keys AS key
       MATCH (e:Entity {key: key})
       RETURN ${entityProjection('e')} AS entity`,
      { keys },
    );
    const byKey = new Map(rows.map(({ entity }) => [entity.key, orderCitations(entity)]));
    return keys.map((key) => byKey.get(key));
  }

  /**
   * Entities ordered by key, after the key `after` (keyset pagination). The page comes from an index
   * seek that also gives the order (the unique key index, or the (type, key) index for one type), so
   * deep pages cost what the first does; the total comes from the count store.
   */
  async page(
    type: EntityType | undefined,
    first: number,
    after: string | undefined,
  ): Promise<Page<EntityRow>> {
    // The label comes from the closed list of entity types.
    const label = type ? ENTITY_TYPES[type].label : 'Entity';
    const seek = type
      ? 'MATCH (e:Entity) USING INDEX e:Entity(type, key) WHERE e.type = $type AND e.key > $after WITH e ORDER BY e.type, e.key'
      : 'MATCH (e:Entity) WHERE e.key > $after WITH e ORDER BY e.key';
    const rows = await this.executor.read<{ total: number; entities: EntityRow[] }>(
      `${seek} LIMIT toInteger($limit)
       WITH collect(${entityProjection('e')}) AS entities
       RETURN COUNT { (:${label}) } AS total, entities`,
      // '' sorts before every key, so the first page is the same query.
      { type: type ?? null, after: after ?? '', limit: first + 1 },
    );
    const { total = 0, entities = [] } = rows[0] ?? {};
    return {
      rows: entities.slice(0, first).map(orderCitations),
      total,
      hasNextPage: entities.length > first,
    };
  }

  /**
   * Full-text search, best first. Exact matches of a name, English name or alias rank above
   * prefix matches, which rank above everything else the index finds.
   */
  async search(text: string, types: readonly EntityType[] | undefined, first: number) {
    const lucene = luceneQuery(text);
    if (!lucene) return [];
    const rows = await this.executor.read<{ entity: EntityRow; score: number }>(
      `CALL db.index.fulltext.queryNodes('entity_search', $lucene, {limit: toInteger($candidates)}) YIELD node, score
       WHERE $types IS NULL OR node.type IN $types
       WITH node, score, [name IN [node.name, node.nameEn] + coalesce(node.aliases, []) | toLower(name)] AS names
       WITH node, score + CASE
         WHEN $exact IN names THEN 100
         WHEN any(name IN names WHERE name STARTS WITH $exact) THEN 10
         ELSE 0 END AS score
       ORDER BY score DESC, size(node.name), node.key
       LIMIT toInteger($first)
       RETURN ${entityProjection('node')} AS entity, score`,
      {
        lucene,
        candidates: Math.max(50, first * 5),
        types: types ?? null,
        exact: text.trim().toLowerCase(),
        first,
      },
    );
    return rows.map(({ entity, score }) => ({ entity: orderCitations(entity), score }));
  }

  /** Events in date order; bounds compare at the coarser precision of the two dates (2020 ~ 2020-12). */
  async timeline(from: string | undefined, to: string | undefined): Promise<EntityRow[]> {
    const rows = await this.executor.read<{ entity: EntityRow }>(
      `MATCH (e:Event)
       WHERE ($from IS NULL OR left(e.date, size($from)) >= left($from, size(e.date)))
         AND ($to IS NULL OR left(e.date, size($to)) <= left($to, size(e.date)))
       RETURN ${entityProjection('e')} AS entity
       ORDER BY e.date, e.key`,
      { from: from ?? null, to: to ?? null },
    );
    return rows.map(({ entity }) => orderCitations(entity));
  }

  /** For each key: its relationships (with the entity at the other end), filtered and paged, in one query. */
  async around(keys: readonly string[], options: AroundOptions): Promise<Around[]> {
    // Types come from the closed vocabulary (GraphQL enums), never from free text.
    const pattern = PATTERNS[options.direction](relationshipPattern(options.types ?? undefined));
    const rows = await this.executor.read<{ key: string; total: number; items: Around['items'] }>(
      `UNWIND $keys AS key
       MATCH (e:Entity {key: key})
       CALL (e) {
         MATCH ${pattern}
         WHERE $entityTypes IS NULL OR other.type IN $entityTypes
         RETURN count(r) AS total
       }
       CALL (e) {
         MATCH ${pattern}
         WHERE $entityTypes IS NULL OR other.type IN $entityTypes
         WITH r, other ORDER BY type(r), other.key, r.key SKIP toInteger($skip) LIMIT toInteger($limit)
         RETURN collect({ relationship: ${relationshipProjection('r')}, entity: ${entityProjection('other')} }) AS items
       }
       RETURN key, total, items`,
      { keys, entityTypes: options.entityTypes ?? null, skip: options.skip, limit: options.limit },
    );
    const byKey = new Map(rows.map((row) => [row.key, row]));
    return keys.map((key) => {
      const row = byKey.get(key);
      if (!row) return { total: 0, items: [] };
      return {
        total: row.total,
        items: row.items.map((item) => ({
          relationship: item.relationship,
          entity: orderCitations(item.entity),
        })),
      };
    });
  }
}
