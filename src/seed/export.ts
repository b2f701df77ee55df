import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { Document, isMap, isPair, isScalar, isSeq, visit } from 'yaml';
import { entitySchema, sourceSchema, statisticSchema } from '../domain/shapes.ts';
import { ENTITY_TYPE_NAMES, ENTITY_TYPES } from '../domain/vocabulary.ts';
import {
  type EntityRow,
  entityProjection,
  orderCitations,
  type RelationshipRow,
  relationshipProjection,
} from '../graph/storage.ts';
import type { Executor } from '../neo4j/executor.ts';

/**
 * Writes the live graph back as seed files, in the seed format and a stable order (entities by key,
 * relationships by from/type/to, statistics by subject/metric/year), so a diff shows exactly what was edited.
 * Deleted entities are not exported: the seed holds what the graph currently asserts.
 */
export async function exportSeed(executor: Executor, folder: string): Promise<ExportCounts> {
  const sources = await executor.read<{ source: Record<string, unknown> }>(
    `MATCH (s:Source) RETURN s { .key, .title, .subtitle, .titleEn, .section, .publishedOn, .page, .editors, .designers, .text } AS source
     ORDER BY s.key`,
  );
  const entities = await executor.read<{ entity: EntityRow }>(
    `MATCH (e:Entity) RETURN ${entityProjection('e')} AS entity ORDER BY e.key`,
  );
  const relationships = await executor.read<{ relationship: RelationshipRow }>(
    `MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL
     RETURN ${relationshipProjection('r')} AS relationship ORDER BY startNode(r).key, type(r), endNode(r).key`,
  );
  const statistics = await executor.read<{ statistic: Record<string, unknown> }>(
    `MATCH (subject:Entity)-[:HAS_STATISTIC]->(s:Statistic)-[c:CITED_IN]->(source:Source)
     RETURN { subject: subject.key, metric: s.metric, label: s.label, scope: s.scope, scopeEn: s.scopeEn,
              value: s.value, unit: s.unit,
              valueText: s.valueText, qualifier: s.qualifier, year: s.year,
              citation: { source: source.key, quote: c.quote } } AS statistic
     ORDER BY subject.key, s.metric, s.year`,
  );

  rmSync(`${folder}/entities`, { recursive: true, force: true });
  mkdirSync(`${folder}/entities`, { recursive: true });
  mkdirSync(`${folder}/sources`, { recursive: true });
  writeYaml(
    `${folder}/sources.yaml`,
    sources.map(({ source }) => {
      writeFileSync(`${folder}/sources/${String(source.key)}.txt`, String(source.text ?? ''));
      return inOrder(source, SOURCE_FIELDS);
    }),
  );
  for (const type of ENTITY_TYPE_NAMES) {
    const ofType = entities
      .filter(({ entity }) => entity.type === type)
      .map(({ entity }) => entityEntry(entity));
    if (ofType.length) writeYaml(`${folder}/entities/${ENTITY_TYPES[type].file}.yaml`, ofType);
  }
  writeYaml(
    `${folder}/relationships.yaml`,
    relationships.map(({ relationship: r }) =>
      compact({
        from: r.from,
        type: r.type,
        to: r.to,
        date: r.date,
        citation: { source: r.source, quote: r.quote },
      }),
    ),
  );
  writeYaml(
    `${folder}/statistics.yaml`,
    statistics.map(({ statistic }) => {
      const { source, quote } = statistic.citation as { source: string; quote: string };
      return { ...inOrder(statistic, STATISTIC_FIELDS), citation: { source, quote } };
    }),
  );
  return {
    sources: sources.length,
    entities: entities.length,
    relationships: relationships.length,
    statistics: statistics.length,
  };
}

export interface ExportCounts {
  sources: number;
  entities: number;
  relationships: number;
  statistics: number;
}

/** An entity as its seed entry: its citations without their offsets, which loading derives again. */
function entityEntry(row: EntityRow) {
  const entity = orderCitations(row);
  return inOrder(
    { ...entity, citations: entity.citations.map(({ source, quote }) => ({ source, quote })) },
    ENTITY_FIELDS,
  );
}

// Field order of the seed format: the domain's shapes (maps from Cypher come back in no order).
const SOURCE_FIELDS = Object.keys(sourceSchema.shape);
const ENTITY_FIELDS = Object.keys(entitySchema.shape);
const STATISTIC_FIELDS = Object.keys(statisticSchema.shape).filter((field) => field !== 'citation');

function inOrder(value: object, fields: string[]) {
  const byField = new Map(Object.entries(value));
  return compact(Object.fromEntries(fields.map((field) => [field, byField.get(field)])));
}

/** Drops null fields: the seed format leaves optional fields out rather than writing null. */
function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== null && v !== undefined),
  ) as Partial<T>;
}

/** Short lists and citations on one line, as in hand-written seed files; no line folding. */
function writeYaml(path: string, entries: unknown[]): void {
  const document = new Document(entries);
  visit(document, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if ((key === 'aliases' || key === 'editors' || key === 'designers') && isSeq(pair.value))
        pair.value.flow = true;
      // Dates stay strings for every YAML reader (YAML 1.1 would read 2021-02-25 as a timestamp).
      if ((key === 'date' || key === 'publishedOn') && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
      if (key === 'citation' && isMap(pair.value)) pair.value.flow = true;
      if (key === 'citations' && isSeq(pair.value)) {
        for (const item of pair.value.items) if (isMap(item)) item.flow = true;
      }
    },
  });
  writeFileSync(path, document.toString({ lineWidth: 0, flowCollectionPadding: true }));
}
