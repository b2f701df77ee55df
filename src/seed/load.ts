import { statisticKey } from '../domain/shapes.ts';
import {
  ENTITY_TYPE_NAMES,
  ENTITY_TYPES,
  type EntityType,
  RELATIONSHIP_TYPE_NAMES,
  type RelationshipType,
} from '../domain/vocabulary.ts';
import { ExpectedFailure } from '../errors.ts';
import {
  ALL_ENTITY_LABELS,
  entityProperties,
  relationshipProperties,
  sourceProperties,
  statisticProperties,
} from '../graph/storage.ts';
import type { Executor, WriteTransaction } from '../neo4j/executor.ts';
import { formatProblem, readSeed, type SeedData } from './read.ts';
import { validateSeed } from './validate.ts';

/** Loads validated seed files into Neo4j in one transaction, and reports what it created and updated. */

export class SeedValidationError extends ExpectedFailure {
  override name = 'SeedValidationError';
  constructor(readonly problems: string[]) {
    super(`The seed files have ${problems.length} problem(s); nothing was written:\n${problems.join('\n')}`);
  }
}

export interface Tally {
  created: number;
  updated: number;
}

export interface SeedReport {
  sources: Tally;
  entities: Tally;
  relationships: Tally;
  statistics: Tally;
  citations: { created: number; removed: number };
}

const BATCH_SIZE = 500;

/** Reads and validates the seed folder; throws SeedValidationError listing every problem. */
export function readValidSeed(folder?: string): SeedData {
  const { data, problems } = readSeed(folder);
  const all = [...problems, ...(problems.length ? [] : validateSeed(data))];
  if (all.length) throw new SeedValidationError(all.map(formatProblem));
  return data;
}

/**
 * Writes the seed with batched, parameterised UNWIND ... MERGE statements inside ONE write
 * transaction, so a failure half-way leaves the graph as it was. Loading the same seed twice
 * creates and updates nothing. The executor's timeout bounds the whole load: give it one that fits.
 */
export async function loadSeed(
  executor: Executor,
  data: SeedData,
  onProgress: (message: string) => void = () => {},
): Promise<SeedReport> {
  return executor.writeTransaction(async (tx) => {
    const report: SeedReport = {
      sources: await writeSources(tx, data),
      entities: { created: 0, updated: 0 },
      relationships: { created: 0, updated: 0 },
      statistics: { created: 0, updated: 0 },
      citations: { created: 0, removed: 0 },
    };
    onProgress(`sources: ${data.sources.length}`);
    for (const type of ENTITY_TYPE_NAMES) {
      const rows = data.entities
        .filter((e) => e.value.type === type)
        .map(({ value }) => ({ key: value.key, props: entityProperties(value) }));
      add(report.entities, await inBatches(rows, (batch) => writeEntities(tx, type, batch)));
    }
    onProgress(`entities: ${data.entities.length}`);
    const citationRows = data.entities.map(({ value }) => ({ key: value.key, citations: value.citations }));
    await inBatches(citationRows, async (batch) => {
      const counts = await writeEntityCitations(tx, batch);
      report.citations.created += counts.created;
      report.citations.removed += counts.removed;
      return { created: 0, updated: 0 };
    });
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      const rows = data.relationships
        .filter((r) => r.value.type === type)
        .map(({ value }) => ({ from: value.from, to: value.to, props: relationshipProperties(value) }));
      add(report.relationships, await inBatches(rows, (batch) => writeRelationships(tx, type, batch)));
    }
    onProgress(`relationships: ${data.relationships.length}`);
    const statisticRows = data.statistics.map(({ value }) => ({
      subject: value.subject,
      source: value.citation.source,
      quote: value.citation.quote,
      props: statisticProperties({ ...value, key: statisticKey(value) }),
    }));
    add(report.statistics, await inBatches(statisticRows, (batch) => writeStatistics(tx, batch)));
    onProgress(`statistics: ${data.statistics.length}`);
    return report;
  });
}

/** Loads the seed only into a database that has no knowledge graph yet; undefined when it had one. */
export async function seedIfEmpty(executor: Executor): Promise<SeedReport | undefined> {
  const [row] = await executor.read<{ present: boolean }>(
    'MATCH (e:Entity) RETURN count(e) > 0 AS present LIMIT 1',
  );
  if (row?.present === true) return undefined;
  return loadSeed(executor, readValidSeed());
}

export const describeReport = (report: SeedReport): string =>
  (['sources', 'entities', 'relationships', 'statistics'] as const)
    .map((part) => `${part} ${report[part].created} created / ${report[part].updated} updated`)
    .concat(`citations ${report.citations.created} created / ${report.citations.removed} removed`)
    .join(', ');

function add(total: Tally, part: Tally): void {
  total.created += part.created;
  total.updated += part.updated;
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<Tally>): Promise<Tally> {
  const total = { created: 0, updated: 0 };
  for (let i = 0; i < rows.length; i += BATCH_SIZE) add(total, await write(rows.slice(i, i + BATCH_SIZE)));
  return total;
}

async function tally(tx: WriteTransaction, cypher: string, rows: unknown[]): Promise<Tally> {
  const counts = await tx.row<Tally>(cypher, { rows });
  return { created: Number(counts?.created ?? 0), updated: Number(counts?.updated ?? 0) };
}

// `before <> properties(x)` tells a real update from a rewrite of identical values.
const TALLY = `RETURN count(CASE WHEN isNew THEN 1 END) AS created,
       count(CASE WHEN NOT isNew AND before <> properties(x) THEN 1 END) AS updated`;

async function writeSources(tx: WriteTransaction, data: SeedData): Promise<Tally> {
  const rows = data.sources.map(({ value }) => ({
    key: value.key,
    props: sourceProperties({ ...value, text: data.sourceTexts.get(value.key) ?? '' }),
  }));
  return tally(
    tx,
    `UNWIND $rows AS row
     MERGE (x:Source {key: row.key})
     WITH x, row, properties(x) AS before, x.title IS NULL AS isNew
     SET x += row.props
     ${TALLY}`,
    rows,
  );
}

async function writeEntities(tx: WriteTransaction, type: EntityType, rows: unknown[]) {
  // The label comes from the closed list of entity types, never from the data.
  const label = ENTITY_TYPES[type].label;
  return tally(
    tx,
    `UNWIND $rows AS row
     MERGE (x:Entity {key: row.key})
     WITH x, row, properties(x) AS before, x.name IS NULL AS isNew
     REMOVE x:${ALL_ENTITY_LABELS}
     SET x:${label}, x += row.props, x.version = coalesce(x.version, 1)
     ${TALLY}`,
    rows,
  );
}

async function writeEntityCitations(tx: WriteTransaction, rows: unknown[]) {
  const removed = await tx.update(
    `UNWIND $rows AS row
     MATCH (e:Entity {key: row.key})-[old:CITED_IN]->(s:Source)
     WHERE NOT {source: s.key, quote: old.quote} IN row.citations
     DELETE old`,
    { rows },
  );
  const created = await tx.update(
    `UNWIND $rows AS row
     MATCH (e:Entity {key: row.key})
     UNWIND range(0, size(row.citations) - 1) AS ordinal
     WITH e, row.citations[ordinal] AS citation, ordinal
     MATCH (s:Source {key: citation.source})
     MERGE (e)-[c:CITED_IN {quote: citation.quote}]->(s)
     SET c.ordinal = ordinal`,
    { rows },
  );
  return {
    created: created.relationshipsCreated,
    removed: removed.relationshipsDeleted,
  };
}

async function writeRelationships(tx: WriteTransaction, type: RelationshipType, rows: unknown[]) {
  // The type comes from the closed relationship vocabulary, never from the data.
  return tally(
    tx,
    `UNWIND $rows AS row
     MATCH (a:Entity {key: row.from})
     MATCH (b:Entity {key: row.to})
     MERGE (a)-[x:${type}]->(b)
     WITH x, row, properties(x) AS before, x.key IS NULL AS isNew
     SET x += row.props
     ${TALLY}`,
    rows,
  );
}

async function writeStatistics(tx: WriteTransaction, rows: unknown[]) {
  return tally(
    tx,
    `UNWIND $rows AS row
     MATCH (subject:Entity {key: row.subject})
     MATCH (source:Source {key: row.source})
     MERGE (x:Statistic {key: row.props.key})
     WITH x, row, subject, source, properties(x) AS before, x.metric IS NULL AS isNew
     SET x += row.props
     MERGE (subject)-[:HAS_STATISTIC]->(x)
     MERGE (x)-[c:CITED_IN]->(source)
     SET c.quote = row.quote
     WITH x, before, isNew
     ${TALLY}`,
    rows,
  );
}
