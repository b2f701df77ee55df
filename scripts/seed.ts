/**
 * `npm run seed`: validates seed/ (nothing touches the database if any file is wrong), applies
 * cypher/, then loads the knowledge graph in one transaction, reconciling it with the seed (removing
 * what the seed dropped, keeping what was edited through the API: src/seed/load.ts), and prints what
 * was added, updated, removed and kept.
 */

import { createLogger } from '../src/logger.ts';
import { connect } from '../src/neo4j/connect.ts';
import { applyConstraints } from '../src/neo4j/constraints.ts';
import { Executor } from '../src/neo4j/executor.ts';
import { loadConfig } from '../src/process/config.ts';
import { exitOnFailure } from '../src/process/exit.ts';
import { describeReport, loadSeed, readValidSeed, reportLines } from '../src/seed/load.ts';

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const data = readValidSeed();
  console.log(
    `[seed] valid: ${data.entities.length} entities, ${data.relationships.length} relationships, ${data.statistics.length} statistics`,
  );
  const neo4j = await connect(
    config.neo4j,
    createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel),
  );
  try {
    console.log(
      `[seed] applying cypher/ (${await applyConstraints(Executor.forBatchWork(neo4j.driver, neo4j.database))} statements)`,
    );
    const report = await loadSeed(Executor.forBatchWork(neo4j.driver, neo4j.database), data, (message) =>
      console.log(`[seed] wrote ${message}`),
    );
    for (const line of reportLines(report)) console.log(`[seed] ${line}`);
    console.log(
      `[seed] done in ${((Date.now() - started) / 1000).toFixed(1)} s on ${neo4j.uri}: ${describeReport(report)}`,
    );
  } finally {
    await neo4j.close();
  }
}

main().catch(exitOnFailure);
