import { type EntityType, type RelationshipType, relationshipPattern } from '../domain/vocabulary.ts';
import type { Executor } from '../neo4j/executor.ts';
import {
  type EntityParts,
  orderProjected,
  type ProjectedEntityRow,
  projectionOf,
  type RelationshipRow,
  relationshipProjection,
  WHOLE_ENTITY,
} from './storage.ts';

/** Paths and neighbourhoods between entities: shortest paths, all paths and subgraphs, read from Neo4j. */

export interface TraversalFilter {
  relationshipTypes?: readonly RelationshipType[] | null;
  entityTypes?: readonly EntityType[] | null;
}

export interface PathResult {
  fromExists: boolean;
  toExists: boolean;
  path?: { nodes: ProjectedEntityRow[]; relationships: RelationshipRow[] };
}

export interface SubgraphResult {
  exists: boolean;
  nodes: ProjectedEntityRow[];
  /** Undefined when not asked (`SubgraphParts`). */
  relationships: RelationshipRow[] | undefined;
  truncated: boolean;
}

/** What a subgraph reads beyond its nodes' properties: the relationships among them, their citations. */
export interface SubgraphParts extends EntityParts {
  relationships: boolean;
}

/** The longest path `shortest` searches, in hops; the API's `maxHops` is checked against it. */
export const MAX_PATH_HOPS = 10;

/** The deepest neighbourhood `subgraph` reads, in hops from its centre; the API's `depth` is checked against it. */
export const MAX_SUBGRAPH_DEPTH = 3;

/** Path bounds cannot be query parameters; this is the only place they are inlined, as checked integers. */
function hopBound(value: number, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new RangeError(`hop bound ${value} outside 1..${max}`);
  return value;
}

export class PathRepository {
  constructor(private readonly executor: Executor) {}

  // Every node on a path must still be an :Entity: a soft-deleted entity keeps its relationships
  // (so restoring it is complete) but loses the label, and no path may pass through it.

  /**
   * One shortest path ignoring direction. With `entityTypes`, the nodes between the two ends must be
   * of those types: a path through another type is not a candidate, so a longer path that fits is
   * found (the predicate is part of the search, not a filter on the one path found).
   *
   * `shortestPath()` rather than Cypher 5's `SHORTEST 1`: with every condition an all-nodes
   * predicate, Neo4j 5.26 runs it as a bidirectional breadth-first search that checks them while
   * expanding, and it cost a quarter of the db hits and two thirds of the Neo4j CPU of `SHORTEST 1`
   * on the benchmark's pairs, reachable and unreachable (bench/README.md). A `WHERE` on
   * `SHORTEST 1` is applied after the one path is chosen, so it also returned no path whenever that
   * path crossed another type. `shortestPath()` refuses equal ends (the resolver answers those
   * itself), hence `a <> b`.
   */
  async shortest(
    from: string,
    to: string,
    maxHops: number,
    filter: TraversalFilter,
    parts: EntityParts = WHOLE_ENTITY,
  ): Promise<PathResult> {
    const hops = hopBound(maxHops, MAX_PATH_HOPS);
    const types = relationshipPattern(filter.relationshipTypes ?? undefined);
    const rows = await this.executor.read<{
      fromExists: boolean;
      toExists: boolean;
      nodes: ProjectedEntityRow[] | null;
      relationships: RelationshipRow[] | null;
    }>(
      `OPTIONAL MATCH (a:Entity {key: $from})
       OPTIONAL MATCH (b:Entity {key: $to})
       OPTIONAL CALL (a, b) {
         WITH a, b WHERE a <> b
         MATCH p = shortestPath((a)-[:${types}*1..${hops}]-(b))
         WHERE all(n IN nodes(p) WHERE n:Entity AND ($entityTypes IS NULL OR n = a OR n = b OR n.type IN $entityTypes))
         RETURN [n IN nodes(p) | ${projectionOf(parts)('n')}] AS nodes,
                [r IN relationships(p) | ${relationshipProjection('r')}] AS relationships
       }
       RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists, nodes, relationships`,
      { from, to, entityTypes: filter.entityTypes ?? null },
    );
    const row = rows[0];
    if (!row) return { fromExists: false, toExists: false };
    return {
      fromExists: row.fromExists,
      toExists: row.toExists,
      path:
        row.nodes && row.relationships
          ? { nodes: row.nodes.map(orderProjected), relationships: row.relationships }
          : undefined,
    };
  }

  /**
   * The entities within `depth` hops of `key`, nearest first (one shortest path per reachable node,
   * a breadth-first search), at most `limit` of them counting the centre, and every relationship
   * among them.
   *
   * Each hop checks the node it reaches only (the node it leaves was checked when it was reached, or
   * is the centre): its :Entity label and, with `entityTypes`, its type. So a walk passes only
   * through entities of those types, as `shortest` does, and every entity returned is joined to the
   * centre through entities that are returned too: the drawing of a neighbourhood stays connected.
   * Filtering only the entities reached would return ones whose link to the centre is left out.
   * The relationships among them and the entities' citations are read only when `parts` asks for
   * them (subgraphStatement).
   */
  async subgraph(
    key: string,
    depth: number,
    limit: number,
    filter: TraversalFilter,
    parts: SubgraphParts,
  ): Promise<SubgraphResult> {
    const rows = await this.executor.read<{
      nodes: ProjectedEntityRow[];
      relationships?: RelationshipRow[];
      truncated: boolean;
    }>(subgraphStatement(depth, filter.relationshipTypes ?? undefined, parts), {
      key,
      limit,
      entityTypes: filter.entityTypes ?? null,
    });
    const row = rows[0];
    if (!row) return { exists: false, nodes: [], relationships: [], truncated: false };
    return {
      exists: true,
      nodes: row.nodes.map(orderProjected),
      relationships: row.relationships,
      truncated: row.truncated,
    };
  }
}

/**
 * The subgraph's one statement for `parts`: four variants, each kept as text in
 * tests/unit/graph-statements/. The nodes are the centre, then one shortest path's end per
 * reachable entity, nearest first. The relationships among them (a CALL expanding every node) only
 * when asked. The entities are projected one row each after an UNWIND, which Neo4j plans as one
 * RollUpApply for their citations (when asked) instead of a nested plan per list element; UNWIND
 * keeps the list's order, so collect keeps nearest first.
 */
export function subgraphStatement(
  depth: number,
  relationshipTypes: readonly RelationshipType[] | undefined,
  parts: SubgraphParts,
): string {
  const hops = hopBound(depth, MAX_SUBGRAPH_DEPTH);
  const types = relationshipPattern(relationshipTypes);
  const relationships = parts.relationships
    ? `
       CALL (nodes) {
         UNWIND nodes AS a
         MATCH (a)-[r:${types}]->(b)
         WHERE b IN nodes
         RETURN collect(${relationshipProjection('r')}) AS relationships
       }`
    : '';
  return `MATCH (c:Entity {key: $key})
       CALL (c) {
         MATCH p = ANY SHORTEST (c)(()-[:${types}]-(x:Entity WHERE $entityTypes IS NULL OR x.type IN $entityTypes)){1,${hops}}(n:Entity)
         WHERE n <> c
         WITH n, length(p) AS distance ORDER BY distance, n.key LIMIT toInteger($limit)
         RETURN collect(n) AS others
       }
       WITH [c] + others[0..toInteger($limit) - 1] AS nodes, size(others) >= $limit AS truncated${relationships}
       CALL (nodes) {
         UNWIND nodes AS n
         RETURN collect(${projectionOf(parts)('n')}) AS entities
       }
       RETURN entities AS nodes, ${parts.relationships ? 'relationships, ' : ''}truncated`;
}
