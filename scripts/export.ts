/**
 * `npm run export [-- --out DIR]`: writes the current graph back to seed files (default: seed/), in
 * the seed format and a stable order, so `git diff seed/` shows exactly what editors changed.
 */
import { parseArgs } from 'node:util';
import { createLogger } from '../src/logger.ts';
import { connect } from '../src/neo4j/connect.ts';
import { Executor } from '../src/neo4j/executor.ts';
import { loadConfig } from '../src/process/config.ts';
import { exitOnFailure } from '../src/process/exit.ts';
import { fromRoot } from '../src/project-root.ts';
import { exportSeed } from '../src/seed/export.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string', default: fromRoot('seed') } } });
  const config = loadConfig();
  const neo4j = await connect(
    config.neo4j,
    createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel),
  );
  try {
    const counts = await exportSeed(Executor.forBatchWork(neo4j.driver, neo4j.database), values.out);
    console.log(
      `[export] wrote ${values.out}: ${counts.sources} sources, ${counts.entities} entities, ` +
        `${counts.relationships} relationships, ${counts.statistics} statistics`,
    );
  } finally {
    await neo4j.close();
  }
}

main().catch(exitOnFailure);
