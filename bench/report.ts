import { mkdirSync, writeFileSync } from 'node:fs';
import { fromRoot } from '../src/project-root.ts';
import type { MachineLoad } from './machine.ts';
import type { System } from './shapes.ts';

/** Aggregated measurements, the terminal table and bench/results/latest.json. */

export interface Measured {
  rps: number;
  p50: number;
  p99: number;
  /** min-max over the runs */
  rpsRange: [number, number];
  p50Range: [number, number];
  p99Range: [number, number];
  cpuMsPerRequest: number;
  peakRssMb: number;
  requests: number;
  runs: number;
}

export interface ShapeResult {
  name: string;
  ours?: Measured;
  peer?: Measured;
  floor?: Measured;
}

export interface Results {
  startedAt: string;
  quick: boolean;
  load: MachineLoad;
  compareScale: number;
  shapes: ShapeResult[];
  scale: { entities: number; shapes: { name: string; ours: Measured }[] }[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const range = (values: number[]): [number, number] => [Math.min(...values), Math.max(...values)];

export function aggregate(
  runs: { rps: number; p50: number; p99: number; requests: number }[],
  cpuMicros: number,
  maxRssBytes: number,
): Measured {
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    rpsRange: range(runs.map((r) => r.rps)),
    p50Range: range(runs.map((r) => r.p50)),
    p99Range: range(runs.map((r) => r.p99)),
    cpuMsPerRequest: requests ? cpuMicros / 1000 / requests : 0,
    peakRssMb: maxRssBytes / 2 ** 20,
    requests,
    runs: runs.length,
  };
}

/** A figure for a table: `digits` decimals, or `-` when there is none. */
export const f = (n: number | undefined, digits = 0) => (n === undefined ? '-' : n.toFixed(digits));
/** A table cell padded to `n` characters. */
export const pad = (s: string, n: number) => s.padEnd(n);

export function printComparison(shapes: ShapeResult[], entities: number): void {
  console.log(`\nSide by side at ${entities} entities (median of runs; min-max in brackets)`);
  console.log(
    `${pad('shape', 24)}${pad('system', 7)}${pad('req/s', 22)}${pad('p50 ms', 16)}${pad('p99 ms', 18)}${pad('cpu ms/req', 12)}peak MB`,
  );
  for (const shape of shapes) {
    for (const system of ['ours', 'peer', 'floor'] as System[]) {
      const m = shape[system];
      if (!m) continue;
      console.log(
        `${pad(system === 'ours' ? shape.name : '', 24)}${pad(system, 7)}` +
          `${pad(`${f(m.rps)} [${f(m.rpsRange[0])}-${f(m.rpsRange[1])}]`, 22)}` +
          `${pad(`${f(m.p50)} [${f(m.p50Range[0])}-${f(m.p50Range[1])}]`, 16)}` +
          `${pad(`${f(m.p99)} [${f(m.p99Range[0])}-${f(m.p99Range[1])}]`, 18)}` +
          `${pad(f(m.cpuMsPerRequest, 2), 12)}${f(m.peakRssMb)}`,
      );
    }
    const { ours, peer, floor } = shape;
    if (ours && peer && floor)
      console.log(
        `${pad('', 31)}ours/peer ${f(ours.rps / peer.rps, 2)}x   ours/floor ${f(ours.rps / floor.rps, 2)}x`,
      );
  }
}

export function printScale(scale: Results['scale']): void {
  if (!scale.length) return;
  console.log('\nOurs at growing scale: p50 ms (req/s)');
  console.log(pad('shape', 24) + scale.map((s) => pad(`${s.entities}`, 18)).join(''));
  const names = scale[0]?.shapes.map((s) => s.name) ?? [];
  for (const name of names) {
    const cells = scale.map((s) => {
      const m = s.shapes.find((x) => x.name === name)?.ours;
      return pad(m ? `${f(m.p50)} (${f(m.rps)})` : '-', 18);
    });
    const first = scale[0]?.shapes.find((x) => x.name === name)?.ours;
    const last = scale.at(-1)?.shapes.find((x) => x.name === name)?.ours;
    const growth = first && last && first.p50 > 0 ? ` p50 x${f(last.p50 / first.p50, 2)}` : '';
    console.log(pad(name, 24) + cells.join('') + growth);
  }
}

/**
 * Writes the results to bench/results/<name>.json (latest.json unless `--results` names another
 * file); the top-level `shapes`/`scale` keep the issue's shape, extra detail alongside.
 */
export function writeResults(results: Results, name = 'latest'): string {
  const slim = (m?: Measured) => (m ? { rps: m.rps, p50: m.p50, p99: m.p99 } : undefined);
  const json = {
    shapes: results.shapes.map((s) => ({
      name: s.name,
      ours: slim(s.ours),
      peer: slim(s.peer),
      floor: slim(s.floor),
    })),
    scale: results.scale.map((s) => ({
      entities: s.entities,
      shapes: s.shapes.map((x) => ({ name: x.name, ours: slim(x.ours) })),
    })),
    detail: results,
  };
  return writeResultsFile(`${name}.json`, json);
}

/** Writes bench/results/<name>, with number pairs on one line as biome formats them, so `npm run lint` stays clean. */
export function writeResultsFile(name: string, json: unknown): string {
  const dir = fromRoot('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/${name}`;
  const text = JSON.stringify(json, null, 2).replace(/\[\s+(-?[\d.e+-]+),\s+(-?[\d.e+-]+)\s+\]/g, '[$1, $2]');
  writeFileSync(path, `${text}\n`);
  return path;
}

// ---- response cache section (bench/cache.ts) -----------------------------------------------------

export interface CacheMeasured extends Measured {
  /** Neo4j transactions the server ran per GraphQL request it answered (warm-up included). */
  neo4jTxPerRequest: number;
}

export interface CacheCase {
  transport: string;
  off: CacheMeasured;
  on: CacheMeasured;
}

export interface CacheResults {
  startedAt: string;
  quick: boolean;
  graph: string;
  operation: string;
  documentId: string;
  variables: Record<string, unknown>;
  connections: number;
  timing: { warm: number; run: number; runs: number };
  /** The machine's 1-minute load average before and after: well above 1 means something else ran too. */
  loadAverage: [number, number];
  cases: CacheCase[];
}

export const speedup = (c: CacheCase) => (c.off.rps > 0 ? c.on.rps / c.off.rps : 0);

export function printCache(results: CacheResults): void {
  console.log(
    `\nResponse cache: ${results.operation} ${JSON.stringify(results.variables)} on the ${results.graph}, ` +
      `one request repeated, ${results.connections} connections (median of ${results.timing.runs} runs; min-max in brackets; ` +
      `load average ${f(results.loadAverage[0], 1)} before, ${f(results.loadAverage[1], 1)} after)`,
  );
  console.log(
    `${pad('transport', 18)}${pad('cache', 7)}${pad('req/s', 22)}${pad('p50 ms', 16)}${pad('p99 ms', 18)}` +
      `${pad('cpu ms/req', 12)}neo4j tx/req`,
  );
  for (const c of results.cases) {
    for (const state of ['off', 'on'] as const) {
      const m = c[state];
      console.log(
        `${pad(state === 'off' ? c.transport : '', 18)}${pad(state, 7)}` +
          `${pad(`${f(m.rps)} [${f(m.rpsRange[0])}-${f(m.rpsRange[1])}]`, 22)}` +
          `${pad(`${f(m.p50)} [${f(m.p50Range[0])}-${f(m.p50Range[1])}]`, 16)}` +
          `${pad(`${f(m.p99)} [${f(m.p99Range[0])}-${f(m.p99Range[1])}]`, 18)}` +
          `${pad(f(m.cpuMsPerRequest, 2), 12)}${f(m.neo4jTxPerRequest, 2)}`,
      );
    }
    console.log(`${pad('', 25)}on/off ${f(speedup(c), 1)}x req/s`);
  }
}

/** bench/results/cache.json: its own file, so runs of the shapes alone never overwrite it (nor it them). */
export function writeCacheResults(results: CacheResults): string {
  const slim = (m: CacheMeasured) => ({
    rps: m.rps,
    p50: m.p50,
    p99: m.p99,
    neo4jTxPerRequest: m.neo4jTxPerRequest,
  });
  const json = {
    operation: results.operation,
    graph: results.graph,
    cases: results.cases.map((c) => ({
      transport: c.transport,
      off: slim(c.off),
      on: slim(c.on),
      speedup: Number(speedup(c).toFixed(2)),
    })),
    detail: results,
  };
  return writeResultsFile('cache.json', json);
}
