import { randomUUID } from 'node:crypto';
import { relationshipKey, statisticKey } from '../domain/shapes.ts';
import { type ChangeRecord, changeParameters, RECORD_CHANGE } from '../graph/change-log.ts';
import { SOFT_DELETE_ENTITY } from '../graph/entities.ts';
import { DELETE_RELATIONSHIP } from '../graph/relationships.ts';
import { DELETE_STATISTIC } from '../graph/statistics.ts';
import {
  type EntityRow,
  entityProjection,
  orderCitations,
  type RelationshipRow,
  relationshipProjection,
  type SourceRow,
  type StatisticRow,
  sourceProjection,
  statisticProjection,
} from '../graph/storage.ts';
import type { WriteTransaction } from '../neo4j/executor.ts';
import type { FactKind, Tally } from './load.ts';
import {
  entityEditedThroughApi,
  lock,
  OWNERSHIP_PARAMETERS,
  relationshipEditedThroughApi,
  SEED_EDITOR,
  sourceEditedThroughApi,
  statisticEditedThroughApi,
} from './ownership.ts';
import type { SeedData } from './read.ts';

/**
 * The second half of a load: removing the seed's facts that the seed no longer has. Each removal is
 * the API's removal of that kind of fact, recorded as a change by SEED_EDITOR with the fact as it was
 * in `before`, so the `changes` query shows it and the usual mutation undoes it:
 *   deleteEntity       (a soft delete, with the entity's statistics) -> restoreEntity(key)
 *   removeRelationship -> addRelationship with `before`'s from, type, to, date and citation
 *   removeStatistic    -> upsertStatistic with `before`'s fields
 *   removeSource       -> addSource with `before` (its text included)
 * An undone removal is the API's from then on (./ownership.ts), so the next load keeps it.
 *
 * Kept instead of removed: facts created or edited through the API, an entity that facts of the API
 * hang on (its relationships or statistics), and a source something still cites.
 * Entities go first: their relationships and statistics leave with them, so restoreEntity gives back
 * the whole neighbourhood, and the later steps no longer see them.
 */

type Outcome = Record<FactKind, Tally> & { keys: string[] };

/** How to remove one stale fact: its statement (leaving one row) and the change it records. */
interface Removal {
  key: string;
  statement: string;
  params: Record<string, unknown>;
  change: ChangeRecord;
}

interface Stale<Row> {
  row: Row;
  kept: boolean;
}

export async function removeWhatTheSeedDropped(tx: WriteTransaction, data: SeedData): Promise<Outcome> {
  const outcome: Outcome = {
    sources: tally(),
    entities: tally(),
    relationships: tally(),
    statistics: tally(),
    keys: [],
  };
  /** Counts each stale fact the API owns as kept, and removes the others, recording each removal. */
  const removeUnlessKept = async <Row>(
    kind: FactKind,
    facts: Stale<Row>[],
    removal: (row: Row) => Removal,
  ) => {
    for (const { row, kept } of facts) {
      if (kept) {
        outcome[kind].kept += 1;
        continue;
      }
      const { key, statement, params, change } = removal(row);
      const removed = await tx.row<{ id: string }>(
        `${statement} WITH DISTINCT 1 AS done ${RECORD_CHANGE} RETURN change.id AS id`,
        { ...params, change: changeParameters({ changeId: randomUUID(), who: SEED_EDITOR }, change) },
      );
      if (!removed) throw new Error(`removing ${key} found nothing to remove`);
      outcome[kind].removed += 1;
      outcome.keys.push(key);
    }
  };

  const entities = await stale<EntityRow>(
    tx,
    `MATCH (e:Entity) WHERE NOT e.key IN $keys
     ${lock('e')}
     WITH e, ${entityEditedThroughApi('e.key')}
          OR EXISTS { MATCH (e)-[r]-(:Entity) WHERE r.key IS NOT NULL AND ${relationshipEditedThroughApi('r.key')} }
          OR EXISTS { MATCH (e)-[:HAS_STATISTIC]->(s:Statistic) WHERE ${statisticEditedThroughApi('s.key')} } AS kept
     RETURN ${entityProjection('e')} AS row, kept ORDER BY e.key`,
    data.entities.map(({ value }) => value.key),
  );
  await removeUnlessKept('entities', entities, (row) => ({
    key: row.key,
    statement: SOFT_DELETE_ENTITY,
    params: { key: row.key },
    change: { mutation: 'deleteEntity', keys: [row.key], before: orderCitations(row), after: null },
  }));

  const relationships = await stale<RelationshipRow>(
    tx,
    `MATCH (a:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL AND NOT r.key IN $keys
     ${lock('a')} ${lock('r')}
     RETURN ${relationshipProjection('r')} AS row, ${relationshipEditedThroughApi('r.key')} AS kept ORDER BY r.key`,
    data.relationships.map(({ value }) => relationshipKey(value)),
  );
  await removeUnlessKept('relationships', relationships, (row) => ({
    key: row.key,
    statement: DELETE_RELATIONSHIP,
    params: { from: row.from, type: row.type, to: row.to },
    change: { mutation: 'removeRelationship', keys: [row.from, row.to], before: row, after: null },
  }));

  const statistics = await stale<StatisticRow>(
    tx,
    `MATCH (s:Statistic) WHERE NOT s.key IN $keys
     ${lock('s')}
     RETURN ${statisticProjection('s')} AS row, ${statisticEditedThroughApi('s.key')} AS kept ORDER BY s.key`,
    data.statistics.map(({ value }) => statisticKey(value)),
  );
  await removeUnlessKept('statistics', statistics, (row) => ({
    key: row.key,
    statement: DELETE_STATISTIC,
    params: { key: row.key },
    change: { mutation: 'removeStatistic', keys: row.subject ? [row.subject] : [], before: row, after: null },
  }));

  // Entities and statistics cite a source through CITED_IN, relationships by its key.
  const sources = await stale<SourceRow & { text: string | null }>(
    tx,
    `MATCH (s:Source) WHERE NOT s.key IN $keys
     ${lock('s')}
     WITH s, ${sourceEditedThroughApi('s.key')}
          OR EXISTS { MATCH (s)<-[:CITED_IN]-() }
          OR EXISTS { MATCH ()-[r]->() WHERE r.source = s.key } AS kept
     RETURN ${sourceProjection('s')} AS row, s.text AS text, kept ORDER BY s.key`,
    data.sources.map(({ value }) => value.key),
  );
  await removeUnlessKept('sources', sources, (row) => ({
    key: row.key,
    statement: 'MATCH (s:Source {key: $key}) DELETE s',
    params: { key: row.key },
    // The text is recorded too: addSource needs it to put the source back.
    change: { mutation: 'removeSource', keys: [], before: row, after: null },
  }));
  return outcome;
}

/** The facts of one kind that the seed does not have (`$keys`), locked, each with whether it is kept. */
async function stale<Row>(tx: WriteTransaction, cypher: string, keys: string[]): Promise<Stale<Row>[]> {
  const rows = await tx.rows<{ row: Row; kept: boolean; text?: string | null }>(cypher, {
    keys,
    ...OWNERSHIP_PARAMETERS,
  });
  return rows.map(({ row, kept, text }) => ({ row: text === undefined ? row : { ...row, text }, kept }));
}

const tally = (): Tally => ({ added: 0, updated: 0, removed: 0, kept: 0 });
