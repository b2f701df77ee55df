import type { EntityType, RelationshipType } from '../model.ts';

/** The shapes the repositories return, and the Cypher projections that produce them. */

export interface CitationRow {
  quote: string;
  source: string;
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
}

/** `entityProjection('e')`: an EntityRow from node variable `e`, citations in their seed order. */
export const entityProjection = (e: string): string =>
  `${e} { .key, .type, .name, .nameEn, aliases: coalesce(${e}.aliases, []), .kind, .description, .descriptionEn, .date,
     version: coalesce(${e}.version, 0),
     citations: [(${e})-[c:CITED_IN]->(src:Source) | { quote: c.quote, source: src.key, ordinal: c.ordinal }] }`;

export const relationshipProjection = (r: string): string =>
  `{ key: ${r}.key, type: type(${r}), from: startNode(${r}).key, to: endNode(${r}).key, date: ${r}.date,
     quote: ${r}.quote, source: ${r}.source }`;

/** A StatisticRow from statistic `s`; its subject and citation come through their relationships. */
export const statisticProjection = (s: string): string =>
  `${s} { .key, .metric, .label, .scope, .scopeEn, .value, .unit, .valueText, .qualifier, .year,
     subject: head([(owner:Entity)-[:HAS_STATISTIC]->(${s}) | owner.key]),
     quote: head([(${s})-[c:CITED_IN]->(:Source) | c.quote]),
     source: head([(${s})-[:CITED_IN]->(src:Source) | src.key]) }`;

/** Citations come back unordered from a pattern comprehension; the seed order is kept in `ordinal`. */
export function orderCitations(
  row: EntityRow & { citations: (CitationRow & { ordinal?: number | null })[] },
) {
  row.citations = [...row.citations]
    .sort((a, b) => (a.ordinal ?? 0) - (b.ordinal ?? 0))
    .map(({ quote, source }) => ({ source, quote }));
  return row;
}
