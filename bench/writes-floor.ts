/**
 * The writes section's floor (bench/writes.ts): the same effect on the graph as ours' upsertEntity
 * (the entity with its citations) and addRelationship (the cited relationship), one statement in
 * one write transaction each, through the bare driver: no GraphQL, no checks, no lock, no change
 * log. Used in the harness process and behind bare node:http (servers/floor-writes.ts).
 */
import type { Driver } from 'neo4j-driver';
import type { Entity, Relationship } from '../src/domain/shapes.ts';
import { ENTITY_TYPES } from '../src/domain/vocabulary.ts';
import { entityProperties, relationshipProperties } from '../src/graph/storage.ts';

export const FLOOR_RELATIONSHIP_TYPE = 'APPLIED_TO' as const;

export function floorWriters(driver: Driver, database: string) {
  const inTransaction = async (cypher: string, parameters: Record<string, unknown>) => {
    const session = driver.session({ database });
    try {
      await session.executeWrite((tx) => tx.run(cypher, parameters));
    } finally {
      await session.close();
    }
  };
  return {
    upsert: (entity: Entity) =>
      // The label comes from the closed list of entity types.
      inTransaction(
        `MERGE (e:Entity {key: $key})
         SET e:${ENTITY_TYPES[entity.type].label}, e += $props, e.version = coalesce(e.version, 0) + 1
         WITH e
         UNWIND range(0, size($citations) - 1) AS ordinal
         MATCH (s:Source {key: $citations[ordinal].source})
         CREATE (e)-[:CITED_IN {quote: $citations[ordinal].quote, ordinal: ordinal}]->(s)`,
        { key: entity.key, props: entityProperties(entity), citations: entity.citations },
      ),
    addRelationship: (relationship: Relationship) =>
      inTransaction(
        `MATCH (a:Entity {key: $from}) MATCH (b:Entity {key: $to})
         CREATE (a)-[r:${FLOOR_RELATIONSHIP_TYPE}]->(b) SET r = $props`,
        {
          from: relationship.from,
          to: relationship.to,
          props: relationshipProperties(relationship, undefined),
        },
      ),
  };
}
