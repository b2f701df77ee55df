import { isDeepStrictEqual } from 'node:util';
import { placeCitation, relationshipProblems } from '../domain/rules.ts';
import { type Relationship, type RelationshipIdentity, relationshipKey } from '../domain/shapes.ts';
import { relationshipPattern } from '../domain/vocabulary.ts';
import { userError } from '../errors.ts';
import type { Executor, WriteTransaction } from '../neo4j/executor.ts';
import { inKeyOrder } from './batches.ts';
import type { Edit } from './change-log.ts';
import { runEdit } from './edit.ts';
import {
  type RelationshipRow,
  relationshipProjection,
  relationshipProperties,
  relationshipRow,
} from './storage.ts';

/** A relationship's identity is its typed pair: `from|TYPE|to`. */
export function parseRelationshipKey(key: string): { from: string; type: string; to: string } | undefined {
  const parts = key.split('|');
  if (parts.length !== 3 || parts.some((part) => part.length === 0)) return undefined;
  const [from, type, to] = parts as [string, string, string];
  return { from, type, to };
}

/** Knowledge relationships: reading them by key, adding and removing one. */
/** Deletes the relationship `$from -[$type]-> $to`, leaving one row; removeRelationship and the seed loader run it. */
export const DELETE_RELATIONSHIP = `MATCH (:Entity {key: $from})-[r]->(:Entity {key: $to}) WHERE type(r) = $type
           DELETE r
           WITH count(*) AS removed`;

export class RelationshipRepository {
  constructor(private readonly executor: Executor) {}

  async byKeys(keys: readonly string[]): Promise<(RelationshipRow | undefined)[]> {
    const wanted = keys.map(parseRelationshipKey).filter((key) => key !== undefined);
    if (wanted.length === 0) return keys.map(() => undefined);
    const rows = await this.executor.read<{ relationship: RelationshipRow }>(
      `UNWIND $wanted AS wanted
       MATCH (:Entity {key: wanted.from})-[r]->(:Entity {key: wanted.to})
       WHERE type(r) = wanted.type
       RETURN ${relationshipProjection('r')} AS relationship`,
      { wanted },
    );
    return inKeyOrder(
      keys,
      rows.map(({ relationship }) => [relationship.key, relationship]),
    );
  }

  /** Adds a cited relationship between two existing entities; one of each type per pair. */
  add(relationship: Relationship, edit: Edit) {
    return runEdit<never, { relationship: RelationshipRow | null }, { relationship: RelationshipRow }>(
      this.executor,
      edit,
      {
        mutation: 'addRelationship',
        replay: async (tx) => ({ relationship: await readRelationship(tx, relationship) }),
        check: {
          sources: [relationship.citation.source],
          keys: [relationship.from, relationship.to],
          problems: (known) => relationshipProblems(relationship, known),
        },
        // Relationships have no unique key to lock: edits of one entity's outgoing ones queue on it.
        // The other end is written too (Neo4j locks both ends), so it is locked with it, in order.
        lock: { label: 'Entity', key: relationship.from, also: [relationship.to] },
        write: (tx, _locked, known) => {
          const span = placeCitation(relationship.citation, known);
          const after = relationshipRow(relationship, span);
          return {
            // The write, unless the pair already has one of this type.
            // The type is a value of the closed vocabulary, checked by the relationship's shape.
            cypher: `MATCH (a:Entity {key: $from}) MATCH (b:Entity {key: $to})
           WHERE NOT EXISTS { (a)-[:${relationshipPattern([relationship.type])}]->(b) }
           CREATE (a)-[r:${relationshipPattern([relationship.type])}]->(b) SET r = $props
           WITH r`,
            params: {
              from: relationship.from,
              to: relationship.to,
              props: relationshipProperties(relationship, span),
            },
            change: { keys: [relationship.from, relationship.to], before: null, after },
            returns: `${relationshipProjection('r')} AS relationship`,
            answer: (written) => {
              if (!isDeepStrictEqual(written.relationship, after))
                throw new Error(`relationship ${after.key} read back otherwise than written`);
              return { relationship: after };
            },
            nothingWritten: async () => {
              if (await readRelationship(tx, relationship))
                throw userError(
                  'CONFLICT',
                  `The relationship ${relationshipKey(relationship)} already exists.`,
                );
              throw userError('NOT_FOUND', `No entity has the key "${relationship.to}".`, { argument: 'to' });
            },
          };
        },
      },
    );
  }

  /** Removes a relationship; the history keeps what it was. */
  remove(target: RelationshipIdentity, edit: Edit) {
    return runEdit<never, object>(this.executor, edit, {
      mutation: 'removeRelationship',
      replay: async () => ({}),
      lock: { label: 'Entity', key: target.from },
      write: async (tx) => {
        const before = await readRelationship(tx, target);
        if (!before) throw userError('NOT_FOUND', `No relationship ${relationshipKey(target)}.`);
        return {
          cypher: DELETE_RELATIONSHIP,
          params: { from: target.from, type: target.type, to: target.to },
          change: { keys: [target.from, target.to], before, after: null },
          answer: () => ({}),
        };
      },
    });
  }
}

async function readRelationship(
  tx: WriteTransaction,
  target: RelationshipIdentity,
): Promise<RelationshipRow | null> {
  const row = await tx.row<{ relationship: RelationshipRow }>(
    `MATCH (:Entity {key: $from})-[r]->(:Entity {key: $to}) WHERE type(r) = $type
     RETURN ${relationshipProjection('r')} AS relationship`,
    { from: target.from, type: target.type, to: target.to },
  );
  return row?.relationship ?? null;
}
