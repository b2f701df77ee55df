/**
 * The "writes" section (`npm run bench -- --only writes`): editors creating entities with
 * `upsertEntity` and linking them with `addRelationship`, one client one write after another and
 * several at once, against the floor: the same effect on the graph (the entity with its citations;
 * the cited relationship) in one transaction each through the bare driver, with no GraphQL, no
 * checks, no lock and no change log (bench/writes-floor.ts), timed behind bare node:http as the
 * read shapes' floor is (`floor`), and called in the harness process itself (`driver`, no HTTP).
 * Runs on the seed-graph Neo4j (bench/neo4j.ts ensureSeed), on
 * keys of its own prefix, removed before and after, so the other sections never see them.
 * Results in bench/results/writes.json.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Driver } from 'neo4j-driver';
import type { Entity, Relationship } from '../src/domain/shapes.ts';
import { fromRoot } from '../src/project-root.ts';
import type { Timing } from './load.ts';
import { loadAverage } from './machine.ts';
import { benchDriver, DATABASE, ensureSeed, log } from './neo4j.ts';
import { PORTS, type ServerProcess, startServer } from './systems.ts';
import { FLOOR_RELATIONSHIP_TYPE, floorWriters } from './writes-floor.ts';

/**
 * The article every seed fact cites, and a span of it that occurs once: 三联三促 alone occurs three
 * times, and a fact with one citation quoting it is refused as ambiguous (docs/api.md, "Placing a
 * quote").
 */
export const SOURCE = 'qianjiang-2021-04-15';
export const QUOTE = '黔江以“三联三促”狠抓管理';
const NAME = '三联三促';
/** Every key this section writes starts with this, so clean-up finds exactly its own. */
const PREFIX = 'initiative:bench-write-';
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

export const WRITE_SYSTEMS = ['ours', 'floor', 'driver'] as const;
export type WriteSystem = (typeof WRITE_SYSTEMS)[number];

export interface WriteCase extends Record<WriteSystem, WriteMeasured> {
  name: string;
  connections: number;
  /** ours p50 / floor p50: what our GraphQL layer, checks, lock and change log add over HTTP. */
  p50Ratio: number;
  /** ours p50 / driver p50: the same, HTTP included. */
  p50RatioDriver: number;
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
  name: NAME,
  nameEn: `Bench write ${n}`,
  aliases: [],
  citations: [{ source: SOURCE, quote: QUOTE }],
});

/**
 * The n-th relationship among the entities the upserts made: from entity n mod count to the one
 * `offset` further on, the offset growing by one each round, so every pair is new. Offsets start
 * far from 1 so ten writers at once link unrelated entities: with offset 1, each one's end would
 * be the next one's start, and every writer would queue on its neighbour's locks.
 */
function pairFor(keys: string[], n: number, firstOffset: number): { from: string; to: string } {
  const count = keys.length;
  const round = Math.floor(n / count);
  const offset = firstOffset + round;
  if (offset >= count) throw new Error(`ran out of new pairs among ${count} entities`);
  const from = n % count;
  return { from: keys[from] as string, to: keys[(from + offset) % count] as string };
}

const relationshipFor = (pair: { from: string; to: string }): Relationship => ({
  ...pair,
  type: FLOOR_RELATIONSHIP_TYPE,
  citation: { source: SOURCE, quote: QUOTE },
});

// Ours (servers/ours-editor.ts) and the floor over HTTP (servers/floor-writes.ts): each in its own process.

async function post(port: number, path: string, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (!response.ok || json.errors || !json.data)
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(json.errors ?? json).slice(0, 300)}`);
  return json.data;
}

const UPSERT = `mutation BenchUpsert($input: UpsertEntityInput!) {
  upsertEntity(input: $input) { entity { key version } change { seq } }
}`;
const ADD_RELATIONSHIP = `mutation BenchAddRelationship($input: AddRelationshipInput!) {
  addRelationship(input: $input) { relationship { type } change { seq } }
}`;

/** How each system makes the two writes. */
interface Writer {
  upsert(entity: Entity): Promise<unknown>;
  addRelationship(relationship: Relationship): Promise<unknown>;
  cpuMicros(): Promise<number>;
}

function oursWriter(server: ServerProcess, token: string): Writer {
  const mutate = async (query: string, input: object, field: string) => {
    const data = await post(
      server.port,
      '/graphql',
      { query, variables: { input } },
      { authorization: `Bearer ${token}` },
    );
    if (!data[field]) throw new Error(`${field} answered ${JSON.stringify(data)}`);
  };
  return {
    upsert: (entity) => mutate(UPSERT, entity, 'upsertEntity'),
    addRelationship: (relationship) => mutate(ADD_RELATIONSHIP, relationship, 'addRelationship'),
    cpuMicros: async () => (await server.stats()).cpuMicros,
  };
}

function floorHttpWriter(server: ServerProcess): Writer {
  return {
    upsert: (entity) => post(server.port, '/upsert', entity),
    addRelationship: (relationship) => post(server.port, '/relationship', relationship),
    cpuMicros: async () => (await server.stats()).cpuMicros,
  };
}

function driverWriter(driver: Driver): Writer {
  return {
    ...floorWriters(driver, DATABASE),
    cpuMicros: async () => {
      const cpu = process.cpuUsage();
      return cpu.user + cpu.system;
    },
  };
}

/** Removes every entity and change written with keys starting with `prefix` (a previous run's too). */
export async function cleanUp(driver: Driver, prefix = PREFIX): Promise<void> {
  // CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session({ database: DATABASE });
  try {
    await session.run(
      `MATCH (c:Change) WHERE any(key IN c.keys WHERE key STARTS WITH $prefix)
       CALL (c) { DELETE c } IN TRANSACTIONS OF 5000 ROWS`,
      { prefix },
    );
    await session.run(
      `MATCH (e:Entity) WHERE e.key STARTS WITH $prefix
       CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 5000 ROWS`,
      { prefix },
    );
  } finally {
    await session.close();
  }
}

export async function benchWrites(timing: Timing, quick: boolean, failures: string[]): Promise<WriteResults> {
  const startedAt = new Date().toISOString();
  const loadBefore = loadAverage();
  const db = await ensureSeed();
  const driver = benchDriver(db);
  const token = randomBytes(24).toString('hex');
  const run = Date.now().toString(36);
  await cleanUp(driver);
  const children: ServerProcess[] = [];
  const cases: WriteCase[] = [];
  try {
    const ours = await startServer('ours-editor', PORTS.ours, db, { BENCH_EDITOR_TOKEN: token });
    children.push(ours);
    const floor = await startServer('floor-writes', PORTS.floor, db, { BENCH_EDITOR_TOKEN: token });
    children.push(floor);
    log(
      `writes: ours (response cache on) and the floor up on the seed graph (ports ${ours.port}, ${floor.port})`,
    );
    const writers: Record<WriteSystem, Writer> = {
      ours: oursWriter(ours, token),
      floor: floorHttpWriter(floor),
      driver: driverWriter(driver),
    };
    // Each system links only the entities it made itself.
    const made: Record<WriteSystem, string[]> = { ours: [], floor: [], driver: [] };
    const counters: Record<WriteSystem, number> = { ours: 0, floor: 0, driver: 0 };

    const measureCase = async (
      name: string,
      connections: number,
      write: (system: WriteSystem, n: number) => Promise<void>,
      next: (system: WriteSystem) => () => number,
    ) => {
      const measured = {} as Record<WriteSystem, WriteMeasured>;
      for (const system of WRITE_SYSTEMS)
        measured[system] = await time(
          `${name} / ${system}`,
          connections,
          timing,
          (n) => write(system, n),
          next(system),
          () => writers[system].cpuMicros(),
          failures,
        );
      cases.push(result(name, connections, measured));
    };
    const upserts = (name: string, connections: number) =>
      measureCase(
        name,
        connections,
        async (system, n) => {
          const key = `${PREFIX}${run}-${system}-${n}`;
          await writers[system].upsert(entityFor(key, n));
          made[system].push(key);
        },
        (system) => () => counters[system]++,
      );
    const relationships = (name: string, connections: number, share: number) => {
      const keys = { ours: [...made.ours], floor: [...made.floor], driver: [...made.driver] };
      const numbers: Record<WriteSystem, number> = { ours: 0, floor: 0, driver: 0 };
      return measureCase(
        name,
        connections,
        async (system, n) => {
          const offset = Math.floor(keys[system].length / share);
          await writers[system].addRelationship(relationshipFor(pairFor(keys[system], n, offset)));
        },
        (system) => () => numbers[system]++,
      );
    };

    await upserts('upsertEntity, sequential', 1);
    await upserts(`upsertEntity, ${WRITE_CONNECTIONS} at once`, WRITE_CONNECTIONS);
    // Offsets from a half and from a quarter of the entities: the two cases never make the same pair.
    await relationships('addRelationship, sequential', 1, 2);
    await relationships(`addRelationship, ${WRITE_CONNECTIONS} at once`, WRITE_CONNECTIONS, 4);
  } finally {
    for (const child of children) await child.stop();
    await cleanUp(driver).catch((error: unknown) => log(`writes: clean-up failed: ${error}`));
    await driver.close();
  }
  return {
    startedAt,
    quick,
    graph: 'seed graph (seed/), keys initiative:bench-write-*',
    timing,
    loadAverage: [loadBefore, loadAverage()],
    cases,
  };
}

const result = (name: string, connections: number, m: Record<WriteSystem, WriteMeasured>): WriteCase => ({
  name,
  connections,
  ...m,
  p50Ratio: m.floor.p50 > 0 ? Number((m.ours.p50 / m.floor.p50).toFixed(2)) : 0,
  p50RatioDriver: m.driver.p50 > 0 ? Number((m.ours.p50 / m.driver.p50).toFixed(2)) : 0,
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
      `${pad('max ms', 9)}${pad('cpu ms/write', 14)}ours/floor, ours/driver p50`,
  );
  for (const c of results.cases) {
    for (const system of WRITE_SYSTEMS) {
      const m = c[system];
      console.log(
        `${pad(system === 'ours' ? c.name : '', 32)}${pad(system, 7)}${pad(f(m.rps, 1), 10)}` +
          `${pad(f(m.p50, 1), 9)}${pad(f(m.p99, 1), 9)}${pad(f(m.max, 1), 9)}${pad(f(m.cpuMsPerWrite, 2), 14)}` +
          `${system === 'ours' ? `${f(c.p50Ratio, 2)}, ${f(c.p50RatioDriver, 2)}` : ''}`,
      );
    }
  }
}

/** One line for the end of the run. */
export const summarizeWrites = (results: WriteResults): string =>
  `writes p50 ours/floor/driver: ${results.cases
    .map((c) => `${c.name} ${c.ours.p50}/${c.floor.p50}/${c.driver.p50} ms (x${f(c.p50Ratio, 2)})`)
    .join(', ')}`;

/** bench/results/writes.json: its own file, like cache.json. */
export function writeWriteResults(results: WriteResults): string {
  const dir = fromRoot('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/writes.json`;
  // Number pairs on one line, as biome formats them (bench/report.ts does the same).
  const text = JSON.stringify(results, null, 2).replace(
    /\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g,
    '[$1, $2]',
  );
  writeFileSync(path, `${text}\n`);
  return path;
}
