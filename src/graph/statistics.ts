import { isDeepStrictEqual } from 'node:util';
import { placeCitation, statisticProblems } from '../domain/rules.ts';
import { type Statistic, statisticKey } from '../domain/shapes.ts';
import { userError } from '../errors.ts';
import type { Executor, WriteTransaction } from '../neo4j/executor.ts';
import { inKeyOrder, type Page } from './batches.ts';
import type { Edit } from './change-log.ts';
import { runEdit } from './edit.ts';
import { matchStatistics, Parameters, type StatisticWhere } from './filters.ts';
import { indexedPage, type ListPage, matchedPage } from './lists.ts';
import {
  offsetProperties,
  orderStatistic,
  type StatisticRow,
  statisticProjection,
  statisticProperties,
  statisticRow,
} from './storage.ts';

/** Statistics in Neo4j: reads by key, by subject and by page, and the edits of a figure. */

/** Statistics (the article's figures): reads by key, by subject and by page; adding or replacing and removing one. */
/** Deletes the statistic `$key`, leaving one row; removeStatistic and the seed loader run it. */
export const DELETE_STATISTIC = `MATCH (s:Statistic {key: $key})
           DETACH DELETE s
           WITH count(*) AS removed`;

export class StatisticRepository {
  constructor(private readonly executor: Executor) {}

  async byKeys(keys: readonly string[]): Promise<(StatisticRow | undefined)[]> {
    const rows = await this.executor.read<{ statistic: StatisticRow }>(
      `UNWIND $keys AS key
       MATCH (s:Statistic {key: key})
       RETURN ${statisticProjection('s')} AS statistic`,
      { keys },
    );
    return inKeyOrder(
      keys,
      rows.map(({ statistic }) => [statistic.key, statistic]),
    );
  }

  /**
   * A page of the figures matching `where` (all when absent), in the order of `keys` (ending with
   * the key), after the row whose sort values are `after`: from the key or value index and the
   * count store without a filter, from the filter's anchor with one (./filters.ts, ./lists.ts).
   */
  async list(request: ListPage & { where?: StatisticWhere | undefined }): Promise<Page<StatisticRow>> {
    const p = new Parameters();
    const { where, ...page } = request;
    const body = where
      ? matchedPage(matchStatistics(where, 's', p), 's', page, p)
      : indexedPage('Statistic', undefined, 'COUNT { (:Statistic) }', 's', page, p);
    const rows = await this.executor.read<{ total: number; statistics: StatisticRow[] }>(
      `${body}
       RETURN total, [s IN found | ${statisticProjection('s')}] AS statistics`,
      p.values,
    );
    const { total = 0, statistics = [] } = rows[0] ?? {};
    return { rows: statistics.slice(0, page.first), total, hasNextPage: statistics.length > page.first };
  }

  /** Adds a cited figure, or replaces the one with the same subject, metric and year. */
  upsert(statistic: Statistic, edit: Edit) {
    const key = statisticKey(statistic);
    return runEdit<StatisticRow, { statistic: StatisticRow | null }, { statistic: StatisticRow }>(
      this.executor,
      edit,
      {
        mutation: 'upsertStatistic',
        replay: async (tx) => ({ statistic: await readStatistic(tx, key) }),
        check: {
          sources: [statistic.citation.source],
          keys: [statistic.subject],
          problems: (known) => statisticProblems(statistic, known),
        },
        lock: { label: 'Statistic', key, reserve: true, projection: statisticProjection },
        write: (_tx, { row: before }, known) => {
          const span = placeCitation(statistic.citation, known);
          // What the figure reads back as once written: recorded as the change's `after`, and
          // checked against the read-back before anything commits.
          const after = statisticRow({ ...statistic, key }, span);
          return {
            cypher: `MATCH (subject:Entity {key: $subject})
           MATCH (source:Source {key: $source})
           MERGE (s:Statistic {key: $key})
           SET s += $props
           MERGE (subject)-[:HAS_STATISTIC]->(s)
           WITH s, source
           OPTIONAL MATCH (s)-[old:CITED_IN]->(:Source)
           DELETE old
           WITH DISTINCT s, source
           CREATE (s)-[:CITED_IN {quote: $quote, start: $offsets.start, end: $offsets.end}]->(source)`,
            params: {
              key,
              subject: statistic.subject,
              source: statistic.citation.source,
              quote: statistic.citation.quote,
              offsets: offsetProperties(span),
              props: statisticProperties({ ...statistic, key }),
            },
            change: { keys: [statistic.subject], before: before ? orderStatistic(before) : null, after },
            returns: `${statisticProjection('s')} AS statistic`,
            answer: (written) => {
              const stored = orderStatistic(written.statistic);
              if (!isDeepStrictEqual(stored, after))
                throw new Error(`statistic ${key} read back otherwise than written`);
              return { statistic: stored };
            },
          };
        },
      },
    );
  }

  /** Removes a figure; the history keeps what it was. */
  remove(key: string, edit: Edit) {
    return runEdit<StatisticRow, object>(this.executor, edit, {
      mutation: 'removeStatistic',
      replay: async () => ({}),
      lock: { label: 'Statistic', key, projection: statisticProjection },
      guard: ({ row }) => {
        if (!row) throw userError('NOT_FOUND', `No statistic has the key "${key}".`, { argument: 'key' });
      },
      write: (_tx, { row: before }) => ({
        cypher: DELETE_STATISTIC,
        params: { key },
        change: {
          keys: before?.subject ? [before.subject] : [],
          before: before ? orderStatistic(before) : null,
          after: null,
        },
        answer: () => ({}),
      }),
    });
  }
}

async function readStatistic(tx: WriteTransaction, key: string): Promise<StatisticRow | null> {
  const row = await tx.row<{ statistic: StatisticRow }>(
    `MATCH (s:Statistic {key: $key}) RETURN ${statisticProjection('s')} AS statistic`,
    { key },
  );
  return row?.statistic ?? null;
}
