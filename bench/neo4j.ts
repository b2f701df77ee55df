import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import neo4j, { type Driver } from 'neo4j-driver';
import { applyConstraints } from '../src/neo4j/constraints.ts';
import { Executor } from '../src/neo4j/executor.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/neo4j/local-server.ts';
import { fromRoot } from '../src/project-root.ts';
import { describeReport, loadSeed, readValidSeed } from '../src/seed/load.ts';
import { countsFor, loadSynthetic } from './synthetic.ts';

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
  /** The Neo4j process, watched by waitUntilIdle(). */
  pid: number;
}

export const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

export async function startBenchNeo4j(): Promise<BenchDb> {
  const { uri, username, password, pid } = await startLocalNeo4j(BENCH_NEO4J, log);
  return { uri, username, password, pid };
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
 * does (with cypher/ applied again), else loaded by `seed-synthetic.ts` in a child process, so the gigabytes the generator and
 * the driver allocate die with it instead of staying in the harness, which also runs the load
 * generator. Then waits until Neo4j is idle: the run that had just loaded 1M entities timed at
 * half the rate of a fresh run on the same database (bench/README.md).
 */
export async function ensureScale(entities: number): Promise<BenchDb> {
  let db = await startBenchNeo4j();
  const present = await withDriver(db, entityCount);
  if (present !== expectedEntities(entities)) {
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        fromRoot('bench', 'seed-synthetic.ts'),
        '--entities',
        String(entities),
        '--load-only',
      ],
      { stdio: 'inherit' },
    );
    if (child.status !== 0) throw new Error(`loading ${entities} synthetic entities failed (see above)`);
    // A bulk load leaves gigabytes of transaction log for the next checkpoint, which could flush
    // them in the middle of the timed runs. A clean stop checkpoints; the restart gives the state a
    // kept database has.
    await stopBenchNeo4j();
    db = await startBenchNeo4j();
    log('restarted the bench Neo4j, so the load is checkpointed before anything is timed');
  } else {
    log(`bench database already holds ${present} synthetic entities`);
    // A database kept from before a change to cypher/ (entity_search_typed replaced entity_search)
    // gets the new indexes; every statement is idempotent, and the wait below covers populating them.
    await withDriver(db, (driver) => applyConstraints(Executor.forBatchWork(driver, DATABASE)));
  }
  await waitUntilIdle(db.pid);
  return db;
}

const expectedEntities = (entities: number) => Object.values(countsFor(entities)).reduce((a, b) => a + b, 0);

async function withDriver<T>(db: BenchDb, work: (driver: Driver) => Promise<T>): Promise<T> {
  const driver = benchDriver(db);
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}

/**
 * What `seed-synthetic.ts --load-only` runs in its own process: recreates the instance folder when
 * it holds another graph (faster than deleting a million nodes), then loads the synthetic graph
 * and waits for its indexes.
 */
export async function loadScale(entities: number): Promise<void> {
  let db = await startBenchNeo4j();
  if ((await withDriver(db, entityCount)) > 0) {
    await stopBenchNeo4j();
    rmSync(BENCH_NEO4J.dir, { recursive: true, force: true });
    db = await startBenchNeo4j();
  }
  await withDriver(db, async (driver) => {
    await applyConstraints(Executor.forBatchWork(driver, DATABASE));
    const report = await loadSynthetic(Executor.forBatchWork(driver, DATABASE), entities, throttled());
    log(
      `loaded ${report.entities} entities, ${report.relationships} relationships, ${report.statistics} statistics in ${report.seconds.toFixed(0)} s`,
    );
    await driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database: DATABASE });
    // The indexes were created on the empty graph; resample them now rather than whenever Neo4j's
    // background sampling gets to it, so no timed run is planned on an empty graph's statistics.
    await driver.executeQuery('CALL db.prepareForReplanning(600)', {}, { database: DATABASE });
  });
}

/** CPU seconds a process has used so far (Linux /proc; undefined elsewhere). */
function cpuSeconds(pid: number): number | undefined {
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100/s).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** Neo4j counts as idle when it uses less than this share of one core over a sample. */
const IDLE_SHARE = 0.05;
const IDLE_SAMPLE_MS = 5_000;
const IDLE_WAIT_MAX_MS = 10 * 60_000;

/**
 * Waits until Neo4j has nothing left to do in the background (after a bulk load: index population
 * and sampling, Lucene merging the full-text index's segments, checkpoints), up to 10 minutes, so
 * none of it is timed. Prints what it saw.
 */
export async function waitUntilIdle(pid: number): Promise<void> {
  const started = Date.now();
  let last = cpuSeconds(pid);
  if (last === undefined) return;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_SAMPLE_MS));
    const now = cpuSeconds(pid);
    if (now === undefined) return;
    const share = (now - last) / (IDLE_SAMPLE_MS / 1000);
    last = now;
    const waited = ((Date.now() - started) / 1000).toFixed(0);
    if (share < IDLE_SHARE) {
      log(`Neo4j idle (${(share * 100).toFixed(0)}% of a core) after ${waited} s`);
      return;
    }
    if (Date.now() - started > IDLE_WAIT_MAX_MS) {
      log(`Neo4j still busy (${(share * 100).toFixed(0)}% of a core) after ${waited} s; timing anyway`);
      return;
    }
    log(`Neo4j busy in the background (${(share * 100).toFixed(0)}% of a core); waiting (${waited} s)`);
  }
}

/** Starts the seed-graph Neo4j and loads seed/ into it (idempotent: a second load changes nothing). */
export async function ensureSeed(): Promise<BenchDb> {
  const data = readValidSeed();
  const { uri, username, password, pid } = await startLocalNeo4j(BENCH_SEED_NEO4J, log);
  const db = { uri, username, password, pid };
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
