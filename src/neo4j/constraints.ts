import { readdirSync, readFileSync } from 'node:fs';
import { fromRoot } from '../project-root.ts';
import type { Executor } from './executor.ts';

/**
 * The database's own schema: the constraints and indexes of `cypher/*.cypher`, applied at start-up
 * (not to be confused with the GraphQL schema in src/schema/). Also the wipe tests and benchmarks
 * start from.
 */

/** The statements of `cypher/*.cypher`, in file order; every one is idempotent (`IF NOT EXISTS`). */
export function constraintStatements(folder = fromRoot('cypher')): string[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .flatMap((file) =>
      readFileSync(`${folder}/${file}`, 'utf8')
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('//'))
        .join('\n')
        .split(/;\s*(?:\n|$)/)
        .map((statement) => statement.trim())
        .filter(Boolean),
    );
}

/** Applies the constraints and indexes, then waits until every index is online; returns how many statements. */
export async function applyConstraints(executor: Executor): Promise<number> {
  const statements = constraintStatements();
  // Schema commands cannot share a transaction with anything else: one auto-commit each.
  for (const statement of statements) await executor.autoCommit(statement);
  await executor.autoCommit('CALL db.awaitIndexes(120)');
  return statements.length;
}

/** Deletes every node and relationship (constraints and indexes stay), in batches so large graphs fit in memory. */
export async function wipeGraph(executor: Executor): Promise<void> {
  await executor.autoCommit('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}
