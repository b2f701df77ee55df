/**
 * The "writes" section (`npm run bench -- --only writes`): editors creating entities with
 * `upsertEntity` and linking them with `addRelationship`, one client one write after another and
 * several at once, against the floor: the same effect on the graph (the entity with its citations;
 * the cited relationship) in one transaction each through the bare driver, with no GraphQL, no
 * checks, no lock and no change log. Runs on the seed-graph Neo4j (bench/neo4j.ts ensureSeed), on
 * keys of its own prefix, removed before and after, so the other sections never see them.
 * Results in bench/results/writes.json.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import type { Entity, Relationship } from '../src/domain/shapes.ts';
import { entityProperties, relationshipProperties } from '../src/domain/storage.ts';
import { ENTITY_TYPES } from '../src/domain/vocabulary.ts';
import { fromRoot } from '../src/project-root.ts';
import type { Timing } from './load.ts';
import { type BenchDb, benchDriver, DATABASE, ensureSeed, log } from './neo4j.ts';
import type { ChildStats } from './servers/child.ts';
import { PORTS } from './systems.ts';

/** The article every seed fact cites, and a sentence of it. */
const SOURCE = 'qianjiang-2021-04-15';
const QUOTE = '三联三促';
/** Every key this section writes starts with this, so clean-up finds exactly its own. */
const PREFIX = 'initiative:bench-write-';
const RELATIONSHIP_TYPE = 'APPLIED_TO' as const;
/** Concurrent writers in the concurrent cases. */
export const WRITE_CONNECTIONS = 10;

export interface WriteMeasured {
  writes: number;
  /** Writes per second over the timed runs. */
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  /** CPU of the process doing the writes (ours: the server; floor: the harness) per write. */
  cpuMsPerWrite: number;
}

export interface WriteCase {
  name: string;
  connections: number;
  ours: WriteMeasured;
  floor: WriteMeasured;
  /** ours p50 / floor p50: what the GraphQL layer, the checks, the lock and the change log add. */
  p50Ratio: number;
}

export interface WriteResults {
  startedAt: string;
  quick: boolean;
  graph: string;
  timing: Timing;
  loadAverage: [number, number];
  cases: WriteCase[];
}

/** One write, by the worker's running number: resolves when it committed, throws when it did not. */
type WriteOnce = (n: number) => Promise<void>;

/**
 * Closed loop: `connections` workers each start their next write when the last one answered, for
 * `seconds`. Latency is measured around each write, from the caller's side.
 */
async function closedLoop(connections: number, seconds: number, write: WriteOnce, next: () => number) {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        try {
          await write(next());
          latencies.push(performance.now() - started);
        } catch (error) {
          errors += 1;
          firstError ??= error;
        }
      }
    }),
  );
  return { latencies, errors, firstError };
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? (sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] as number) : 0;
const round = (n: number) => Math.round(n * 10) / 10;

/** Warm-up, then the timed runs; percentiles over every write of the timed runs. */
async function time(
  label: string,
  connections: number,
  timing: Timing,
  write: WriteOnce,
  next: () => number,
  cpuMicros: () => Promise<number>,
  failures: string[],
): Promise<WriteMeasured> {
  await closedLoop(connections, timing.warm, write, next);
  const cpuBefore = await cpuMicros();
  const started = performance.now();
  const latencies: number[] = [];
  let errors = 0;
  for (let run = 0; run < timing.runs; run += 1) {
    const result = await closedLoop(connections, timing.run, write, next);
    latencies.push(...result.latencies);
    errors += result.errors;
    if (result.errors)
      failures.push(`${label} run ${run + 1}: ${result.errors} failed writes, first: ${result.firstError}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = (await cpuMicros()) - cpuBefore;
  latencies.sort((a, b) => a - b);
  const measured: WriteMeasured = {
    writes: latencies.length,
    rps: round(latencies.length / seconds),
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
    errors,
    cpuMsPerWrite: latencies.length ? Number((cpu / 1000 / latencies.length).toFixed(2)) : 0,
  };
  log(
    `  ${label}: ${measured.rps} writes/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms, ` +
      `max ${measured.max} ms, ${measured.cpuMsPerWrite} ms cpu/write`,
  );
  return measured;
}

/** The entity every upsert writes, under a fresh key: an initiative cited from the article. */
const entityFor = (key: string, n: number): Entity => ({
  key,
  type: 'INITIATIVE',
  name: QUOTE,
  nameEn: `Bench write ${n}`,
  aliases: [],
  citations: [{ source: SOURCE, quote: QUOTE }],
});

/**
 * The n-th relationship among `count` entities made by the upserts: from entity n mod count to a
 * different one each round, so every pair is new and consecutive writes start at different entities.
 */
function pairFor(keys: string[], n: number): { from: string; to: string } {
  const count = keys.length;
  const round = Math.floor(n / count);
  if (round >= count - 1)
    throw new Error(`only ${count * (count - 1)} relationships among ${count} entities`);
  const from = n % count;
  return { from: keys[from] as string, to: keys[(from + 1 + round) % count] as string };
}

const relationshipFor = (pair: { from: string; to: string }): Relationship => ({
  ...pair,
  type: RELATIONSHIP_TYPE,
  citation: { source: SOURCE, quote: QUOTE },
});

// Ours: the server in its own process (servers/ours-editor.ts), written to over HTTP as a client would.

interface OursServer {
  port: number;
  child: ChildProcess;
  stats(): Promise<ChildStats>;
  stop(): Promise<void>;
}

async function startOurs(db: BenchDb, token: string): Promise<OursServer> {
  const port = PORTS.ours;
  const child = fork(fileURLToPath(new URL('./servers/ours-editor.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      BENCH_NEO4J_URI: db.uri,
      BENCH_NEO4J_USERNAME: db.username,
      BENCH_NEO4J_PASSWORD: db.password,
      BENCH_PORT: String(port),
      BENCH_EDITOR_TOKEN: token,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(() => {
      throw new Error('ours (editor) exited during start-up');
    }),
  ])) as [{ type: string }];
  if (message.type !== 'ready') throw new Error('ours (editor) did not start');
  return {
    port,
    child,
    stats: async () => {
      child.send({ type: 'stats' });
      const [reply] = (await once(child, 'message')) as [{ stats: ChildStats }];
      return reply.stats;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await once(child, 'exit');
      clearTimeout(timer);
    },
  };
}

const UPSERT = `mutation BenchUpsert($input: UpsertEntityInput!) {
  upsertEntity(input: $input) { entity { key version } change { seq } }
}`;
const ADD_RELATIONSHIP = `mutation BenchAddRelationship($input: AddRelationshipInput!) {
  addRelationship(input: $input) { relationship { type } change { seq } }
}`;

function graphqlWriter(port: number, token: string) {
  return async (query: string, input: object, field: string) => {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables: { input } }),
    });
    const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
    if (!response.ok || json.errors || !json.data?.[field])
      throw new Error(`HTTP ${response.status}: ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
  };
}

// Floor: the same effect on the graph, one statement in one write transaction, through the bare driver.

function floorWriters(driver: Driver) {
  const inTransaction = async (cypher: string, parameters: Record<string, unknown>) => {
    const session = driver.session({ database: DATABASE });
    try {
      await session.executeWrite((tx) => tx.run(cypher, parameters));
    } finally {
      await session.close();
    }
  };
  return {
    upsert: (entity: Entity) =>
      // The label comes from the closed list of entity types.
      inTransaction(
        `MERGE (e:Entity {key: $key})
         SET e:${ENTITY_TYPES[entity.type].label}, e += $props, e.version = coalesce(e.version, 0) + 1
         WITH e
         UNWIND range(0, size($citations) - 1) AS ordinal
         MATCH (s:Source {key: $citations[ordinal].source})
         CREATE (e)-[:CITED_IN {quote: $citations[ordinal].quote, ordinal: ordinal}]->(s)`,
        { key: entity.key, props: entityProperties(entity), citations: entity.citations },
      ),
    addRelationship: (relationship: Relationship) =>
      inTransaction(
        `MATCH (a:Entity {key: $from}) MATCH (b:Entity {key: $to})
         CREATE (a)-[r:${RELATIONSHIP_TYPE}]->(b) SET r = $props`,
        {
          from: relationship.from,
          to: relationship.to,
          props: relationshipProperties(relationship),
        },
      ),
  };
}

/** Removes every entity and change this section wrote (a previous run's too). */
async function cleanUp(driver: Driver): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database: DATABASE });
  try {
    await session.run(
      `MATCH (c:Change) WHERE any(key IN c.keys WHERE key STARTS WITH $prefix)
       CALL (c) { DELETE c } IN TRANSACTIONS OF 5000 ROWS`,
      { prefix: PREFIX },
    );
    await session.run(
      `MATCH (e:Entity) WHERE e.key STARTS WITH $prefix
       CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 5000 ROWS`,
      { prefix: PREFIX },
    );
  } finally {
    await session.close();
  }
}

export async function benchWrites(timing: Timing, quick: boolean, failures: string[]): Promise<WriteResults> {
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg()[0] as number;
  const db = await ensureSeed();
  const driver = benchDriver(db);
  const token = randomBytes(24).toString('hex');
  const run = Date.now().toString(36);
  await cleanUp(driver);
  const ours = await startOurs(db, token);
  const cases: WriteCase[] = [];
  try {
    const write = graphqlWriter(ours.port, token);
    const floor = floorWriters(driver);
    const made = { ours: [] as string[], floor: [] as string[] };
    const counters = { ours: 0, floor: 0 };
    const harnessCpu = async () => {
      const cpu = process.cpuUsage();
      return cpu.user + cpu.system;
    };
    const oursCpu = async () => (await ours.stats()).cpuMicros;
    log(`writes: ours up on the seed graph (port ${ours.port}), with the response cache on`);

    const upserts = async (name: string, connections: number) => {
      const key = (system: 'ours' | 'floor', n: number) => `${PREFIX}${run}-${system}-${n}`;
      const measuredOurs = await time(
        `${name} / ours`,
        connections,
        timing,
        async (n) => {
          await write(UPSERT, entityFor(key('ours', n), n), 'upsertEntity');
          made.ours.push(key('ours', n));
        },
        () => counters.ours++,
        oursCpu,
        failures,
      );
      const measuredFloor = await time(
        `${name} / floor`,
        connections,
        timing,
        async (n) => {
          await floor.upsert(entityFor(key('floor', n), n));
          made.floor.push(key('floor', n));
        },
        () => counters.floor++,
        harnessCpu,
        failures,
      );
      cases.push(result(name, connections, measuredOurs, measuredFloor));
    };
    const relationships = async (name: string, connections: number) => {
      // Each system links the entities it made itself, from a fresh pair numbering per case.
      const next = { ours: 0, floor: 0 };
      const keys = { ours: [...made.ours], floor: [...made.floor] };
      const measuredOurs = await time(
        `${name} / ours`,
        connections,
        timing,
        (n) => write(ADD_RELATIONSHIP, relationshipFor(pairFor(keys.ours, n)), 'addRelationship'),
        () => next.ours++,
        oursCpu,
        failures,
      );
      const measuredFloor = await time(
        `${name} / floor`,
        connections,
        timing,
        (n) => floor.addRelationship(relationshipFor(pairFor(keys.floor, n))),
        () => next.floor++,
        harnessCpu,
        failures,
      );
      cases.push(result(name, connections, measuredOurs, measuredFloor));
    };

    await upserts('upsertEntity, sequential', 1);
    await upserts(`upsertEntity, ${WRITE_CONNECTIONS} at once`, WRITE_CONNECTIONS);
    // Relationship pairs are made among disjoint sets per case (the second case starts past the first).
    await relationships('addRelationship, sequential', 1);
    made.ours.reverse();
    made.floor.reverse();
    await relationships(`addRelationship, ${WRITE_CONNECTIONS} at once`, WRITE_CONNECTIONS);
  } finally {
    await ours.stop();
    await cleanUp(driver).catch((error: unknown) => log(`writes: clean-up failed: ${error}`));
    await driver.close();
  }
  return {
    startedAt,
    quick,
    graph: 'seed graph (seed/), keys initiative:bench-write-*',
    timing,
    loadAverage: [loadBefore, loadavg()[0] as number],
    cases,
  };
}

const result = (name: string, connections: number, ours: WriteMeasured, floor: WriteMeasured): WriteCase => ({
  name,
  connections,
  ours,
  floor,
  p50Ratio: floor.p50 > 0 ? Number((ours.p50 / floor.p50).toFixed(2)) : 0,
});

const f = (n: number, digits = 0) => n.toFixed(digits);
const pad = (s: string, n: number) => s.padEnd(n);

export function printWrites(results: WriteResults): void {
  console.log(
    `\nWrites on the ${results.graph}: ${results.timing.runs} runs of ${results.timing.run} s after ` +
      `${results.timing.warm} s warm-up (load average ${f(results.loadAverage[0], 1)} before, ` +
      `${f(results.loadAverage[1], 1)} after)`,
  );
  console.log(
    `${pad('case', 32)}${pad('system', 7)}${pad('writes/s', 10)}${pad('p50 ms', 9)}${pad('p99 ms', 9)}` +
      `${pad('max ms', 9)}${pad('cpu ms/write', 14)}ours/floor p50`,
  );
  for (const c of results.cases) {
    for (const system of ['ours', 'floor'] as const) {
      const m = c[system];
      console.log(
        `${pad(system === 'ours' ? c.name : '', 32)}${pad(system, 7)}${pad(f(m.rps, 1), 10)}` +
          `${pad(f(m.p50, 1), 9)}${pad(f(m.p99, 1), 9)}${pad(f(m.max, 1), 9)}${pad(f(m.cpuMsPerWrite, 2), 14)}` +
          `${system === 'ours' ? f(c.p50Ratio, 2) : ''}`,
      );
    }
  }
}

/** One line for the end of the run. */
export const summarizeWrites = (results: WriteResults): string =>
  `writes ours/floor p50: ${results.cases.map((c) => `${c.name} ${c.ours.p50}/${c.floor.p50} ms (x${f(c.p50Ratio, 2)})`).join(', ')}`;

/** bench/results/writes.json: its own file, like cache.json. */
export function writeWriteResults(results: WriteResults): string {
  const dir = fromRoot('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/writes.json`;
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  return path;
}
