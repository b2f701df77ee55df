import type { Executor } from '../neo4j/executor.ts';
import { CHANGE_FIELDS, type ChangeRow } from './curation.ts';
import type { Page } from './entities.ts';

export class HistoryRepository {
  constructor(private readonly executor: Executor) {}

  /** Changes in the order they happened, optionally since an instant and after a sequence number. */
  async changes(
    since: string | undefined,
    afterSeq: number | undefined,
    first: number,
  ): Promise<Page<ChangeRow>> {
    const rows = await this.executor.read<{ total: number; changes: ChangeRow[] }>(
      `CALL () {
         MATCH (c:Change) WHERE $since IS NULL OR c.at >= datetime($since)
         RETURN count(c) AS total
       }
       CALL () {
         MATCH (c:Change)
         WHERE ($since IS NULL OR c.at >= datetime($since)) AND ($after IS NULL OR c.seq > $after)
         WITH c ORDER BY c.seq LIMIT toInteger($limit)
         RETURN collect(${CHANGE_FIELDS}) AS changes
       }
       RETURN total, changes`,
      { since: since ?? null, after: afterSeq ?? null, limit: first + 1 },
    );
    const { total = 0, changes = [] } = rows[0] ?? {};
    return { rows: changes.slice(0, first), total, hasNextPage: changes.length > first };
  }

  /** The changes that touched each entity key, oldest first, in one query. */
  async forKeys(keys: readonly string[]): Promise<ChangeRow[][]> {
    const rows = await this.executor.read<{ key: string; changes: ChangeRow[] }>(
      `UNWIND $keys AS key
       OPTIONAL MATCH (c:Change) WHERE key IN c.keys
       WITH key, c ORDER BY c.seq
       RETURN key, collect(${CHANGE_FIELDS}) AS changes`,
      { keys },
    );
    const byKey = new Map(rows.map((row) => [row.key, row.changes]));
    return keys.map((key) => byKey.get(key) ?? []);
  }
}
