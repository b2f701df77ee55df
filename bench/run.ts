/**
 * `npm run bench [-- --quick] [-- --scales 10000,100000] [-- --only 1,3,cache] [-- --results name]`: ours, the peer
 * (@neo4j/graphql) and the floor (bare driver) side by side on the same Neo4j and synthetic data,
 * then ours alone at growing scale (bench/results/latest.json); then the response cache section,
 * ours with its cache off and on (bench/cache.ts, bench/results/cache.json); then the federation
 * section, Hive Gateway's overhead and @defer's first part (bench/federation.ts,
 * bench/results/federation.json); then the new surfaces of issue 26: passage, explain, an MCP tool call
 * and subscription delivery under writes (bench/surfaces.ts, bench/results/surfaces.json); then the
 * writes (bench/writes.ts). See bench/README.md.
 */
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { benchCache } from './cache.ts';
import { benchFederation, federationTable, writeFederationResults } from './federation.ts';
import { load, measure } from './load.ts';
import { describeLoad, machineLoad, type RunStart, runStart } from './machine.ts';
import { benchDriver, ensureScale, log, stopBenchNeo4j, stopSeedNeo4j } from './neo4j.ts';
import {
  type CacheResults,
  type Measured,
  printCache,
  printComparison,
  printScale,
  type Results,
  type ShapeResult,
  speedup,
  writeCacheResults,
  writeResults,
} from './report.ts';
import { request, SHAPES, type Shape, SYSTEMS, type System } from './shapes.ts';
import { benchSurfaces, summarizeSurfaces, surfacesTable, writeSurfacesResults } from './surfaces.ts';
import { fetchData, type Running, startSystem } from './systems.ts';
import { benchWrites, printWrites, summarizeWrites, writeWriteResults } from './writes.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    scales: { type: 'string' },
    only: { type: 'string' },
    'keep-neo4j': { type: 'boolean', default: false },
    workers: { type: 'string', default: '1' },
    // bench/results/<name>.json: a run of some shapes can keep its figures apart from the full run's.
    results: { type: 'string', default: 'latest' },
  },
});
if (!/^[a-z0-9-]+$/.test(values.results))
  throw new Error(`--results: ${values.results} is not a file name (a-z, 0-9, -; .json is added)`);
const quick = values.quick;
const scales = values.scales
  ? values.scales.split(',').map(Number)
  : quick
    ? [10_000]
    : [10_000, 100_000, 1_000_000];
// --quick saves time on the timed runs (two short ones), never on the warm-up: unsettled figures are noise.
const timing = quick ? { warm: 2, run: 3, runs: 2 } : { warm: 3, run: 5, runs: 3 };
/**
 * Seconds each freshly started server first serves every shape's requests, mixed, before any timing.
 * V8 compiles a server's hot paths over its first few thousand requests: ours took about 15 s at
 * 700 req/s to settle from 3.6 to 1.4 ms of CPU per request, and Neo4j plans each new statement
 * slowly the first times. Without this, the first shape timed would measure compilation, and
 * penalise the servers with the most JavaScript (ours and the peer). --quick keeps it whole: with
 * 3 s, ours read 8 ms of CPU per request instead of 1.5-3.5.
 */
const PROCESS_WARM_UP_S = 20;
/**
 * Seconds each system then serves each shape on its own, untimed, before any shape is timed (not
 * with --quick). The mixed warm-up leaves most of a 1M graph's pages cold (in bench/warm-scale.ts,
 * entity by key read p50 22 ms on a first pass and 11 ms on the second, against 12 ms at 10k), and
 * at 10k it left ours unsettled on the first shapes timed: in the full run of 2026-12-04 00:08, ours'
 * three runs read 686-1322 req/s on entity by key and 438-864 on search, the peer's and the floor's
 * within a tenth of each other.
 */
const SHAPE_WARM_UP_S = 15;
// --only takes shape numbers and the sections' names; without it, everything runs.
const only = values.only?.split(',').map((item) => item.trim());
const shapeNumber = (shape: Shape) => shape.name.split(' ')[0] as string;
const SECTIONS = ['cache', 'federation', 'surfaces', 'writes'];
const unknown = only?.filter(
  (item) => !SECTIONS.includes(item) && !SHAPES.some((s) => shapeNumber(s) === item),
);
if (unknown?.length)
  throw new Error(
    `--only: unknown ${unknown.join(', ')} (shape numbers 1-${SHAPES.length}, ${SECTIONS.join(', ')})`,
  );
const shapes = only ? SHAPES.filter((s) => only.includes(shapeNumber(s))) : SHAPES;
const cacheSection = !only || only.includes('cache');
const federationSection = !only || only.includes('federation');
const surfacesSection = !only || only.includes('surfaces');
const writesSection = !only || only.includes('writes');
// --workers N: ours as N node:cluster workers (src/process/supervisor.ts); its CPU per request sums them all.
const workers = Number(values.workers);
if (!Number.isInteger(workers) || workers < 1 || workers > 64)
  throw new Error(`--workers: ${values.workers} is not a whole number of workers from 1 to 64`);
const CHECKED_PARAMS = quick ? 15 : 40;

const failures: string[] = [];

/** Every system must return the same data as ours for every checked parameter. */
async function checkSameData(shape: Shape, pool: Record<string, string>[], running: Running[]) {
  for (const params of pool.slice(0, CHECKED_PARAMS)) {
    const answers = await Promise.all(
      running.map(async (r) =>
        shape.normalize[r.system](await fetchData(r.port, request(shape, r.system, params)), params),
      ),
    );
    const [reference, ...others] = answers;
    others.forEach((answer, i) => {
      if (!isDeepStrictEqual(answer, reference))
        throw new Error(
          `${shape.name}: ${running[i + 1]?.system} differs from ours for ${JSON.stringify(params)}:\n` +
            `ours: ${JSON.stringify(reference).slice(0, 600)}\n${running[i + 1]?.system}: ${JSON.stringify(answer).slice(0, 600)}`,
        );
    });
  }
}

async function benchScale(entities: number, systems: System[]): Promise<ShapeResult[]> {
  const db = await ensureScale(entities);
  const driver = benchDriver(db);
  const running: Running[] = [];
  try {
    for (const system of systems) running.push(await startSystem(system, db, { workers }));
    log(`${entities} entities: ${systems.join(', ')} up`);
    const pools = new Map<Shape, Record<string, string>[]>();
    for (const shape of shapes) pools.set(shape, await shape.pool(driver, entities));
    for (const system of running) {
      const mixed = shapes.flatMap((shape) =>
        (pools.get(shape) ?? []).map((p) => request(shape, system.system, p)),
      );
      await load(system.port, mixed, PROCESS_WARM_UP_S);
    }
    log(`${entities} entities: each system warmed up for ${PROCESS_WARM_UP_S} s on all shapes, mixed`);
    if (!quick) {
      for (const system of running)
        for (const shape of shapes)
          await load(
            system.port,
            (pools.get(shape) ?? []).map((p) => request(shape, system.system, p)),
            SHAPE_WARM_UP_S,
          );
      log(`${entities} entities: then ${SHAPE_WARM_UP_S} s on each shape alone, untimed`);
    }
    const results: ShapeResult[] = [];
    for (const shape of shapes) {
      const pool = pools.get(shape) ?? [];
      try {
        await checkSameData(shape, pool, running);
        log(`${shape.name}: ${pool.length} parameters, same data from ${systems.join(', ')}`);
      } catch (error) {
        failures.push(String(error instanceof Error ? error.message : error));
        log(`${shape.name}: DATA CHECK FAILED (timed anyway): ${failures.at(-1)}`);
      }
      const result: ShapeResult = { name: shape.name };
      for (const system of running)
        result[system.system] = await measure(
          `${shape.name} / ${system.system}`,
          pool.map((p) => request(shape, system.system, p)),
          system,
          timing,
          failures,
        );
      results.push(result);
    }
    return results;
  } finally {
    for (const system of running) await system.stop();
    await driver.close();
  }
}

async function benchShapes(start: RunStart): Promise<string> {
  const results: Results = {
    startedAt: new Date().toISOString(),
    quick,
    load: machineLoad(start),
    compareScale: scales[0] as number,
    shapes: [],
    scale: [],
  };
  try {
    for (const [i, entities] of scales.entries()) {
      const shapeResults = await benchScale(entities, i === 0 ? SYSTEMS : ['ours']);
      if (i === 0) results.shapes = shapeResults;
      results.scale.push({
        entities,
        shapes: shapeResults.map((s) => ({ name: s.name, ours: s.ours as Measured })),
      });
      results.load = machineLoad(start);
      writeResults(results, values.results);
    }
  } finally {
    if (!values['keep-neo4j']) await stopBenchNeo4j();
  }
  printComparison(results.shapes, results.compareScale);
  printScale(results.scale);
  return writeResults(results, values.results);
}

async function benchResponseCache(): Promise<{ path: string; results: CacheResults }> {
  log('response cache: ours with its cache off, then on, on the seed graph');
  let results: CacheResults;
  try {
    results = await benchCache(timing, quick, failures);
  } finally {
    if (!values['keep-neo4j']) await stopSeedNeo4j();
  }
  printCache(results);
  return { path: writeCacheResults(results), results };
}

async function benchFederationSection(): Promise<{ path: string; summary: string }> {
  log("federation: Hive Gateway's overhead on an entity by key, and @defer's first part, on the seed graph");
  try {
    const results = await benchFederation(timing, quick, failures);
    console.log(`\n${federationTable(results).join('\n')}`);
    const { gateway: g, defer: d } = results;
    return {
      path: writeFederationResults(results),
      summary:
        `gateway/direct x${g.rpsRatio.toFixed(2)} req/s, +${g.addedMsSequential.toFixed(2)} ms a request; ` +
        `@defer first part ${d.deferredFirst.p50} ms against ${d.plain.p50} ms for the whole plain answer`,
    };
  } finally {
    if (!values['keep-neo4j']) await stopSeedNeo4j();
  }
}

async function benchSurfacesSection(): Promise<{ path: string; summary: string }> {
  log(
    'surfaces: passage and explain against the floor, an MCP tool call, subscription delivery under writes, on the seed graph',
  );
  try {
    const results = await benchSurfaces(timing, quick, failures);
    console.log(`\n${surfacesTable(results).join('\n')}`);
    return { path: writeSurfacesResults(results), summary: summarizeSurfaces(results) };
  } finally {
    if (!values['keep-neo4j']) await stopSeedNeo4j();
  }
}

async function benchWriteSection(): Promise<string> {
  log('writes: upsertEntity and addRelationship, ours against the bare driver, on the seed graph');
  try {
    const results = await benchWrites(timing, quick, failures);
    printWrites(results);
    writeWriteResults(results);
    return summarizeWrites(results);
  } finally {
    if (!values['keep-neo4j']) await stopSeedNeo4j();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const start = await runStart();
  log(
    `bench: ${shapes.length ? `${shapes.length} shapes at scales ${scales.join(', ')}` : 'no shapes'}` +
      `${cacheSection ? ', response cache' : ''}${federationSection ? ', federation' : ''}` +
      `${surfacesSection ? ', surfaces' : ''}` +
      `${writesSection ? ', writes' : ''}; ${timing.runs} runs of ${timing.run} s after ${timing.warm} s warm-up` +
      `; load average ${start.load.toFixed(2)}, ${start.busy.toFixed(2)} cores busy`,
  );
  if (machineLoad(start).noisy) log(`WARNING: ${describeLoad(machineLoad(start))}`);
  if (workers > 1) log(`ours runs as ${workers} node:cluster workers; its CPU per request sums theirs`);
  const done: string[] = [];
  const paths: string[] = [];
  if (shapes.length) {
    paths.push(await benchShapes(start));
    done.push(`${shapes.length} shapes x ${scales.length} scales`);
  }
  if (cacheSection) {
    const { path, results } = await benchResponseCache();
    paths.push(path);
    const cases = results.cases.map(
      (c) =>
        `${c.transport} ${c.off.rps.toFixed(0)} -> ${c.on.rps.toFixed(0)} req/s (x${speedup(c).toFixed(1)})`,
    );
    done.push(`response cache off -> on: ${cases.join(', ')}`);
  }
  if (federationSection) {
    const { path, summary } = await benchFederationSection();
    paths.push(path);
    done.push(summary);
  }
  if (surfacesSection) {
    const { path, summary } = await benchSurfacesSection();
    paths.push(path);
    done.push(summary);
  }
  if (writesSection) {
    done.push(await benchWriteSection());
    paths.push('bench/results/writes.json');
  }
  for (const failure of failures) console.error(`FAILED ${failure}`);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(
    `bench ${failures.length ? 'FAILED' : 'ok'}: ${done.join('; ')} in ${minutes} min, ` +
      `${failures.length} failing runs; ${describeLoad(machineLoad(start))}; results in ${paths.join(', ')}`,
  );
  if (failures.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
