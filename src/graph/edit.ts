import type { RecordShape } from 'neo4j-driver';
import type { KnownFacts } from '../domain/rules.ts';
import { SourceText } from '../domain/source-text.ts';
import { userError, validationError } from '../errors.ts';
import type { CypherParameters, Executor, WriteTransaction } from '../neo4j/executor.ts';
import {
  type ChangeRecord,
  type ChangeRow,
  changeFields,
  changeParameters,
  type Edit,
  RECORD_CHANGE,
} from './change-log.ts';

/**
 * The one template every edit of the graph follows, in one write transaction:
 *   replay -> check against the graph -> lock -> guard -> version check -> write and record.
 * The change id is chosen before the transaction, so a driver retry that finds its change already
 * committed answers with it instead of applying the edit twice. The aggregates' repositories
 * (entities.ts, relationships.ts, statistics.ts, sources.ts) describe only their own steps.
 *
 * Round trips are the cost of an edit (each waits on Neo4j and on a busy CPU), so replay, the
 * facts the check needs, the lock and what the guard and version check read are one statement
 * (openEdit), and every write records its change in its own statement (runEdit appends
 * RECORD_CHANGE to it): most edits are two statements and the commit. The text of every edit's
 * statements is in tests/unit/edit-statements/, one file per mutation, ready to read or EXPLAIN.
 */

/** Nodes an edit can lock; the label comes from this closed list, never from input. */
type LockLabel = 'Entity' | 'DeletedEntity' | 'Statistic';

export interface Locked<Row> {
  /** Whether the node was there before this edit (false also when `reserve` just made it). */
  existed: boolean;
  version: number | undefined;
  /** The node as it was, through the lock's projection. */
  row: Row | undefined;
  /** Whether a node labelled `lock.takenBy` has the key (a deleted entity keeps its key). */
  taken: boolean;
}

/**
 * What the write step returns: its one statement and the change it records. runEdit appends
 * RECORD_CHANGE and `RETURN <returns>, <the change>` to `cypher` and runs it, so the write and its
 * record take one round trip and cannot part. The change's `after` is therefore known before the
 * statement runs: `answer` checks it against what the statement reads back.
 */
export interface Write<Result, Returned extends RecordShape> {
  /** Writes, and leaves exactly one row (none: nothing to write, see `nothingWritten`). */
  cypher: string;
  params: CypherParameters;
  /** What the change records besides the mutation. */
  change: Omit<ChangeRecord, 'mutation'>;
  /** What the statement returns besides the change, e.g. `${entityProjection('e')} AS entity`. */
  returns?: string;
  /** The edit's answer, from the statement's row; throws when it read back otherwise than recorded. */
  answer(row: Returned): Result;
  /** When the statement left no row: says why, by throwing. Without it, that is an internal error. */
  nothingWritten?(): Promise<never>;
}

export interface EditSteps<Row, Result, Returned extends RecordShape = RecordShape> {
  mutation: string;
  /** What to answer besides the change when the change already committed (a retried request). */
  replay(tx: WriteTransaction): Promise<Result>;
  /** The cited sources and referenced entities the domain rules need, and the rules to run. */
  check?: { sources: string[]; keys: string[]; problems(known: KnownFacts): string[] };
  /**
   * The node to lock before reading it, so concurrent edits of one thing queue instead of each
   * acting on what it read. `reserve` creates a key nobody has yet (see lockClause).
   */
  lock?: {
    label: LockLabel;
    key: string;
    reserve?: boolean;
    projection?: (node: string) => string;
    takenBy?: LockLabel;
    /**
     * More nodes of the label this edit will write to (a relationship's other end), locked with
     * the main one in key order: two edits locking each other's ends in turn would deadlock, and
     * Neo4j's retry of a deadlocked transaction waits about a second.
     */
    also?: string[];
  };
  /** Refusals that depend on the locked node (deleted, wrong type, missing). */
  guard?(locked: Locked<Row>, tx: WriteTransaction): Promise<void> | void;
  /** Optimistic locking: the edit goes ahead only when the locked node is at this version. */
  expectedVersion?: number;
  /**
   * The write: its statement, what the change records and how to answer. It may read first (in
   * the transaction, under the lock) what the statement and the change need; `known` is what the
   * check read (the cited sources' texts, to place the citations in).
   */
  write(
    tx: WriteTransaction,
    locked: Locked<Row>,
    known: KnownFacts,
  ): Write<Result, Returned> | Promise<Write<Result, Returned>>;
}

export async function runEdit<Row, Result extends object, Returned extends RecordShape = RecordShape>(
  executor: Executor,
  edit: Edit,
  steps: EditSteps<Row, Result, Returned>,
): Promise<Result & { change: ChangeRow }> {
  return executor.writeTransaction(async (tx) => {
    const opened = await openEdit<Row>(tx, edit.changeId, steps);
    if (opened.replayed) return { ...(await steps.replay(tx)), change: opened.replayed };
    if (steps.check) {
      const problems = steps.check.problems(opened.known);
      if (problems.length) throw validationError(problems);
    }
    const { locked } = opened;
    await steps.guard?.(locked, tx);
    if (steps.expectedVersion !== undefined && steps.lock) {
      checkVersion(steps.lock.key, locked.existed ? locked.version : undefined, steps.expectedVersion);
    }
    const write = await steps.write(tx, locked, opened.known);
    const row = await tx.row<Returned & { change: ChangeRow }>(
      `${write.cypher}
       ${RECORD_CHANGE}
       RETURN ${write.returns ? `${write.returns}, ` : ''}${changeFields('change')} AS change`,
      { ...write.params, change: changeParameters(edit, { mutation: steps.mutation, ...write.change }) },
    );
    if (!row) {
      if (write.nothingWritten) return write.nothingWritten();
      throw new Error(`${steps.mutation} found nothing to write`);
    }
    return { ...write.answer(row), change: row.change };
  });
}

/**
 * Takes the write lock of node `n` with this key and leaves `existed` in scope. With `reserve`, a
 * key nobody has yet is created bare (MERGE takes the unique constraint's lock on the key): two
 * requests creating it queue too, and the second finds what the first wrote. The edit fills the
 * node in, or the rollback takes it away.
 */
const lockClause = (label: LockLabel, reserve: boolean) =>
  reserve
    ? `MERGE (n:${label} {key: $key}) ON CREATE SET n._reserved = true
       WITH n, n._reserved IS NULL AS existed
       SET n._lock = true REMOVE n._lock, n._reserved`
    : `MATCH (n:${label} {key: $key}) WITH n, true AS existed SET n._lock = true REMOVE n._lock`;

interface Opened<Row> {
  replayed: ChangeRow | undefined;
  known: KnownFacts;
  locked: Locked<Row>;
}

/**
 * The edit's first statement: its change if it already committed; else the cited sources' texts
 * and which referenced keys exist (for the domain rules), the lock, and the locked node's version,
 * row and whether its key is taken. The lock is skipped for a replay, which must change nothing;
 * it is taken before the rules run, which costs nothing when they refuse: the rollback releases it
 * (and a reserved key with it). Locks and reads in one statement, so two editors cannot both pass
 * a check on what they read.
 */
async function openEdit<Row>(
  tx: WriteTransaction,
  changeId: string,
  { check, lock }: Pick<EditSteps<Row, object>, 'check' | 'lock'>,
): Promise<Opened<Row>> {
  const facts = check
    ? `CALL () { MATCH (s:Source) WHERE s.key IN $sources RETURN collect([s.key, s.text]) AS texts }
       CALL () { MATCH (e:Entity) WHERE e.key IN $keys RETURN collect(e.key) AS existing }`
    : 'WITH replayed, [] AS texts, [] AS existing';
  // Labels come from the closed LockLabel list, never from input.
  const locking = lock
    ? `OPTIONAL CALL (replayed) {
         WITH replayed WHERE replayed IS NULL
         ${lock.also?.length ? `CALL () { UNWIND $lockOrder AS lockKey MATCH (m:${lock.label} {key: lockKey}) SET m._lock = true REMOVE m._lock }` : ''}
         ${lockClause(lock.label, lock.reserve ?? false)}
         RETURN existed, n.version AS version, ${lock.projection ? lock.projection('n') : 'null'} AS row
       }`
    : 'WITH *, false AS existed, null AS version, null AS row';
  const taken = lock?.takenBy ? `EXISTS { MATCH (:${lock.takenBy} {key: $key}) }` : 'false';
  const row = await tx.row<{
    replayed: ChangeRow | null;
    texts: [string, string | null][];
    existing: string[];
    existed: boolean | null;
    version: number | null;
    row: Row | null;
    taken: boolean;
  }>(
    `OPTIONAL MATCH (replayed:Change {id: $changeId})
     ${facts}
     ${locking}
     RETURN ${changeFields('replayed')} AS replayed, texts, existing, existed, version, row, ${taken} AS taken`,
    {
      changeId,
      sources: check?.sources ?? [],
      keys: check?.keys ?? [],
      key: lock?.key ?? null,
      lockOrder: [...new Set([lock?.key ?? '', ...(lock?.also ?? [])])].sort(),
    },
  );
  if (!row) throw new Error('opening an edit returned no row');
  const existed = row.existed === true;
  return {
    replayed: row.replayed ?? undefined,
    known: {
      sourceTexts: new Map(row.texts.map(([key, text]) => [key, SourceText.of(text ?? '')])),
      entityKeys: new Set(row.existing),
    },
    locked: {
      existed,
      version: existed ? Number(row.version ?? 0) : undefined,
      row: existed ? (row.row ?? undefined) : undefined,
      taken: row.taken,
    },
  };
}

function checkVersion(key: string, current: number | undefined, expected: number) {
  if (current === expected) return;
  throw userError(
    'CONFLICT',
    current === undefined
      ? `"${key}" does not exist yet, so there is no version ${expected} to update.`
      : `"${key}" is at version ${current}, not ${expected}: someone else changed it. Reload and try again.`,
    { currentVersion: current ?? null },
  );
}
