import neo4j from 'neo4j-driver';
import {
  type Citation,
  type Entity,
  type Relationship,
  relationshipKey,
  type SourceWithText,
  type Statistic,
} from '../domain/shapes.ts';
import type { Span } from '../domain/source-text.ts';
import {
  ENTITY_TYPE_NAMES,
  ENTITY_TYPES,
  type EntityType,
  type RelationshipType,
} from '../domain/vocabulary.ts';

/**
 * How each fact is stored in Neo4j, both ways: the properties a fact is written with, and the
 * Cypher projections that read it back as a row. Every writer (the seed loader, API edits, the
 * benchmark's synthetic graph) and every reader goes through these, so a new property is added here.
 */

/** `Town:Village:...`: every entity type's label, for removing whichever one a node has. */
export const ALL_ENTITY_LABELS = ENTITY_TYPE_NAMES.map((type) => ENTITY_TYPES[type].label).join(':');

/**
 * How names are compared by filters and exact search matches: NFKC (full-width letters and digits
 * become plain ones) and lower case, so English matches whatever its case and Chinese is unchanged.
 * Filter values are folded the same way before they are compared with the folded properties.
 */
export const fold = (text: string): string => text.normalize('NFKC').toLowerCase();

/** Between and around the folded aliases, so that "an alias equals / starts with x" is a CONTAINS. */
export const ALIAS_SEPARATOR = '\u001f';

/**
 * Derived properties the indexes serve filters from (cypher/005-filters.cypher): the folded name,
 * English name and aliases. Written with every entity; the seed loader backfills entities written
 * before they existed (src/seed/load.ts).
 */
export const foldedNames = (e: { name: string; nameEn?: string | null; aliases: readonly string[] }) => ({
  nameFolded: fold(e.name),
  nameEnFolded: e.nameEn == null ? null : fold(e.nameEn),
  aliasFolded: e.aliases.length
    ? `${ALIAS_SEPARATOR}${e.aliases.map(fold).join(ALIAS_SEPARATOR)}${ALIAS_SEPARATOR}`
    : null,
});

/** Properties of `:Entity:<Label> {key}`; `aliasText` feeds the full-text index, the folded names the filters. */
export const entityProperties = (e: Omit<Entity, 'key' | 'citations'>) => ({
  type: e.type,
  name: e.name,
  nameEn: e.nameEn,
  aliases: e.aliases,
  aliasText: e.aliases.join(' '),
  ...foldedNames(e),
  kind: e.kind ?? null,
  description: e.description ?? null,
  descriptionEn: e.descriptionEn ?? null,
  date: e.date ?? null,
});

/**
 * A citation's offsets in its source's text (code points, end excluded: src/domain/source-text.ts),
 * as stored beside its quote: integers, so Neo4j orders and compares them as such. Null where the
 * quote could not be placed (only in graphs written before offsets existed).
 */
export const offsetProperties = (span: Span | undefined) => ({
  start: span ? neo4j.int(span.start) : null,
  end: span ? neo4j.int(span.end) : null,
});

/** A citation as stored and read: the quote, its source and where it stands there. */
export const citationRow = (citation: Citation, span: Span | undefined): CitationRow => ({
  source: citation.source,
  quote: citation.quote,
  start: span?.start ?? null,
  end: span?.end ?? null,
});

/** The citation a relationship or figure row carries (null for a relationship without one). */
export const citationOfRow = (row: {
  quote: string | null;
  source: string | null;
  start: number | null;
  end: number | null;
}): CitationRow | null =>
  row.quote && row.source ? { quote: row.quote, source: row.source, start: row.start, end: row.end } : null;

/** An entity's citations as the writers pass them to Cypher: with their offsets and seed order. */
export const citationParameters = (citations: readonly Citation[], spans: readonly (Span | undefined)[]) =>
  citations.map((citation, ordinal) => ({
    source: citation.source,
    quote: citation.quote,
    ordinal,
    ...offsetProperties(spans[ordinal]),
  }));

/** Properties of a knowledge relationship `(from)-[:TYPE]->(to)`: its citation is stored on it. */
export const relationshipProperties = (r: Relationship, span: Span | undefined) => ({
  key: relationshipKey(r),
  date: r.date ?? null,
  quote: r.citation.quote,
  source: r.citation.source,
  ...offsetProperties(span),
});

/** The row a relationship written with relationshipProperties reads back as (relationshipProjection). */
export const relationshipRow = (r: Relationship, span: Span | undefined): RelationshipRow => ({
  key: relationshipKey(r),
  type: r.type,
  from: r.from,
  to: r.to,
  date: r.date ?? null,
  quote: r.citation.quote,
  source: r.citation.source,
  start: span?.start ?? null,
  end: span?.end ?? null,
});

/** Properties of `:Statistic {key}`; its subject and citation are relationships. */
export const statisticProperties = (s: Omit<Statistic, 'subject' | 'citation'> & { key: string }) => ({
  key: s.key,
  metric: s.metric,
  label: s.label,
  scope: s.scope ?? null,
  scopeFolded: s.scope == null ? null : fold(s.scope),
  scopeEn: s.scopeEn ?? null,
  value: s.value,
  unit: s.unit,
  valueText: s.valueText,
  qualifier: s.qualifier ?? null,
  // Whole numbers go to Neo4j as integers, not the floats JavaScript numbers become.
  year: s.year === undefined ? null : neo4j.int(s.year),
});

/** The row a statistic written with statisticProperties reads back as (statisticProjection). */
export const statisticRow = (s: Statistic & { key: string }, span: Span | undefined): StatisticRow => {
  const { scopeFolded: _derived, ...stored } = statisticProperties(s);
  return orderStatistic({
    ...stored,
    year: s.year ?? null,
    subject: s.subject,
    quote: s.citation.quote,
    source: s.citation.source,
    start: span?.start ?? null,
    end: span?.end ?? null,
  });
};

/** Properties of `:Source {key}`, its full text included. */
export const sourceProperties = (s: SourceWithText) => ({
  title: s.title,
  subtitle: s.subtitle ?? null,
  titleEn: s.titleEn ?? null,
  section: s.section ?? null,
  publishedOn: s.publishedOn,
  page: s.page ?? null,
  editors: s.editors,
  designers: s.designers,
  text: s.text,
});

export interface CitationRow {
  source: string;
  quote: string;
  /** Code-point offsets into the source's text, end excluded; null where not placed. */
  start: number | null;
  end: number | null;
}

export interface EntityRow {
  key: string;
  type: EntityType;
  name: string;
  nameEn: string | null;
  aliases: string[];
  kind: string | null;
  description: string | null;
  descriptionEn: string | null;
  date: string | null;
  /** Writes so far: 1 once loaded from the seed, +1 per edit (0 for entities loaded without one). */
  version: number;
  citations: CitationRow[];
}

export interface RelationshipRow {
  key: string;
  type: RelationshipType;
  from: string;
  to: string;
  date: string | null;
  quote: string | null;
  source: string | null;
  start: number | null;
  end: number | null;
}

export interface StatisticRow {
  key: string;
  metric: string;
  label: string;
  scope: string | null;
  scopeEn: string | null;
  value: number;
  unit: string;
  valueText: string;
  qualifier: string | null;
  year: number | null;
  /** Null only for a statistic that lost its subject, which the API reports as an internal error. */
  subject: string | null;
  quote: string;
  source: string;
  start: number | null;
  end: number | null;
}

export interface SourceRow {
  key: string;
  title: string;
  subtitle: string | null;
  section: string | null;
  titleEn: string | null;
  publishedOn: string;
  page: string | null;
  editors: string[];
  designers: string[];
}

/**
 * An entity as list and graph queries read it: its key, type and name always; its other properties
 * (`details`) and its citations only when the selection reads them (lookahead.ts). A part left out
 * is `undefined` (a property Neo4j has no value for is `null`), and the field reading it loads the
 * whole row (`Loaders.entity`). Such a row is never primed into that loader, whose rows are whole
 * (`Loaders.prime` primes only rows that `isWhole`).
 */
export type ProjectedEntityRow = Pick<EntityRow, 'key' | 'type' | 'name'> &
  Partial<Omit<EntityRow, 'key' | 'type' | 'name'>>;

/** Which parts of an entity a read fetches beyond its key, type and name. */
export interface EntityParts {
  /** nameEn, aliases, kind, description, descriptionEn, date and version (DETAIL_FIELDS). */
  details: boolean;
  citations: boolean;
}

/** Whether a projected row has every part: one read with WHOLE_ENTITY (details bring `version`). */
export const isWhole = (row: ProjectedEntityRow): row is EntityRow =>
  row.citations !== undefined && row.version !== undefined;

/** The entity fields that read the properties `details` stands for. */
export const DETAIL_FIELDS = [
  'nameEn',
  'aliases',
  'kind',
  'description',
  'descriptionEn',
  'date',
  'version',
] as const;

/** Every part: what a whole EntityRow is read with. */
export const WHOLE_ENTITY: EntityParts = { details: true, citations: true };

const detailsOf = (e: string) =>
  `.nameEn, aliases: coalesce(${e}.aliases, []), .kind, .description, .descriptionEn, .date,
     version: coalesce(${e}.version, 0)`;

const citationsOf = (e: string) =>
  `citations: [(${e})-[c:CITED_IN]->(src:Source) | { quote: c.quote, source: src.key, ordinal: c.ordinal, start: c.start, end: c.end }]`;

/** `entityProjection('e')`: an EntityRow from node variable `e`, citations in their seed order. */
export const entityProjection = (e: string): string => projectionOf(WHOLE_ENTITY)(e);

/** The projection of `parts` from node variable `e`: the key, type and name, then what is asked. */
export const projectionOf =
  (parts: EntityParts): ((e: string) => string) =>
  (e) =>
    `${e} { .key, .type, .name${parts.details ? `, ${detailsOf(e)}` : ''}${parts.citations ? `,\n     ${citationsOf(e)}` : ''} }`;

export const relationshipProjection = (r: string): string =>
  `{ key: ${r}.key, type: type(${r}), from: startNode(${r}).key, to: endNode(${r}).key, date: ${r}.date,
     quote: ${r}.quote, source: ${r}.source, start: ${r}.start, end: ${r}.end }`;

/** A StatisticRow from statistic `s`; its subject and citation come through their relationships. */
export const statisticProjection = (s: string): string =>
  `${s} { .key, .metric, .label, .scope, .scopeEn, .value, .unit, .valueText, .qualifier, .year,
     subject: head([(owner:Entity)-[:HAS_STATISTIC]->(${s}) | owner.key]),
     quote: head([(${s})-[c:CITED_IN]->(:Source) | c.quote]),
     source: head([(${s})-[:CITED_IN]->(src:Source) | src.key]),
     start: head([(${s})-[c:CITED_IN]->(:Source) | c.start]),
     end: head([(${s})-[c:CITED_IN]->(:Source) | c.end]) }`;

/** A SourceRow from source `s` (without its text, which only the exporter reads). */
export const sourceProjection = (s: string): string =>
  `${s} { .key, .title, .subtitle, .section, .titleEn, .publishedOn, .page, editors: coalesce(${s}.editors, []), designers: coalesce(${s}.designers, []) }`;

/**
 * Citations come back unordered from a pattern comprehension; the seed order is kept in `ordinal`.
 * The row is rebuilt in one field order, so the history's JSON of a row read back (an edit's
 * `before`) is the same text as that of the row an edit wrote (the previous edit's `after`).
 */
export function orderCitations(
  row: EntityRow & { citations: (CitationRow & { ordinal?: number | null })[] },
): EntityRow {
  return {
    key: row.key,
    type: row.type,
    name: row.name,
    nameEn: row.nameEn,
    aliases: row.aliases,
    kind: row.kind,
    description: row.description,
    descriptionEn: row.descriptionEn,
    date: row.date,
    version: row.version,
    citations: inSeedOrder(row.citations),
  };
}

const inSeedOrder = (citations: (CitationRow & { ordinal?: number | null })[]): CitationRow[] =>
  [...citations]
    .sort((a, b) => (a.ordinal ?? 0) - (b.ordinal ?? 0))
    .map(({ quote, source, start, end }) => ({ source, quote, start: start ?? null, end: end ?? null }));

/** A row of projectionOf: citations, when read, in seed order. */
export const orderProjected = (row: ProjectedEntityRow): ProjectedEntityRow =>
  row.citations === undefined
    ? row
    : row.version === undefined
      ? { ...row, citations: inSeedOrder(row.citations) }
      : orderCitations(row as EntityRow);

/**
 * A statistic row in one field order (Neo4j returns a map's keys in an order of its own), so the
 * history's JSON of a figure read back is the same text as that of the figure an edit wrote.
 */
export const orderStatistic = (row: StatisticRow): StatisticRow => ({
  key: row.key,
  metric: row.metric,
  label: row.label,
  scope: row.scope,
  scopeEn: row.scopeEn,
  value: row.value,
  unit: row.unit,
  valueText: row.valueText,
  qualifier: row.qualifier,
  year: row.year,
  subject: row.subject,
  quote: row.quote,
  source: row.source,
  start: row.start ?? null,
  end: row.end ?? null,
});

/** The row an entity written with entityProperties and `version` reads back as (entityProjection). */
export const entityRow = (e: Entity, version: number, spans: readonly (Span | undefined)[]): EntityRow =>
  orderCitations({
    ...entityProperties(e),
    key: e.key,
    version,
    citations: e.citations.map((citation, ordinal) => ({
      ...citationRow(citation, spans[ordinal]),
      ordinal,
    })),
  });
