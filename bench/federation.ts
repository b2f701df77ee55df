/**
 * The "federation" section (`npm run bench -- --only federation`, issue 25), on the real seed graph
 * (the cache section's Neo4j: the district overview needs `district:qianjiang`, which the synthetic
 * graph has not), with ours' response cache off (servers/ours.ts), so every request does its
 * database work:
 *
 * 1. What Hive Gateway adds to an entity by key (shape 1's query, over the seed's entities): sent
 *    straight to ours' /graphql, and through the gateway (servers/gateway.ts, its own process, the
 *    supergraph composed of our subgraph alone) to ours' /subgraph. Loaded (20 connections,
 *    autocannon) for req/s, p50 and p99, the runs of the two interleaved so both see the same
 *    machine; then one request at a time, for the latency the hop adds to a request by itself.
 * 2. What @defer saves a page: `DistrictOverviewDeferred` over multipart/mixed, the time to its
 *    first part (the district's names) and to its last (the lists), against the plain
 *    `DistrictOverview`'s whole JSON answer; one request at a time, the two alternating.
 *
 * Results in bench/results/federation.json and federation.txt (the table printed).
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { fromRoot } from '../src/project-root.ts';
import { assemble, multipartParts, type Payload } from '../tests/support/incremental.ts';
import { transactions, trustedDocument } from './cache.ts';
import { CONNECTIONS, load, type Timing } from './load.ts';
import { loadAverage } from './machine.ts';
import { benchDriver, DATABASE, ensureSeed, log } from './neo4j.ts';
import { aggregate, f, type Measured, pad, writeResultsFile } from './report.ts';
import { type HttpRequest, request, SHAPES, type Shape } from './shapes.ts';
import { fetchData, GATEWAY_PORT, type ServerProcess, startServer, startSystem } from './systems.ts';

const ENTITY_BY_KEY = SHAPES.find((shape) => shape.name.startsWith('1 ')) as Shape;
const DISTRICT = { key: 'district:qianjiang' };
const DISTRICT_NAME = '黔江区';
const PLAIN = 'DistrictOverview';
const DEFERRED = 'DistrictOverviewDeferred';
/** What the deferred fragment (DistrictLists) holds, and so what must be absent from the first part. */
const LISTS = ['industries', 'honors', 'supporters', 'teams'];
const CHECKED_KEYS = 40;
const TX_PROBES = 10;

export interface PathMeasured extends Measured {
  /** CPU per request of ours, and of the gateway when the request went through it. */
  oursCpuMsPerRequest: number;
  gatewayCpuMsPerRequest?: number;
  /** Neo4j transactions per request, counted from ours' /metrics over a few sequential requests. */
  neo4jTxPerRequest: number;
  /** One request at a time: latency percentiles in ms, measured by the harness around each fetch. */
  sequential: Percentiles;
}

export interface Percentiles {
  requests: number;
  p50: number;
  p90: number;
  p99: number;
}

export interface FederationResults {
  startedAt: string;
  quick: boolean;
  graph: string;
  connections: number;
  timing: Timing;
  /** The machine's 1-minute load average before and after the section. */
  loadAverage: [number, number];
  gateway: {
    shape: string;
    keys: number;
    direct: PathMeasured;
    gateway: PathMeasured;
    /** gateway req/s / direct req/s, loaded. */
    rpsRatio: number;
    /** gateway p50 - direct p50, one request at a time: the hop's own latency. */
    addedMsSequential: number;
    /** The same, loaded (queueing on the shared cores included). */
    addedMsLoaded: number;
  };
  defer: {
    variables: Record<string, string>;
    documentIds: { plain: string; deferred: string };
    /** Neo4j transactions per request of each (the deferred lists are not looked ahead). */
    neo4jTxPerRequest: { plain: number; deferred: number };
    plain: Percentiles;
    deferredFirst: Percentiles;
    deferredLast: Percentiles;
    /** deferred first part p50 / plain p50. */
    firstPartRatio: number;
    bytes: { plain: number; deferredFirst: number; deferredTotal: number };
  };
}

// ---- timing helpers ------------------------------------------------------------------------------

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) =>
    round(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0);
  return { requests: sorted.length, p50: at(50), p90: at(90), p99: at(99) };
}
export const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** Waits until ours runs no Neo4j transaction (autocannon may leave requests behind at a run's end). */
async function settled(port: number): Promise<void> {
  for (let waited = 0; (await transactions(port)).inFlight > 0 && waited < 30_000; waited += 100)
    await new Promise((resolve) => setTimeout(resolve, 100));
}

/** Neo4j transactions ours runs per call of `ask`, over a few sequential calls. */
async function txPerRequest(oursPort: number, ask: () => Promise<unknown>): Promise<number> {
  await settled(oursPort);
  await ask();
  const before = (await transactions(oursPort)).total;
  for (let i = 0; i < TX_PROBES; i++) await ask();
  return ((await transactions(oursPort)).total - before) / TX_PROBES;
}

/** POSTs one request and returns its body once read whole. */
async function post(port: number, request: HttpRequest, accept: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}${request.path}`, {
    method: request.method,
    // No compression: the plain answer would be compressed and the parts not (src/http/compression.ts),
    // and the comparison is of the delivery, not of brotli.
    headers: { 'content-type': 'application/json', accept, 'accept-encoding': 'identity' },
    body: request.body ?? null,
  });
}

const JSON_ACCEPT = 'application/graphql-response+json, application/json;q=0.9';
const MULTIPART_ACCEPT = 'multipart/mixed';

// ---- 1. the gateway's overhead on an entity by key ----------------------------------------------

async function seedKeys(driver: Driver): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (e:Entity) RETURN e.key AS key ORDER BY key LIMIT 200',
    {},
    { database: DATABASE },
  );
  return records.map((record) => record.get('key') as string);
}

interface Path {
  name: 'direct' | 'gateway';
  port: number;
  /** The processes whose CPU the path costs: ours, and the gateway when it is in the way. */
  processes: ServerProcess[];
}

type Run = Awaited<ReturnType<typeof load>>;

async function cpuMicros(processes: ServerProcess[]): Promise<number[]> {
  return Promise.all(processes.map(async (p) => (await p.stats()).cpuMicros));
}

async function sequential(port: number, requests: HttpRequest[], count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const request = requests[i % requests.length] as HttpRequest;
    const started = performance.now();
    const response = await post(port, request, JSON_ACCEPT);
    const text = await response.text();
    times.push(performance.now() - started);
    if (!response.ok || text.includes('"errors":['))
      throw new Error(`HTTP ${response.status} on port ${port}: ${text.slice(0, 300)}`);
  }
  return times;
}

async function benchGateway(
  ours: ServerProcess,
  gateway: ServerProcess,
  keys: string[],
  timing: Timing,
  quick: boolean,
  failures: string[],
): Promise<FederationResults['gateway']> {
  const requests = keys.map((key) => request(ENTITY_BY_KEY, 'ours', { key }));
  const paths: Path[] = [
    { name: 'direct', port: ours.port, processes: [ours] },
    { name: 'gateway', port: gateway.port, processes: [ours, gateway] },
  ];

  // The gateway must answer what ours answers: the same entity, field by field.
  for (const key of keys.slice(0, CHECKED_KEYS)) {
    const r = request(ENTITY_BY_KEY, 'ours', { key });
    const [direct, through] = await Promise.all(paths.map((p) => fetchData(p.port, r)));
    const normalize = (data: unknown) => ENTITY_BY_KEY.normalize.ours(data, { key });
    if (!isDeepStrictEqual(normalize(direct), normalize(through))) {
      failures.push(
        `federation: the gateway's answer for ${key} differs from ours: ${JSON.stringify(through).slice(0, 300)}`,
      );
      break;
    }
  }
  log(
    `federation: ${Math.min(CHECKED_KEYS, keys.length)} keys, the same entity from ours and through the gateway`,
  );

  const tx: Record<Path['name'], number> = { direct: 0, gateway: 0 };
  for (const path of paths) {
    tx[path.name] = await txPerRequest(ours.port, () => fetchData(path.port, requests[0] as HttpRequest));
    if (tx[path.name] < 1)
      failures.push(`federation ${path.name}: ${tx[path.name]} Neo4j transactions per request (cached?)`);
  }

  const loaded: Record<Path['name'], Run[]> = { direct: [], gateway: [] };
  const cpu: Record<Path['name'], number[]> = { direct: [0], gateway: [0, 0] };
  for (const path of paths) await load(path.port, requests, timing.warm);
  // Interleaved, so a neighbour's burst or Neo4j's background work falls on both paths alike.
  for (let i = 0; i < timing.runs; i++) {
    for (const path of paths) {
      const before = await cpuMicros(path.processes);
      const run = await load(path.port, requests, timing.run);
      const after = await cpuMicros(path.processes);
      cpu[path.name] = after.map((a, j) => (cpu[path.name]?.[j] ?? 0) + a - (before[j] ?? 0));
      const label = `federation ${path.name} run ${i + 1}`;
      if (run.requests === 0) failures.push(`${label}: no request completed`);
      else if (run.errors || run.non2xx)
        failures.push(`${label}: ${run.errors} errors, ${run.non2xx} non-2xx`);
      loaded[path.name].push(run);
    }
  }

  const count = quick ? 200 : 500;
  const times: Record<Path['name'], number[]> = { direct: [], gateway: [] };
  await settled(ours.port);
  for (const path of paths) await sequential(path.port, requests, 50);
  // Alternating blocks of 50, for the same reason as above.
  for (let done = 0; done < count; done += 50)
    for (const path of paths) times[path.name].push(...(await sequential(path.port, requests, 50)));

  const measured = (path: Path): PathMeasured => {
    const runs = loaded[path.name];
    const [oursCpu = 0, gatewayCpu] = cpu[path.name] ?? [];
    const m = aggregate(runs, oursCpu + (gatewayCpu ?? 0), 0);
    const requestsDone = m.requests || 1;
    const result: PathMeasured = {
      ...m,
      oursCpuMsPerRequest: round(oursCpu / 1000 / requestsDone),
      neo4jTxPerRequest: tx[path.name],
      sequential: percentiles(times[path.name]),
    };
    if (gatewayCpu !== undefined) result.gatewayCpuMsPerRequest = round(gatewayCpu / 1000 / requestsDone);
    log(
      `  federation ${path.name}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, ` +
        `${m.cpuMsPerRequest.toFixed(2)} ms cpu/req; one at a time p50 ${result.sequential.p50} ms; ` +
        `load average ${loadAverage().toFixed(2)}`,
    );
    return result;
  };
  const direct = measured(paths[0] as Path);
  const through = measured(paths[1] as Path);
  return {
    shape: ENTITY_BY_KEY.name,
    keys: keys.length,
    direct,
    gateway: through,
    rpsRatio: round(direct.rps > 0 ? through.rps / direct.rps : 0),
    addedMsSequential: round(through.sequential.p50 - direct.sequential.p50),
    addedMsLoaded: round(through.p50 - direct.p50),
  };
}

// ---- 2. the first part of a deferred district overview ------------------------------------------

interface Timed {
  /** ms to the first complete part (the whole answer, for a plain request) and to the end. */
  first: number;
  last: number;
  body: string;
}

/** Everything before the last boundary: the parts received whole so far. */
const completeParts = (text: string): Payload[] => {
  const end = text.lastIndexOf('\r\n---');
  return end === -1 ? [] : multipartParts(text.slice(0, end));
};

/** Sends one request and times its body as it arrives: the first whole part, and the end. */
async function timed(port: number, request: HttpRequest, accept: string): Promise<Timed> {
  const started = performance.now();
  const response = await post(port, request, accept);
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  const multipart = response.headers.get('content-type')?.startsWith('multipart/mixed') ?? false;
  const decoder = new TextDecoder();
  let body = '';
  let first: number | undefined;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    body += decoder.decode(chunk.value, { stream: true });
    if (multipart && first === undefined && completeParts(body).length > 0)
      first = performance.now() - started;
  }
  const last = performance.now() - started;
  return { first: first ?? last, last, body };
}

// biome-ignore lint/suspicious/noExplicitAny: the GraphQL answers, checked field by field
type Json = any;

/** The plain answer: the district with its lists; every answer the same. */
function checkPlain(body: string, reference: { data?: unknown }): unknown {
  const json = JSON.parse(body) as Json;
  const entity = json.data?.entity;
  if (json.errors || entity?.name !== DISTRICT_NAME || LISTS.some((list) => !entity[list]?.length))
    throw new Error(`unexpected ${PLAIN} answer: ${body.slice(0, 300)}`);
  reference.data ??= json.data;
  if (!isDeepStrictEqual(json.data, reference.data)) throw new Error(`${PLAIN} answered differently`);
  return json.data;
}

/**
 * The deferred answer measures what it claims: its first part holds the district's name and none of
 * the lists, its last part the lists, and the parts add up to the plain answer.
 */
function checkDeferred(body: string, plain: unknown): { first: number } {
  const payloads = multipartParts(body);
  const [first, ...rest] = payloads;
  const entity = first?.data?.entity as Json;
  if (!first || first.errors || entity?.name !== DISTRICT_NAME || LISTS.some((list) => list in entity))
    throw new Error(`unexpected first part of ${DEFERRED}: ${JSON.stringify(first).slice(0, 300)}`);
  const last = rest.at(-1);
  const lists = last?.incremental?.find((patch) => patch.label === 'lists')?.data as Json;
  if (last?.hasNext !== false || LISTS.some((list) => !lists?.[list]?.length))
    throw new Error(`unexpected last part of ${DEFERRED}: ${JSON.stringify(last).slice(0, 300)}`);
  const whole = assemble(payloads);
  if (whole.errors || !isDeepStrictEqual(whole.data, plain))
    throw new Error(`${DEFERRED}'s parts do not add up to ${PLAIN}'s answer`);
  return { first: Buffer.byteLength(JSON.stringify(first)) };
}

async function benchDefer(
  ours: ServerProcess,
  quick: boolean,
  failures: string[],
): Promise<FederationResults['defer']> {
  const plainDocument = trustedDocument(PLAIN);
  const deferredDocument = trustedDocument(DEFERRED);
  const body = (query: string) => JSON.stringify({ query, variables: DISTRICT });
  const plainRequest: HttpRequest = { method: 'POST', path: '/graphql', body: body(plainDocument.document) };
  const deferredRequest: HttpRequest = {
    method: 'POST',
    path: '/graphql',
    body: body(deferredDocument.document),
  };
  const reference: { data?: unknown } = {};
  const plain = async () => {
    const t = await timed(ours.port, plainRequest, JSON_ACCEPT);
    return { ...t, data: checkPlain(t.body, reference) };
  };
  // Checked against the plain answer, which the plain probe below fetches first.
  const deferred = async () => {
    const t = await timed(ours.port, deferredRequest, MULTIPART_ACCEPT);
    return { ...t, firstBytes: checkDeferred(t.body, reference.data).first };
  };
  const neo4jTxPerRequest = {
    plain: await txPerRequest(ours.port, plain),
    deferred: await txPerRequest(ours.port, deferred),
  };
  if (neo4jTxPerRequest.plain < 1) failures.push(`federation ${PLAIN}: no Neo4j transaction (cached?)`);
  log(
    `federation: ${PLAIN} ${neo4jTxPerRequest.plain} and ${DEFERRED} ${neo4jTxPerRequest.deferred} Neo4j transactions per request`,
  );

  const warm = quick ? 50 : 100;
  const count = quick ? 50 : 200;
  const times = { plain: [] as number[], first: [] as number[], last: [] as number[] };
  const bytes = { plain: 0, deferredFirst: 0, deferredTotal: 0 };
  for (let i = 0; i < warm + count; i++) {
    const p = await plain();
    const d = await deferred();
    if (i < warm) continue;
    times.plain.push(p.last);
    times.first.push(d.first);
    times.last.push(d.last);
    bytes.plain = Buffer.byteLength(p.body);
    bytes.deferredFirst = d.firstBytes;
    bytes.deferredTotal = Buffer.byteLength(d.body);
  }
  const result = {
    plain: percentiles(times.plain),
    deferredFirst: percentiles(times.first),
    deferredLast: percentiles(times.last),
  };
  log(
    `  federation ${PLAIN}: p50 ${result.plain.p50} ms; ${DEFERRED}: first part p50 ${result.deferredFirst.p50} ms, ` +
      `last p50 ${result.deferredLast.p50} ms; load average ${loadAverage().toFixed(2)}`,
  );
  return {
    variables: DISTRICT,
    documentIds: { plain: plainDocument.id, deferred: deferredDocument.id },
    neo4jTxPerRequest,
    ...result,
    firstPartRatio: round(result.plain.p50 > 0 ? result.deferredFirst.p50 / result.plain.p50 : 0),
    bytes,
  };
}

// ---- the section ---------------------------------------------------------------------------------

export async function benchFederation(
  timing: Timing,
  quick: boolean,
  failures: string[],
): Promise<FederationResults> {
  const startedAt = new Date().toISOString();
  const loadBefore = loadAverage();
  const db = await ensureSeed();
  const driver = benchDriver(db);
  const children: ServerProcess[] = [];
  try {
    const keys = await seedKeys(driver);
    const ours = await startSystem('ours', db, { subgraph: true });
    children.push(ours);
    const gateway = await startServer('gateway', GATEWAY_PORT, db, {
      BENCH_SUBGRAPH_URL: `http://127.0.0.1:${ours.port}/subgraph`,
    });
    children.push(gateway);
    // As the cache section: a fresh server compiles its hot paths over its first few thousand requests.
    const warm = timing.warm * 5;
    log(
      `federation: ours (response cache off, /subgraph on, port ${ours.port}) and Hive Gateway ` +
        `(port ${gateway.port}) up on the seed graph; ${warm} s warm-up each`,
    );
    const requests = keys.map((key) => request(ENTITY_BY_KEY, 'ours', { key }));
    await load(ours.port, requests, warm);
    await load(gateway.port, requests, warm);
    const gatewayResults = await benchGateway(ours, gateway, keys, timing, quick, failures);
    const defer = await benchDefer(ours, quick, failures);
    return {
      startedAt,
      quick,
      graph: 'seed graph (seed/)',
      connections: CONNECTIONS,
      timing,
      loadAverage: [loadBefore, loadAverage()],
      gateway: gatewayResults,
      defer,
    };
  } finally {
    for (const child of children.reverse()) await child.stop();
    await driver.close();
  }
}

// ---- the table and the files ---------------------------------------------------------------------

export function federationTable(results: FederationResults): string[] {
  const { gateway: g, defer: d } = results;
  const lines = [
    `Federation: ${g.shape} over the ${g.keys} entities of the ${results.graph}, ours' response cache off; ` +
      `${results.connections} connections, ${results.timing.runs} runs of ${results.timing.run} s after ` +
      `${results.timing.warm} s warm-up, the two paths' runs interleaved (median of runs; min-max in brackets); ` +
      `then one request at a time (${g.direct.sequential.requests} each); load average ` +
      `${f(results.loadAverage[0], 2)} before, ${f(results.loadAverage[1], 2)} after`,
    `${pad('path', 9)}${pad('req/s', 20)}${pad('p50 ms', 14)}${pad('p99 ms', 16)}${pad('cpu ms/req ours+gw', 20)}` +
      `${pad('neo4j tx/req', 14)}one at a time p50/p90/p99 ms`,
  ];
  for (const [name, m] of [
    ['direct', g.direct],
    ['gateway', g.gateway],
  ] as const)
    lines.push(
      `${pad(name, 9)}${pad(`${f(m.rps)} [${f(m.rpsRange[0])}-${f(m.rpsRange[1])}]`, 20)}` +
        `${pad(`${f(m.p50)} [${f(m.p50Range[0])}-${f(m.p50Range[1])}]`, 14)}` +
        `${pad(`${f(m.p99)} [${f(m.p99Range[0])}-${f(m.p99Range[1])}]`, 16)}` +
        `${pad(`${f(m.oursCpuMsPerRequest, 2)}+${f(m.gatewayCpuMsPerRequest ?? 0, 2)}`, 20)}` +
        `${pad(f(m.neo4jTxPerRequest, 2), 14)}${f(m.sequential.p50, 2)}/${f(m.sequential.p90, 2)}/${f(m.sequential.p99, 2)}`,
    );
  lines.push(
    `${pad('', 9)}gateway/direct ${f(g.rpsRatio, 2)}x req/s; added per request ${f(g.addedMsSequential, 2)} ms ` +
      `one at a time, ${f(g.addedMsLoaded, 0)} ms p50 loaded`,
    '',
    `@defer: ${PLAIN} vs ${DEFERRED} ${JSON.stringify(d.variables)} over multipart/mixed, one request at a time, ` +
      `alternating (${d.plain.requests} each, after warm-up); no compression`,
    `${pad('measure', 38)}${pad('p50 ms', 9)}${pad('p90 ms', 9)}${pad('bytes', 8)}neo4j tx/req`,
    `${pad(`${PLAIN}, whole answer`, 38)}${pad(f(d.plain.p50, 2), 9)}${pad(f(d.plain.p90, 2), 9)}` +
      `${pad(String(d.bytes.plain), 8)}${f(d.neo4jTxPerRequest.plain, 2)}`,
    `${pad(`${DEFERRED}, first part`, 38)}${pad(f(d.deferredFirst.p50, 2), 9)}${pad(f(d.deferredFirst.p90, 2), 9)}` +
      `${pad(String(d.bytes.deferredFirst), 8)}`,
    `${pad(`${DEFERRED}, last part`, 38)}${pad(f(d.deferredLast.p50, 2), 9)}${pad(f(d.deferredLast.p90, 2), 9)}` +
      `${pad(String(d.bytes.deferredTotal), 8)}${f(d.neo4jTxPerRequest.deferred, 2)}`,
    `${pad('', 38)}first part / plain ${f(d.firstPartRatio, 2)}x p50`,
  );
  return lines.map((line) => line.trimEnd());
}

/** bench/results/federation.json and federation.txt (the table): their own files, like cache.json. */
export function writeFederationResults(results: FederationResults): string {
  const { gateway: g, defer: d } = results;
  const slim = (m: PathMeasured) => ({ rps: m.rps, p50: m.p50, p99: m.p99, sequentialP50: m.sequential.p50 });
  const path = writeResultsFile('federation.json', {
    gateway: {
      shape: g.shape,
      direct: slim(g.direct),
      gateway: slim(g.gateway),
      rpsRatio: g.rpsRatio,
      addedMsSequential: g.addedMsSequential,
    },
    defer: {
      plainP50: d.plain.p50,
      deferredFirstP50: d.deferredFirst.p50,
      deferredLastP50: d.deferredLast.p50,
      firstPartRatio: d.firstPartRatio,
    },
    detail: results,
  });
  writeFileSync(fromRoot('bench', 'results', 'federation.txt'), `${federationTable(results).join('\n')}\n`);
  return path;
}
