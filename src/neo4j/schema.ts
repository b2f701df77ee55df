import { readdirSync, readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { fromRoot } from '../project-root.ts';

/** The statements of `cypher/*.cypher`, in file order; every one is idempotent (`IF NOT EXISTS`). */
export function schemaStatements(folder = fromRoot('cypher')): string[] {
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

/** Applies the schema (constraints and indexes), then waits until every index is online. */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const statements = schemaStatements();
  for (const statement of statements) {
    // Schema commands cannot share a transaction with anything else: one auto-commit each.
    await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database });
  return statements.length;
}

/** Deletes every node and relationship (the schema stays), in batches so large graphs fit in memory. */
export async function deleteEverything(driver: Driver, database: string): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}
