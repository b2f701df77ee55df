import type { Span } from '../domain/source-text.ts';
import { relationshipPattern } from '../domain/vocabulary.ts';
import type { Executor } from '../neo4j/executor.ts';
import { inKeyOrder } from './batches.ts';

/**
 * The evidence side of the graph: the sources' stored texts, and the citations placed in them
 * (their offsets are written with every fact: src/graph/storage.ts). A fact of a soft-deleted entity
 * is not evidence of anything, so only live entities, figures and relationships between live
 * entities count.
 */

export type FactKind = 'entity' | 'relationship' | 'statistic';

/** One placed citation: where it stands, and the key of the fact it states. */
export interface PlacedFact extends Span {
  kind: FactKind;
  key: string;
}

/** A span and every fact that cites exactly it. */
export interface CitedSpanRow extends Span {
  facts: { kind: FactKind; key: string }[];
}

/** Every placed citation of source `$source`, as one union (filtered and grouped by the callers' clauses). */
const PLACED_CITATIONS = `CALL () {
       MATCH (:Source {key: $source})<-[c:CITED_IN]-(x)
       WHERE c.start IS NOT NULL AND (x:Entity OR x:Statistic)
       RETURN c.start AS start, c.end AS end, CASE WHEN x:Entity THEN 'entity' ELSE 'statistic' END AS kind, x.key AS key
       UNION ALL
       MATCH (a:Entity)-[r:${relationshipPattern()}]->(b:Entity)
       WHERE r.source = $source AND r.start IS NOT NULL
       RETURN r.start AS start, r.end AS end, 'relationship' AS kind, r.key AS key
     }`;

/** Every placed citation of source `$source` in text order, as PlacedFact rows. */
export const PLACED_IN_SOURCE = `${PLACED_CITATIONS}
       RETURN start, end, kind, key ORDER BY start, end, kind, key`;

/** How many citations of source `$source` have no offsets (written before they existed, and not placeable). */
export const UNPLACED_IN_SOURCE = `CALL () {
       MATCH (:Source {key: $source})<-[c:CITED_IN]-(x) WHERE c.start IS NULL AND (x:Entity OR x:Statistic)
       RETURN count(c) AS n
       UNION ALL
       MATCH (:Entity)-[r:${relationshipPattern()}]->(:Entity) WHERE r.source = $source AND r.start IS NULL
       RETURN count(r) AS n
     }
     RETURN sum(n) AS unplaced`;

export class EvidenceRepository {
  constructor(private readonly executor: Executor) {}

  /** The stored texts of these sources (undefined: no such source), in the order asked. */
  async texts(keys: readonly string[]): Promise<(string | undefined)[]> {
    const rows = await this.executor.read<{ key: string; text: string }>(
      'MATCH (s:Source) WHERE s.key IN $keys RETURN s.key AS key, s.text AS text',
      { keys },
    );
    return inKeyOrder(
      keys,
      rows.map(({ key, text }) => [key, text]),
    );
  }

  /** Every placed citation of a source, in text order. */
  async placed(source: string): Promise<PlacedFact[]> {
    return this.executor.read<PlacedFact>(PLACED_IN_SOURCE, { source });
  }

  /**
   * A page of the cited spans of a source in text order, after the span `after`, each with the
   * facts citing exactly it; and how many spans there are in all.
   */
  async spans(
    source: string,
    first: number,
    after: Span | undefined,
  ): Promise<{ rows: CitedSpanRow[]; total: number; hasNextPage: boolean }> {
    const [row] = await this.executor.read<{ spans: CitedSpanRow[]; total: number }>(
      `${PLACED_CITATIONS}
       WITH start, end, kind, key ORDER BY kind, key
       WITH start, end, collect({ kind: kind, key: key }) AS facts
       ORDER BY start, end
       WITH collect({ start: start, end: end, facts: facts }) AS spans
       RETURN size(spans) AS total,
              [span IN spans WHERE $after IS NULL OR span.start > $after.start
                 OR (span.start = $after.start AND span.end > $after.end)][0..$take] AS spans`,
      { source, after: after ?? null, take: first + 1 },
    );
    const spans = row?.spans ?? [];
    return { rows: spans.slice(0, first), total: Number(row?.total ?? 0), hasNextPage: spans.length > first };
  }
}
