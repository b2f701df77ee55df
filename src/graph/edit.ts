import { type KnownFacts, withoutSpaces } from '../domain/rules.ts';
import { userError, validationError } from '../errors.ts';
import type { Executor, WriteTransaction } from '../neo4j/executor.ts';
import { type ChangeRow, type Edit, findChange, recordChange } from './change-log.ts';

/**
 * The one template every edit of the graph follows, in one write transaction:
 *   replay -> check against the graph -> lock -> guard -> version check -> write -> record.
 * The change id is chosen before the transaction, so a driver retry that finds its change already
 * committed answers with it instead of applying the edit twice. The aggregates' repositories
 * (entities.ts, relationships.ts, statistics.ts, sources.ts) describe only their own steps.
 */

/** Nodes an edit can lock; the label comes from this closed list, never from input. */
type LockLabel = 'Entity' | 'DeletedEntity' | 'Statistic';

export interface Locked<Row> {
  /** Whether the node was there before this edit (false also when `reserve` just made it). */
  existed: boolean;
  version: number | undefined;
  /** The node as it was, through the lock's projection. */
  row: Row | undefined;
}

export interface EditSteps<Row, Result> {
  mutation: string;
  /** What to answer besides the change when the change already committed (a retried request). */
  replay(tx: WriteTransaction): Promise<Result>;
  /** The cited sources and referenced entities the domain rules need, and the rules to run. */
  check?: { sources: string[]; keys: string[]; problems(known: KnownFacts): string[] };
  /**
   * The node to lock before reading it, so concurrent edits of one thing queue instead of each
   * acting on what it read. `reserve` creates a key nobody has yet (see lockClause).
   */
  lock?: { label: LockLabel; key: string; reserve?: boolean; projection?: (node: string) => string };
  /** Refusals that depend on the locked node (deleted, wrong type, missing). */
  guard?(locked: Locked<Row>, tx: WriteTransaction): Promise<void> | void;
  /** Optimistic locking: the edit goes ahead only when the locked node is at this version. */
  expectedVersion?: number;
  /** The write itself; returns what the change records and what the edit answers. */
  write(
    tx: WriteTransaction,
    locked: Locked<Row>,
  ): Promise<{ keys: string[]; before: unknown; after: unknown; result: Result }>;
}

export async function runEdit<Row, Result extends object>(
  executor: Executor,
  edit: Edit,
  steps: EditSteps<Row, Result>,
): Promise<Result & { change: ChangeRow }> {
  return executor.writeTransaction(async (tx) => {
    const replayed = await findChange(tx, edit.changeId);
    if (replayed) return { ...(await steps.replay(tx)), change: replayed };
    if (steps.check) {
      const known = await knownFacts(tx, steps.check.sources, steps.check.keys);
      const problems = steps.check.problems(known);
      if (problems.length) throw validationError(problems);
    }
    const locked: Locked<Row> = steps.lock
      ? await lockNode<Row>(tx, steps.lock)
      : { existed: false, version: undefined, row: undefined };
    await steps.guard?.(locked, tx);
    if (steps.expectedVersion !== undefined && steps.lock) {
      checkVersion(steps.lock.key, locked.existed ? locked.version : undefined, steps.expectedVersion);
    }
    const { result, ...record } = await steps.write(tx, locked);
    const change = await recordChange(tx, edit, { mutation: steps.mutation, ...record });
    return { ...result, change };
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

/** Locks and reads in one statement, so two editors cannot both pass a check on what they read. */
async function lockNode<Row>(
  tx: WriteTransaction,
  { label, key, reserve = false, projection }: NonNullable<EditSteps<Row, object>['lock']>,
): Promise<Locked<Row>> {
  const row = await tx.row<{ existed: boolean; version: number | null; row: Row | null }>(
    `${lockClause(label, reserve)}
     RETURN existed, n.version AS version, ${projection ? projection('n') : 'null'} AS row`,
    { key },
  );
  if (!row?.existed) return { existed: false, version: undefined, row: undefined };
  return { existed: true, version: Number(row.version ?? 0), row: row.row ?? undefined };
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

/** What the domain rules need to know: the cited sources' texts and which keys exist. */
async function knownFacts(tx: WriteTransaction, sources: string[], keys: string[]): Promise<KnownFacts> {
  const row = await tx.row<{ texts: [string, string | null][]; existing: string[] }>(
    `CALL () { MATCH (s:Source) WHERE s.key IN $sources RETURN collect([s.key, s.text]) AS texts }
     CALL () { MATCH (e:Entity) WHERE e.key IN $keys RETURN collect(e.key) AS existing }
     RETURN texts, existing`,
    { sources, keys },
  );
  return {
    sourceTexts: new Map((row?.texts ?? []).map(([key, text]) => [key, withoutSpaces(text ?? '')])),
    entityKeys: new Set(row?.existing ?? []),
  };
}
