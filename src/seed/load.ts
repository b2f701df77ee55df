import { citationField, type KnownFacts, placeCitation, placeCitations } from '../domain/rules.ts';
import { relationshipKey, statisticKey } from '../domain/shapes.ts';
import { plainText, SourceText } from '../domain/source-text.ts';
import {
  ENTITY_TYPE_NAMES,
  ENTITY_TYPES,
  type EntityType,
  RELATIONSHIP_TYPE_NAMES,
  type RelationshipType,
  relationshipPattern,
} from '../domain/vocabulary.ts';
import { ExpectedFailure } from '../errors.ts';
import { PLACED_IN_SOURCE, type PlacedFact, UNPLACED_IN_SOURCE } from '../graph/evidence.ts';
import {
  ALL_ENTITY_LABELS,
  citationParameters,
  entityProperties,
  fold,
  foldedNames,
  offsetProperties,
  relationshipProperties,
  sourceProperties,
  statisticProperties,
} from '../graph/storage.ts';
import type { Executor, WriteTransaction } from '../neo4j/executor.ts';
import {
  entityEditedThroughApi,
  lock,
  OWNERSHIP_PARAMETERS,
  relationshipEditedThroughApi,
  sourceEditedThroughApi,
  statisticEditedThroughApi,
} from './ownership.ts';
import { formatProblem, readSeed, type SeedData } from './read.ts';
import { removeWhatTheSeedDropped } from './reconcile.ts';
import { seedKnownFacts, validateSeed } from './validate.ts';

/**
 * Loads validated seed files into Neo4j in one transaction, reconciling: what the seed has is added
 * or updated, what came from an earlier seed and is gone from this one is removed (./reconcile.ts),
 * and what was created or edited through the API is kept as it is (./ownership.ts says whose a fact is).
 */

export class SeedValidationError extends ExpectedFailure {
  override name = 'SeedValidationError';
  constructor(readonly problems: string[]) {
    super(`The seed files have ${problems.length} problem(s); nothing was written:\n${problems.join('\n')}`);
  }
}

/** What happened to one kind of fact. `kept`: the API's facts the seed has, or dropped, left as they are. */
export interface Tally {
  added: number;
  updated: number;
  removed: number;
  kept: number;
}

export interface SeedReport {
  sources: Tally;
  entities: Tally;
  relationships: Tally;
  statistics: Tally;
  citations: { created: number; removed: number };
  /** The keys of the facts removed, each recorded as a change by the seed. */
  removedKeys: string[];
  /** For each source of the seed, how much of its text the graph rests on once loaded. */
  evidence: SourceEvidence[];
}

/** A source's citations and sentences after a load: the curators' to-do list is `unsupported`. */
export interface SourceEvidence {
  source: string;
  placed: number;
  unplaced: number;
  sentences: number;
  /** The sentences no fact cites, as one reads them. */
  unsupported: string[];
}

export const FACT_KINDS = ['sources', 'entities', 'relationships', 'statistics'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

const BATCH_SIZE = 500;

/** Reads and validates the seed folder; throws SeedValidationError listing every problem. */
export function readValidSeed(folder?: string): SeedData {
  const { data, problems } = readSeed(folder);
  const all = [...problems, ...(problems.length ? [] : validateSeed(data))];
  if (all.length) throw new SeedValidationError(all.map(formatProblem));
  return data;
}

/**
 * Writes the seed with batched, parameterised UNWIND ... MERGE statements and then removes what the
 * seed dropped, all inside ONE write transaction: a failure half-way leaves the graph as it was, and
 * a driver retry reruns the whole load on the committed graph, so it never removes or records
 * anything twice. Loading the same seed twice changes nothing. Each statement locks the facts it
 * reads before asking whose they are, so an edit committed meanwhile is kept. The executor's timeout
 * bounds the whole load: give it one that fits.
 */
export async function loadSeed(
  executor: Executor,
  data: SeedData,
  onProgress: (message: string) => void = () => {},
): Promise<SeedReport> {
  return executor.writeTransaction(async (tx) => {
    const report: SeedReport = {
      sources: await writeSources(tx, data),
      entities: tally(),
      relationships: tally(),
      statistics: tally(),
      citations: { created: 0, removed: 0 },
      removedKeys: [],
      evidence: [],
    };
    onProgress(`sources: ${data.sources.length}`);
    const entityKeys = data.entities.map(({ value }) => value.key);
    report.entities.added += await reviveEntities(tx, entityKeys);
    const keptEntities = await entitiesOwnedByApi(tx, entityKeys);
    report.entities.kept += keptEntities.length;
    for (const type of ENTITY_TYPE_NAMES) {
      const rows = data.entities
        .filter((e) => e.value.type === type)
        .map(({ value }) => ({ key: value.key, props: entityProperties(value) }));
      add(report.entities, await inBatches(rows, (batch) => writeEntities(tx, type, batch, keptEntities)));
    }
    onProgress(`entities: ${data.entities.length}`);
    // An entity edited through the API keeps its own citations.
    const known = seedKnownFacts(data);
    const citationRows = data.entities
      .filter(({ value }) => !keptEntities.includes(value.key))
      .map(({ value }) => ({
        key: value.key,
        citations: citationParameters(
          value.citations,
          placeCitations(value.citations, known, citationField).spans,
        ),
      }));
    await inBatches(citationRows, async (batch) => {
      const counts = await writeEntityCitations(tx, batch);
      report.citations.created += counts.created;
      report.citations.removed += counts.removed;
      return tally();
    });
    const keptRelationships = await relationshipsOwnedByApi(
      tx,
      data.relationships.map(({ value }) => ({
        key: relationshipKey(value),
        from: value.from,
        to: value.to,
      })),
    );
    report.relationships.kept += keptRelationships.length;
    for (const type of RELATIONSHIP_TYPE_NAMES) {
      const rows = data.relationships
        .filter((r) => r.value.type === type)
        .map(({ value }) => ({
          from: value.from,
          to: value.to,
          props: relationshipProperties(value, placeCitation(value.citation, known)),
        }));
      add(
        report.relationships,
        await inBatches(rows, (batch) => writeRelationships(tx, type, batch, keptRelationships)),
      );
    }
    onProgress(`relationships: ${data.relationships.length}`);
    const keptStatistics = await statisticsOwnedByApi(
      tx,
      data.statistics.map(({ value }) => ({ key: statisticKey(value), subject: value.subject })),
    );
    report.statistics.kept += keptStatistics.length;
    const statisticRows = data.statistics.map(({ value }) => ({
      subject: value.subject,
      source: value.citation.source,
      quote: value.citation.quote,
      offsets: offsetProperties(placeCitation(value.citation, known)),
      props: statisticProperties({ ...value, key: statisticKey(value) }),
    }));
    add(
      report.statistics,
      await inBatches(statisticRows, (batch) => writeStatistics(tx, batch, keptStatistics)),
    );
    onProgress(`statistics: ${data.statistics.length}`);
    const removed = await removeWhatTheSeedDropped(tx, data);
    for (const kind of FACT_KINDS) add(report[kind], removed[kind]);
    report.removedKeys = removed.keys;
    onProgress(`removals: ${removed.keys.length}`);
    const backfilled = await backfillFoldedNames(tx);
    if (backfilled) onProgress(`folded names backfilled: ${backfilled}`);
    const placed = await backfillCitationOffsets(tx, known);
    if (placed) onProgress(`citation offsets backfilled: ${placed}`);
    report.evidence = await evidenceOf(tx, data);
    return report;
  });
}

/** How each of the seed's sources is cited, read back from the graph just written. */
async function evidenceOf(tx: WriteTransaction, data: SeedData): Promise<SourceEvidence[]> {
  const found: SourceEvidence[] = [];
  for (const [source, raw] of data.sourceTexts) {
    const text = SourceText.of(raw);
    const placed = await tx.rows<PlacedFact>(PLACED_IN_SOURCE, { source });
    const unplaced = await tx.row<{ unplaced: number }>(UNPLACED_IN_SOURCE, { source });
    const supported = text.supportedSentences(placed);
    found.push({
      source,
      placed: placed.length,
      unplaced: Number(unplaced?.unplaced ?? 0),
      sentences: supported.length,
      unsupported: text
        .sentences()
        .filter((sentence) => !supported[sentence.index])
        .map((sentence) => plainText(text.slice(sentence.start, sentence.end))),
    });
  }
  return found;
}

/** Loads the seed only into a database that has no knowledge graph yet; undefined when it had one. */
export async function seedIfEmpty(executor: Executor): Promise<SeedReport | undefined> {
  const [row] = await executor.read<{ present: boolean }>(
    'MATCH (e:Entity) RETURN count(e) > 0 AS present LIMIT 1',
  );
  if (row?.present === true) return undefined;
  return loadSeed(executor, readValidSeed());
}

const counted = (report: SeedReport, column: keyof Tally) =>
  FACT_KINDS.map((kind) => `${report[kind][column]} ${kind}`).join(', ');

/** One line each for what was added, updated, removed and kept. */
export function reportLines(report: SeedReport): string[] {
  const removed = report.removedKeys;
  const shown = removed.slice(0, 10).join(', ') + (removed.length > 10 ? `, ... (${removed.length})` : '');
  return [
    `added: ${counted(report, 'added')}`,
    `updated: ${counted(report, 'updated')}; citations ${report.citations.created} created / ${report.citations.removed} removed`,
    `removed: ${counted(report, 'removed')}${removed.length ? ` (${shown}; recorded as changes by "seed")` : ''}`,
    `kept: ${counted(report, 'kept')} (created or edited through the API, left as they are)`,
    ...report.evidence.flatMap(evidenceLines),
  ];
}

/** A source's coverage, then each sentence no fact cites (to be read, and cited or left as not a fact). */
function evidenceLines(evidence: SourceEvidence): string[] {
  const supported = evidence.sentences - evidence.unsupported.length;
  const share = evidence.sentences ? ((100 * supported) / evidence.sentences).toFixed(1) : '0.0';
  return [
    `evidence of ${evidence.source}: ${evidence.placed} citations placed, ${evidence.unplaced} unplaced; ${supported} of ${evidence.sentences} sentences (${share}%) support a fact, ${evidence.unsupported.length} support none:`,
    ...evidence.unsupported.map(
      (sentence) => `  - ${sentence.length > 60 ? `${sentence.slice(0, 60)}…` : sentence}`,
    ),
  ];
}

/** The whole report in one line. */
export const describeReport = (report: SeedReport): string => {
  const total = (column: keyof Tally) => FACT_KINDS.reduce((sum, kind) => sum + report[kind][column], 0);
  return `${total('added')} added, ${total('updated')} updated, ${total('removed')} removed, ${total('kept')} kept`;
};

const tally = (): Tally => ({ added: 0, updated: 0, removed: 0, kept: 0 });

function add(total: Tally, part: Tally): void {
  total.added += part.added;
  total.updated += part.updated;
  total.removed += part.removed;
  total.kept += part.kept;
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<Tally>): Promise<Tally> {
  const total = tally();
  for (let i = 0; i < rows.length; i += BATCH_SIZE) add(total, await write(rows.slice(i, i + BATCH_SIZE)));
  return total;
}

async function written(
  tx: WriteTransaction,
  cypher: string,
  rows: unknown[],
  kept: string[],
): Promise<Tally> {
  const counts = await tx.row<{ added: number; updated: number }>(cypher, { rows, kept });
  return { added: Number(counts?.added ?? 0), updated: Number(counts?.updated ?? 0), removed: 0, kept: 0 };
}

/**
 * The keys of the facts of the seed that belong to the API, which the writes below leave as they
 * are. One statement per kind: it locks the facts first, so what it decides holds until the commit.
 */
async function apiOwned(tx: WriteTransaction, cypher: string, rows: unknown[]): Promise<string[]> {
  const row = await tx.row<{ kept: string[] }>(cypher, { rows, ...OWNERSHIP_PARAMETERS });
  return row?.kept ?? [];
}

// `before <> properties(x)` tells a real update from a rewrite of identical values.
const TALLY = `RETURN count(CASE WHEN isNew THEN 1 END) AS added,
       count(CASE WHEN NOT isNew AND before <> properties(x) THEN 1 END) AS updated`;

async function writeSources(tx: WriteTransaction, data: SeedData): Promise<Tally> {
  const rows = data.sources.map(({ value }) => ({
    key: value.key,
    props: sourceProperties({ ...value, text: data.sourceTexts.get(value.key) ?? '' }),
  }));
  const kept = await apiOwned(
    tx,
    `UNWIND $rows AS row
     OPTIONAL MATCH (x:Source {key: row.key})
     CALL (x) { WITH x WHERE x IS NOT NULL ${lock('x')} }
     WITH row WHERE ${sourceEditedThroughApi('row.key')}
     RETURN collect(row.key) AS kept`,
    rows,
  );
  const tally = await written(
    tx,
    `UNWIND $rows AS row
     WITH row WHERE NOT row.key IN $kept
     MERGE (x:Source {key: row.key})
     WITH x, row, properties(x) AS before, x.title IS NULL AS isNew
     SET x += row.props
     ${TALLY}`,
    rows,
    kept,
  );
  return { ...tally, kept: kept.length };
}

/**
 * Entities the seed removed (./reconcile.ts) and has again come back: labels back on the entity and
 * its statistics, as restoreEntity does; the upsert then gives it the seed's type and values. Returns
 * how many. An entity deleted through the API stays deleted.
 */
async function reviveEntities(tx: WriteTransaction, keys: string[]): Promise<number> {
  const row = await tx.row<{ revived: number }>(
    `UNWIND $keys AS key
     MATCH (e:DeletedEntity {key: key})
     ${lock('e')}
     WITH e WHERE NOT ${entityEditedThroughApi('e.key')}
     REMOVE e:DeletedEntity, e.deletedAt
     SET e:Entity, e.version = e.version + 1
     WITH e
     OPTIONAL MATCH (e)-[:HAS_STATISTIC]->(s:DeletedStatistic)
     REMOVE s:DeletedStatistic SET s:Statistic
     RETURN count(DISTINCT e) AS revived`,
    { keys, ...OWNERSHIP_PARAMETERS },
  );
  return Number(row?.revived ?? 0);
}

/**
 * Entities and statistics written before the folded names existed (edited through the API, so the
 * seed did not rewrite them) get them here, folded as every writer folds them (storage.ts).
 * Returns how many nodes it wrote.
 */
async function backfillFoldedNames(tx: WriteTransaction): Promise<number> {
  const entities = await tx.rows<{
    key: string;
    name: string;
    nameEn: string | null;
    aliases: string[] | null;
  }>(
    `MATCH (e) WHERE (e:Entity OR e:DeletedEntity) AND e.nameFolded IS NULL
     RETURN e.key AS key, e.name AS name, e.nameEn AS nameEn, e.aliases AS aliases`,
  );
  const statistics = await tx.rows<{ key: string; scope: string }>(
    `MATCH (s) WHERE (s:Statistic OR s:DeletedStatistic) AND s.scope IS NOT NULL AND s.scopeFolded IS NULL
     RETURN s.key AS key, s.scope AS scope`,
  );
  await setByKey(
    tx,
    ['Entity', 'DeletedEntity'],
    entities.map((e) => ({ key: e.key, props: foldedNames({ ...e, aliases: e.aliases ?? [] }) })),
  );
  await setByKey(
    tx,
    ['Statistic', 'DeletedStatistic'],
    statistics.map((s) => ({ key: s.key, props: { scopeFolded: fold(s.scope) } })),
  );
  return entities.length + statistics.length;
}

/**
 * Citations of the seed's sources written before offsets existed (facts of the API, which the seed
 * does not rewrite) get them here, placed as every writer places them (src/domain/rules.ts). A
 * quote that cannot be placed keeps null offsets, and the summary's count of unplaced ones shows it.
 * Returns how many citations it placed.
 */
async function backfillCitationOffsets(tx: WriteTransaction, known: KnownFacts): Promise<number> {
  const sources = [...known.sourceTexts.keys()];
  const entities = await tx.rows<{
    id: string;
    citations: { id: string; source: string; quote: string; start: number | null }[];
  }>(
    `MATCH (src:Source)<-[c:CITED_IN]-(e) WHERE src.key IN $sources AND c.start IS NULL AND (e:Entity OR e:DeletedEntity)
     WITH DISTINCT e
     RETURN elementId(e) AS id,
            [(e)-[c:CITED_IN]->(s:Source) | { id: elementId(c), source: s.key, quote: c.quote, start: c.start, ordinal: c.ordinal }] AS citations`,
    { sources },
  );
  const entityRows = entities.flatMap(({ citations }) => {
    const { spans } = placeCitations(
      citations.map(({ source, quote }) => ({ source, quote })),
      known,
      citationField,
    );
    return citations.flatMap((citation, i) => {
      const span = spans[i];
      return citation.start === null && span ? [{ id: citation.id, ...offsetProperties(span) }] : [];
    });
  });
  const single = await tx.rows<{ id: string; source: string; quote: string }>(
    `CALL () {
       MATCH (src:Source)<-[c:CITED_IN]-(:Statistic|DeletedStatistic) WHERE src.key IN $sources AND c.start IS NULL
       RETURN elementId(c) AS id, src.key AS source, c.quote AS quote
       UNION
       MATCH ()-[r:${relationshipPattern()}]->() WHERE r.source IN $sources AND r.start IS NULL AND r.quote IS NOT NULL
       RETURN elementId(r) AS id, r.source AS source, r.quote AS quote
     }
     RETURN id, source, quote`,
    { sources },
  );
  const singleRows = single.flatMap(({ id, source, quote }) => {
    const span = placeCitation({ source, quote }, known);
    return span ? [{ id, ...offsetProperties(span) }] : [];
  });
  const rows = [...entityRows, ...singleRows];
  if (rows.length) {
    await tx.update(
      `UNWIND $rows AS row
       MATCH ()-[c]->() WHERE elementId(c) = row.id
       SET c.start = row.start, c.end = row.end`,
      { rows },
    );
  }
  return rows.length;
}

/** Adds `props` to the node with each key, live or soft-deleted (labels from this file, never data). */
async function setByKey(
  tx: WriteTransaction,
  [live, deleted]: [string, string],
  rows: { key: string; props: Record<string, unknown> }[],
) {
  if (!rows.length) return;
  await tx.update(
    `UNWIND $rows AS row
     CALL (row) {
       MATCH (n:${live} {key: row.key}) RETURN n
       UNION MATCH (n:${deleted} {key: row.key}) RETURN n
     }
     SET n += row.props`,
    { rows },
  );
}

/**
 * The seed's entities the API owns. A key that an entity deleted through the API holds is kept too:
 * a new node with it would clash with its restore. Locks every entity of the seed, so the
 * relationships' ends are locked as well (an edit of a relationship locks both ends).
 */
const entitiesOwnedByApi = (tx: WriteTransaction, keys: string[]) =>
  apiOwned(
    tx,
    `UNWIND $rows AS key
     OPTIONAL MATCH (x:Entity {key: key})
     CALL (x) { WITH x WHERE x IS NOT NULL ${lock('x')} }
     WITH key WHERE ${entityEditedThroughApi('key')} OR EXISTS { MATCH (:DeletedEntity {key: key}) }
     RETURN collect(key) AS kept`,
    keys,
  );

async function writeEntities(tx: WriteTransaction, type: EntityType, rows: unknown[], kept: string[]) {
  // The label comes from the closed list of entity types, never from the data.
  const label = ENTITY_TYPES[type].label;
  return written(
    tx,
    `UNWIND $rows AS row
     WITH row WHERE NOT row.key IN $kept
     MERGE (x:Entity {key: row.key})
     WITH x, row, properties(x) AS before, x.name IS NULL AS isNew
     REMOVE x:${ALL_ENTITY_LABELS}
     SET x:${label}, x += row.props, x.version = coalesce(x.version, 1)
     ${TALLY}`,
    rows,
    kept,
  );
}

async function writeEntityCitations(tx: WriteTransaction, rows: unknown[]) {
  const removed = await tx.update(
    `UNWIND $rows AS row
     MATCH (e:Entity {key: row.key})-[old:CITED_IN]->(s:Source)
     WHERE NONE(citation IN row.citations WHERE citation.source = s.key AND citation.quote = old.quote)
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
     SET c.ordinal = ordinal, c.start = citation.start, c.end = citation.end`,
    { rows },
  );
  return {
    created: created.relationshipsCreated,
    removed: removed.relationshipsDeleted,
  };
}

/** The seed's relationships the API owns, or that an end deleted through the API keeps out. */
const relationshipsOwnedByApi = (tx: WriteTransaction, rows: { key: string; from: string; to: string }[]) =>
  apiOwned(
    tx,
    `UNWIND $rows AS row
     WITH row WHERE NOT EXISTS { MATCH (:Entity {key: row.from}) } OR NOT EXISTS { MATCH (:Entity {key: row.to}) }
                 OR ${relationshipEditedThroughApi('row.key')}
     RETURN collect(row.key) AS kept`,
    rows,
  );

async function writeRelationships(
  tx: WriteTransaction,
  type: RelationshipType,
  rows: unknown[],
  kept: string[],
) {
  // The type comes from the closed relationship vocabulary, never from the data.
  return written(
    tx,
    `UNWIND $rows AS row
     WITH row WHERE NOT row.props.key IN $kept
     MATCH (a:Entity {key: row.from})
     MATCH (b:Entity {key: row.to})
     MERGE (a)-[x:${type}]->(b)
     WITH x, row, properties(x) AS before, x.key IS NULL AS isNew
     SET x += row.props
     ${TALLY}`,
    rows,
    kept,
  );
}

/** The seed's statistics the API owns, or whose subject was deleted through it. */
const statisticsOwnedByApi = (tx: WriteTransaction, rows: { key: string; subject: string }[]) =>
  apiOwned(
    tx,
    `UNWIND $rows AS row
     OPTIONAL MATCH (x:Statistic {key: row.key})
     CALL (x) { WITH x WHERE x IS NOT NULL ${lock('x')} }
     WITH row WHERE NOT EXISTS { MATCH (:Entity {key: row.subject}) } OR ${statisticEditedThroughApi('row.key')}
     RETURN collect(row.key) AS kept`,
    rows,
  );

/** A statistic's citation is a relationship to its source: a changed quote or source is an update too. */
async function writeStatistics(tx: WriteTransaction, rows: unknown[], kept: string[]) {
  return written(
    tx,
    `UNWIND $rows AS row
     WITH row WHERE NOT row.props.key IN $kept
     MATCH (subject:Entity {key: row.subject})
     MATCH (source:Source {key: row.source})
     MERGE (x:Statistic {key: row.props.key})
     WITH x, row, subject, source, x.metric IS NULL AS isNew,
          [properties(x), [(x)-[c:CITED_IN]->(s:Source) | [s.key, c.quote, c.start, c.end]]] AS before
     SET x += row.props
     MERGE (subject)-[:HAS_STATISTIC]->(x)
     WITH x, row, source, isNew, before
     CALL (x, row) {
       MATCH (x)-[c:CITED_IN]->(s:Source) WHERE [s.key, c.quote] <> [row.source, row.quote] DELETE c
     }
     MERGE (x)-[c:CITED_IN {quote: row.quote}]->(source)
     SET c.start = row.offsets.start, c.end = row.offsets.end
     WITH x, isNew, before,
          [properties(x), [[row.source, row.quote, row.offsets.start, row.offsets.end]]] AS after
     RETURN count(CASE WHEN isNew THEN 1 END) AS added,
            count(CASE WHEN NOT isNew AND before <> after THEN 1 END) AS updated`,
    rows,
    kept,
  );
}
