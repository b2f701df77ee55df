import type { Executor } from '../neo4j/executor.ts';
import { inKeyOrder, type Page } from './batches.ts';

/**
 * The history of edits: every edit appends one :Change (who, when, which mutation, which keys,
 * before and after), numbered by a single sequence node so changes have one total order. Reads of
 * the history and the two writes every edit makes (find its change, record its change) live here.
 */

export interface ChangeRow {
  id: string;
  seq: number;
  at: string;
  who: string;
  mutation: string;
  keys: string[];
  before: string | null;
  after: string | null;
}

/** Who makes an edit, and the change id chosen before its transaction (see ./edit.ts). */
export interface Edit {
  changeId: string;
  who: string;
}

/** A ChangeRow from change node `c` (or whichever variable is named). */
export const changeFields = (c = 'c') =>
  `${c} { .id, .seq, at: toString(${c}.at), .who, .mutation, .keys, .before, .after }`;
const CHANGE_FIELDS = changeFields();

/** What a change records besides who made it. */
export interface ChangeRecord {
  mutation: string;
  keys: string[];
  before: unknown;
  after: unknown;
}

/**
 * Appends the change `$change` (from changeParameters) to the history, binding it to `change`;
 * the sequence node serialises changes into one total order. The edit template (./edit.ts) ends
 * every write statement with this clause, so an edit and its record take one round trip.
 */
export const RECORD_CHANGE = `MERGE (sequence:ChangeSequence {id: 'changes'})
     SET sequence.value = coalesce(sequence.value, 0) + 1
     CREATE (change:Change {id: $change.id, seq: sequence.value, at: datetime(), who: $change.who,
                            mutation: $change.mutation, keys: $change.keys,
                            before: $change.before, after: $change.after})`;

/** The `$change` parameter of RECORD_CHANGE. */
export function changeParameters(edit: Edit, record: ChangeRecord) {
  return {
    id: edit.changeId,
    who: edit.who,
    mutation: record.mutation,
    keys: record.keys,
    before: record.before == null ? null : JSON.stringify(record.before),
    after: record.after == null ? null : JSON.stringify(record.after),
  };
}

export class ChangeLogRepository {
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

  /**
   * Up to `limit` changes after sequence number `afterSeq`, in order: what a follower of the log
   * reads each tick, and what a resumed subscription replays. An index seek on `seq`.
   */
  async after(afterSeq: number, limit: number): Promise<ChangeRow[]> {
    const rows = await this.executor.read<{ change: ChangeRow }>(
      `MATCH (c:Change) WHERE c.seq > $after
       RETURN ${CHANGE_FIELDS} AS change ORDER BY c.seq LIMIT toInteger($limit)`,
      { after: afterSeq, limit },
    );
    return rows.map((row) => row.change);
  }

  /** The sequence number of the latest change; 0 before the first. */
  async lastSeq(): Promise<number> {
    const [row] = await this.executor.read<{ seq: number | null }>(
      "OPTIONAL MATCH (s:ChangeSequence {id: 'changes'}) RETURN s.value AS seq",
    );
    return Number(row?.seq ?? 0);
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
    return inKeyOrder(
      keys,
      rows.map((row) => [row.key, row.changes]),
      [],
    );
  }
}
