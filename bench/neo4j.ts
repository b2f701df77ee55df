import { rmSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { applyConstraints } from '../src/neo4j/constraints.ts';
import { Executor } from '../src/neo4j/executor.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/neo4j/local-server.ts';
import { fromRoot } from '../src/project-root.ts';
import { describeReport, loadSeed, readValidSeed } from '../src/seed/load.ts';
import { loadSynthetic } from './synthetic.ts';

/** The benchmark's own managed Neo4j: port 7690, folder .neo4j/bench (never the dev or test ones). */
export const BENCH_NEO4J = {
  boltPort: Number(process.env.BENCH_NEO4J_PORT ?? 7690),
  dir: fromRoot('.neo4j', 'bench'),
  heap: '2g',
  pageCache: '3g',
};
export const DATABASE = 'neo4j';

/**
 * A second, small bench Neo4j holding the real seed graph (seed/), for the response-cache section:
 * port 7691, folder .neo4j/bench-seed. Separate so the synthetic database is never mixed with it.
 */
export const BENCH_SEED_NEO4J = {
  boltPort: Number(process.env.BENCH_SEED_NEO4J_PORT ?? 7691),
  dir: fromRoot('.neo4j', 'bench-seed'),
  heap: '1g',
  pageCache: '512m',
};

export interface BenchDb {
  uri: string;
  username: string;
  password: string;
}

export const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

export async function startBenchNeo4j(): Promise<BenchDb> {
  const { uri, username, password } = await startLocalNeo4j(BENCH_NEO4J, log);
  return { uri, username, password };
}

export const stopBenchNeo4j = () => stopLocalNeo4j(BENCH_NEO4J.dir, log);

export const stopSeedNeo4j = () => stopLocalNeo4j(BENCH_SEED_NEO4J.dir, log);

export const benchDriver = (db: BenchDb): Driver =>
  neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password), { disableLosslessIntegers: true });

export async function entityCount(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    'MATCH (e:Entity) RETURN count(e) AS n',
    {},
    { database: DATABASE },
  );
  return Number(records[0]?.get('n') ?? 0);
}

/** Prints at most one progress line every few seconds. */
export function throttled(every = 5_000) {
  let last = 0;
  return (message: string) => {
    if (Date.now() - last < every) return;
    last = Date.now();
    log(message);
  };
}

/**
 * Makes the bench database hold the synthetic graph of `entities` entities: kept when it already
 * does, else the instance folder is recreated (faster than deleting a million nodes) and loaded.
 */
export async function ensureScale(entities: number): Promise<BenchDb> {
  let db = await startBenchNeo4j();
  let driver = benchDriver(db);
  const { countsFor } = await import('./synthetic.ts');
  const expected = Object.values(countsFor(entities)).reduce((a, b) => a + b, 0);
  const present = await entityCount(driver);
  if (present === expected) {
    log(`bench database already holds ${present} synthetic entities`);
    await driver.close();
    return db;
  }
  if (present > 0) {
    await driver.close();
    await stopBenchNeo4j();
    rmSync(BENCH_NEO4J.dir, { recursive: true, force: true });
    db = await startBenchNeo4j();
    driver = benchDriver(db);
  }
  try {
    await applyConstraints(Executor.forBatchWork(driver, DATABASE));
    const report = await loadSynthetic(Executor.forBatchWork(driver, DATABASE), entities, throttled());
    log(
      `loaded ${report.entities} entities, ${report.relationships} relationships, ${report.statistics} statistics in ${report.seconds.toFixed(0)} s`,
    );
    await driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database: DATABASE });
  } finally {
    await driver.close();
  }
  // A bulk load leaves gigabytes of transaction log for the next checkpoint, which could flush them
  // in the middle of the timed runs. A clean stop checkpoints; the restart gives the state a kept
  // database has. (It did not explain why the 1M figures right after a load are slower than a fresh
  // run's on the same database: see README, Performance.)
  await stopBenchNeo4j();
  db = await startBenchNeo4j();
  log('restarted the bench Neo4j, so the load is checkpointed before anything is timed');
  return db;
}

/** Starts the seed-graph Neo4j and loads seed/ into it (idempotent: a second load changes nothing). */
export async function ensureSeed(): Promise<BenchDb> {
  const data = readValidSeed();
  const { uri, username, password } = await startLocalNeo4j(BENCH_SEED_NEO4J, log);
  const db = { uri, username, password };
  const driver = benchDriver(db);
  try {
    await applyConstraints(Executor.forBatchWork(driver, DATABASE));
    const report = await loadSeed(Executor.forBatchWork(driver, DATABASE), data);
    log(`seed graph (${data.entities.length} entities) on ${uri}: ${describeReport(report)}`);
    await driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database: DATABASE });
  } finally {
    await driver.close();
  }
  return db;
}
