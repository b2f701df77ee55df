/**
 * `npm run seed:synthetic -- --entities N`: loads a synthetic region graph of about N entities in the
 * real model (bench/synthetic.ts) into the benchmark's own Neo4j (port 7690, .neo4j/bench), which
 * it starts when needed and leaves running for `npm run bench`. An existing graph of another size is
 * replaced. Stop it with `npx tsx bench/seed-synthetic.ts --stop`.
 */
import { parseArgs } from 'node:util';
import { ensureScale, loadScale, log, stopBenchNeo4j } from './neo4j.ts';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '10000' },
    stop: { type: 'boolean', default: false },
    // What ensureScale runs in this child process: the load alone, no restart or idle wait.
    'load-only': { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  if (values.stop) {
    await stopBenchNeo4j();
    return;
  }
  const entities = Number(values.entities);
  if (!Number.isInteger(entities) || entities < 1000)
    throw new Error('--entities must be a whole number >= 1000');
  if (values['load-only']) {
    await loadScale(entities);
    return;
  }
  const started = Date.now();
  const db = await ensureScale(entities);
  log(
    `seed:synthetic done: ~${entities} entities on ${db.uri} in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
