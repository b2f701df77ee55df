import type { Executor } from '../neo4j/executor.ts';
import type { Page } from './entities.ts';
import { type StatisticRow, statisticProjection } from './rows.ts';

export interface StatisticFilter {
  metric?: string | null;
  year?: number | null;
}

const FILTER = '($metric IS NULL OR s.metric = $metric) AND ($year IS NULL OR s.year = $year)';

export class StatisticRepository {
  constructor(private readonly executor: Executor) {}

  async byKeys(keys: readonly string[]): Promise<(StatisticRow | undefined)[]> {
    const rows = await this.executor.read<{ statistic: StatisticRow }>(
      `UNWIND $keys AS key
       MATCH (s:Statistic {key: key})
       RETURN ${statisticProjection('s')} AS statistic`,
      { keys },
    );
    const byKey = new Map(rows.map(({ statistic }) => [statistic.key, statistic]));
    return keys.map((key) => byKey.get(key));
  }

  /** The statistics of each subject, in key order, in one query. */
  async forSubjects(subjects: readonly string[], filter: StatisticFilter): Promise<StatisticRow[][]> {
    const rows = await this.executor.read<{ subject: string; statistics: StatisticRow[] }>(
      `UNWIND $subjects AS subject
       MATCH (:Entity {key: subject})-[:HAS_STATISTIC]->(s:Statistic)
       WHERE ${FILTER}
       WITH subject, s ORDER BY s.key
       RETURN subject, collect(${statisticProjection('s')}) AS statistics`,
      { subjects, metric: filter.metric ?? null, year: filter.year ?? null },
    );
    const bySubject = new Map(rows.map((row) => [row.subject, row.statistics]));
    return subjects.map((subject) => bySubject.get(subject) ?? []);
  }

  /** Statistics in key order after the key `after`, optionally of one subject. */
  async page(
    filter: StatisticFilter & { subjectKey?: string | null },
    first: number,
    after: string | undefined,
  ): Promise<Page<StatisticRow>> {
    const match = filter.subjectKey
      ? 'MATCH (:Entity {key: $subjectKey})-[:HAS_STATISTIC]->(s:Statistic)'
      : 'MATCH (s:Statistic)';
    const rows = await this.executor.read<{ total: number; statistics: StatisticRow[] }>(
      `CALL () { ${match} WHERE ${FILTER} RETURN count(s) AS total }
       CALL () {
         ${match} WHERE s.key > $after AND ${FILTER}
         WITH s ORDER BY s.key LIMIT toInteger($limit)
         RETURN collect(${statisticProjection('s')}) AS statistics
       }
       RETURN total, statistics`,
      {
        subjectKey: filter.subjectKey ?? null,
        metric: filter.metric ?? null,
        year: filter.year ?? null,
        // '' sorts before every key: the first page is the same query, and the key index is usable.
        after: after ?? '',
        limit: first + 1,
      },
    );
    const { total = 0, statistics = [] } = rows[0] ?? {};
    return { rows: statistics.slice(0, first), total, hasNextPage: statistics.length > first };
  }
}
