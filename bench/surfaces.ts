/**
 * The "surfaces" section (`npm run bench -- --only surfaces`, issue 26 item 4): the surfaces added
 * since the nine shapes, on the real seed graph (the cache section's Neo4j). The synthetic graph's one
 * source has an empty text and its citations no offsets, so a passage or a hop's sentence there would
 * be empty: the evidence queries need the article. Ours runs with its response cache off
 * (servers/ours.ts), so every request does its database work.
 *
 * 10. passage: `source(key:) { passage(start:, end:, context: 1) }` over the article's placed
 *     citations, against the floor (the same two reads through the bare driver, the same sentence
 *     rules, behind node:http). No peer equivalent: @neo4j/graphql has no sentence segmentation.
 * 11. explain: `explain(fromKey:, toKey:) { hops { ... citation { quote sentence { text } } } }`,
 *     against the floor. The peer's nearest field, shape 5's `shortestPath`, returns the nodes only
 *     (no relationship, no citation, no sentence): not compared.
 * MCP: one `tools/call` of `get_entity` (Streamable HTTP, JSON-RPC over POST /mcp), against the same
 *     trusted document by id over /graphql: the difference is the MCP layer. No peer.
 * live: `changes` subscriptions over SSE while an editor writes `upsertEntity` at a fixed rate:
 *     delivery latency (the write's acknowledgement to the event's arrival, both on this process's
 *     clock) and events lost, repeated or out of order, which must all be 0. No peer (its
 *     subscriptions need Enterprise CDC).
 *
 * Results in bench/results/surfaces.json and surfaces.txt (the table printed).
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { PLACED_IN_SOURCE } from '../src/graph/evidence.ts';
import { fromRoot } from '../src/project-root.ts';
import { trustedDocument } from './cache.ts';
import { type Percentiles, percentiles, round } from './federation.ts';
import { CONNECTIONS, load, measure, type Timing } from './load.ts';
import { loadAverage } from './machine.ts';
import { benchDriver, DATABASE, ensureSeed, log } from './neo4j.ts';
import { f, type Measured, pad, writeResultsFile } from './report.ts';
import type { HttpRequest } from './shapes.ts';
import { fetchData, PORTS, type Running, type ServerProcess, startServer, startSystem } from './systems.ts';
import { cleanUp, QUOTE, SOURCE } from './writes.ts';

type Params = Record<string, string>;
// biome-ignore lint/suspicious/noExplicitAny: GraphQL, MCP and floor answers, checked by the normalisers
type Json = any;

// ---- shapes 10 and 11: ours against the floor ---------------------------------------------------

/** A shape with two systems: ours (GraphQL) and the floor (a URL of servers/floor.ts). */
interface TwoWayShape {
  name: string;
  pool(driver: Driver): Promise<Params[]>;
  ours(p: Params): { query: string; variables: Record<string, unknown> };
  floor(p: Params): string;
  normalize: { ours: (data: Json) => unknown; floor: (data: Json) => unknown };
}

const PASSAGE_CONTEXT = 1;

const passage: TwoWayShape = {
  name: '10 passage',
  // Every distinct placed span of the article (entities', relationships' and figures' citations).
  pool: async (driver) => {
    const { records } = await driver.executeQuery(
      PLACED_IN_SOURCE,
      { source: SOURCE },
      { database: DATABASE },
    );
    const spans = [...new Set(records.map((r) => `${r.get('start')}-${r.get('end')}`))];
    return spans.map((span) => {
      const [start = '0', end = '0'] = span.split('-');
      return { source: SOURCE, start, end };
    });
  },
  ours: ({ source, start, end }) => ({
    query: `query($source: String!, $start: Int!, $end: Int!) { source(key: $source) {
      passage(start: $start, end: $end, context: ${PASSAGE_CONTEXT}) { start end text sentences { index start end plain } } } }`,
    variables: { source, start: Number(start), end: Number(end) },
  }),
  floor: ({ source = '', start = '', end = '' }) =>
    `/passage?${new URLSearchParams({ source, start, end, context: String(PASSAGE_CONTEXT) })}`,
  normalize: { ours: (d) => d.source.passage, floor: (d) => d },
};

const explain: TwoWayShape = {
  name: '11 explain',
  // Pairs of seed entities spread over the key order: most linked within 6 hops, some not.
  pool: async (driver) => {
    const { records } = await driver.executeQuery(
      'MATCH (e:Entity) RETURN e.key AS key ORDER BY key',
      {},
      { database: DATABASE },
    );
    const keys = records.map((r) => r.get('key') as string);
    const n = keys.length;
    return Array.from({ length: 60 }, (_, i) => ({
      from: keys[(i * 7) % n] as string,
      to: keys[(i * 37 + 11) % n] as string,
    })).filter((p) => p.from !== p.to);
  },
  ours: ({ from, to }) => ({
    query: `query($from: String!, $to: String!) { explain(fromKey: $from, toKey: $to) { length
      hops { from { key } to { key } forward relationship { type } citation { quote start end sentence { text } } } } }`,
    variables: { from, to },
  }),
  floor: ({ from = '', to = '' }) => `/explain?${new URLSearchParams({ from, to })}`,
  normalize: {
    ours: ({ explain: e }) =>
      e && {
        length: e.length,
        hops: e.hops.map((h: Json) => ({
          from: h.from.key,
          to: h.to.key,
          forward: h.forward,
          type: h.relationship.type,
          citation: h.citation && { ...h.citation, sentence: h.citation.sentence?.text ?? null },
        })),
      },
    floor: (d) => d,
  },
};

const graphqlRequest = (body: object): HttpRequest => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify(body),
});

export interface TwoWayResult {
  name: string;
  pool: number;
  ours: Measured;
  floor: Measured;
  /** ours req/s / floor req/s. */
  oursPerFloor: number;
}

async function benchTwoWay(
  shape: TwoWayShape,
  pool: Params[],
  ours: Running,
  floor: Running,
  timing: Timing,
  failures: string[],
): Promise<TwoWayResult> {
  for (const params of pool) {
    const [a, b] = await Promise.all([
      fetchData(ours.port, graphqlRequest(shape.ours(params))),
      fetchData(floor.port, { method: 'GET', path: shape.floor(params) }),
    ]);
    if (!isDeepStrictEqual(shape.normalize.ours(a), shape.normalize.floor(b))) {
      failures.push(
        `${shape.name}: the floor differs from ours for ${JSON.stringify(params)}:\n` +
          `ours: ${JSON.stringify(shape.normalize.ours(a)).slice(0, 400)}\nfloor: ${JSON.stringify(b).slice(0, 400)}`,
      );
      log(`${shape.name}: DATA CHECK FAILED (timed anyway): ${failures.at(-1)}`);
      break;
    }
  }
  log(`${shape.name}: ${pool.length} parameters, same data from ours and the floor`);
  const oursM = await measure(
    `${shape.name} / ours`,
    pool.map((p) => graphqlRequest(shape.ours(p))),
    ours,
    timing,
    failures,
  );
  const floorM = await measure(
    `${shape.name} / floor`,
    pool.map((p) => ({ method: 'GET', path: shape.floor(p) })),
    floor,
    timing,
    failures,
  );
  return {
    name: shape.name,
    pool: pool.length,
    ours: oursM,
    floor: floorM,
    oursPerFloor: round(floorM.rps > 0 ? oursM.rps / floorM.rps : 0),
  };
}

// ---- MCP: get_entity over /mcp against the same trusted document over /graphql -------------------

const MCP_TOOL = 'get_entity';
const MCP_OPERATION = 'McpGetEntity';
const MCP_HEADERS = { accept: 'application/json, text/event-stream' };
const GRAPHQL_HEADERS = { accept: 'application/graphql-response+json' };

const mcpRequest = (key: string, id = 1): HttpRequest => ({
  method: 'POST',
  path: '/mcp',
  headers: MCP_HEADERS,
  body: JSON.stringify({
    jsonrpc: '2.0',
    id,
    method: 'tools/call',
    params: { name: MCP_TOOL, arguments: { key } },
  }),
});

export interface McpResult {
  tool: string;
  documentId: string;
  keys: number;
  mcp: Measured;
  graphql: Measured;
  /** One request at a time, alternating blocks. */
  sequential: { mcp: Percentiles; graphql: Percentiles };
  /** mcp req/s / graphql req/s, loaded. */
  rpsRatio: number;
  /** mcp p50 - graphql p50, one at a time: the MCP layer's latency. */
  addedMsSequential: number;
  /** mcp - graphql CPU per request of ours: the MCP layer's work. */
  addedCpuMs: number;
}

async function postJson(port: number, request: HttpRequest): Promise<Json> {
  const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: request.body ?? null,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status} on ${request.path}: ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/** The tool's answer: the operation's data, or a thrown error. */
async function mcpData(port: number, key: string): Promise<unknown> {
  const answer = await postJson(port, mcpRequest(key));
  if (answer.error || answer.result?.isError)
    throw new Error(`${MCP_TOOL} ${key}: ${JSON.stringify(answer).slice(0, 300)}`);
  return answer.result.structuredContent;
}

async function graphqlData(port: number, request: HttpRequest): Promise<unknown> {
  const answer = await postJson(port, request);
  if (answer.errors) throw new Error(`/graphql: ${JSON.stringify(answer.errors).slice(0, 300)}`);
  return answer.data;
}

async function benchMcp(
  ours: Running,
  keys: string[],
  timing: Timing,
  quick: boolean,
  failures: string[],
): Promise<McpResult> {
  const { id } = trustedDocument(MCP_OPERATION);
  const graphql = (key: string): HttpRequest => ({
    ...graphqlRequest({ documentId: id, variables: { key } }),
    headers: GRAPHQL_HEADERS,
  });
  for (const key of keys.slice(0, 40)) {
    const [viaMcp, viaGraphql] = await Promise.all([
      mcpData(ours.port, key),
      graphqlData(ours.port, graphql(key)),
    ]);
    if (!isDeepStrictEqual(viaMcp, viaGraphql)) {
      failures.push(`MCP ${MCP_TOOL} ${key}: differs from /graphql: ${JSON.stringify(viaMcp).slice(0, 300)}`);
      break;
    }
  }
  log(
    `MCP: ${Math.min(40, keys.length)} keys, ${MCP_TOOL}'s answer the same as ${MCP_OPERATION} over /graphql`,
  );
  const mcpRequests = keys.map((key) => mcpRequest(key));
  const graphqlRequests = keys.map(graphql);
  const mcp = await measure(`MCP ${MCP_TOOL} / mcp`, mcpRequests, ours, timing, failures);
  const viaGraphql = await measure(`MCP ${MCP_TOOL} / graphql`, graphqlRequests, ours, timing, failures);

  const count = quick ? 200 : 500;
  const times = { mcp: [] as number[], graphql: [] as number[] };
  const one = async (port: number, request: HttpRequest) => {
    const started = performance.now();
    const answer = await postJson(port, request);
    const ms = performance.now() - started;
    if (answer.errors || answer.error || answer.result?.isError)
      throw new Error(`one at a time: ${JSON.stringify(answer).slice(0, 300)}`);
    return ms;
  };
  // Alternating blocks of 50, so a neighbour's burst falls on both; the first block of each is warm-up.
  for (let done = -50; done < count; done += 50) {
    for (const [name, requests] of [
      ['mcp', mcpRequests],
      ['graphql', graphqlRequests],
    ] as const) {
      const block: number[] = [];
      for (let i = 0; i < 50; i++)
        block.push(await one(ours.port, requests[(done + 50 + i) % requests.length] as HttpRequest));
      if (done >= 0) times[name].push(...block);
    }
  }
  const sequential = { mcp: percentiles(times.mcp), graphql: percentiles(times.graphql) };
  log(
    `  MCP one at a time: p50 ${sequential.mcp.p50} ms over /mcp, ${sequential.graphql.p50} ms over /graphql; ` +
      `load average ${loadAverage().toFixed(2)}`,
  );
  return {
    tool: MCP_TOOL,
    documentId: id,
    keys: keys.length,
    mcp,
    graphql: viaGraphql,
    sequential,
    rpsRatio: round(viaGraphql.rps > 0 ? mcp.rps / viaGraphql.rps : 0),
    addedMsSequential: round(sequential.mcp.p50 - sequential.graphql.p50),
    addedCpuMs: round(mcp.cpuMsPerRequest - viaGraphql.cpuMsPerRequest),
  };
}

// ---- live: subscription delivery under write load -----------------------------------------------

/** Every key the live part writes starts with this, so clean-up finds exactly its own. */
const LIVE_PREFIX = 'initiative:bench-live-';
const SUBSCRIBERS = 10;
/**
 * Writes per second, sent on a fixed schedule whatever the answers' times (an open loop). Every
 * upsert commits through the change log's one sequence node, so they queue there (writes.ts: about
 * 80-130 a second at best on this machine); 10 a second keeps the writes from piling up on two
 * shared cores, where a backlog of dozens ran into the 10 s database timeout.
 */
const WRITE_RATE = 10;
/** Sequential writes before the subscriptions open: the editor's first writes compile and plan. */
const SEQUENTIAL_WARM_UP_WRITES = 30;
/** Past this many writes unanswered, the writer skips its turn (and counts it) instead of piling up. */
const MAX_IN_FLIGHT = 100;
/** After the last write, how long every subscriber may take to receive every acknowledged change. */
const DRAIN_MS = 10_000;

const CHANGES = 'subscription($afterSeq: Int) { changes(afterSeq: $afterSeq) { seq mutation keys } }';
const UPSERT = `mutation BenchLiveUpsert($input: UpsertEntityInput!) {
  upsertEntity(input: $input) { change { seq } }
}`;

export interface LiveResult {
  subscribers: number;
  writeRate: number;
  warmSeconds: number;
  seconds: number;
  /** Writes acknowledged in the timed part, and skipped for too many in flight (must be 0). */
  writes: number;
  skipped: number;
  /** The write's own latency, request to acknowledgement. */
  writeLatency: Percentiles;
  /** Acknowledgement to event, over every (subscriber, timed write). */
  delivery: Percentiles & { max: number; min: number };
  /** Over every subscriber and every acknowledged write, warm-up included: must all be 0. */
  lost: number;
  duplicated: number;
  outOfOrder: number;
  /** Events of changes this part did not make (none expected on the bench's own Neo4j). */
  foreign: number;
}

/** One SSE subscription to `changes`, recording when each sequence number arrived. */
class Subscriber {
  readonly received = new Map<number, number>();
  duplicated = 0;
  outOfOrder = 0;
  private last = 0;
  private readonly abort = new AbortController();
  private done: Promise<void> | undefined;

  constructor(
    private readonly port: number,
    private readonly afterSeq: number,
  ) {}

  /** Resolves once the stream is open (its headers arrived). */
  async open(): Promise<void> {
    const response = await fetch(`http://127.0.0.1:${this.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: CHANGES, variables: { afterSeq: this.afterSeq } }),
      signal: this.abort.signal,
    });
    if (!response.ok || !response.body) throw new Error(`subscribe: HTTP ${response.status}`);
    this.done = this.read(response.body).catch((error: unknown) => {
      if (!this.abort.signal.aborted) throw error;
    });
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = body.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
        this.onBlock(buffer.slice(0, end));
        buffer = buffer.slice(end + 2);
      }
    }
  }

  private onBlock(block: string): void {
    if (!/^event: next$/m.test(block)) return;
    const at = performance.now();
    const data = /^data: ?(.*)$/m.exec(block)?.[1];
    const json = data ? (JSON.parse(data) as Json) : undefined;
    const seq = json?.data?.changes?.seq;
    if (typeof seq !== 'number') throw new Error(`unexpected event: ${block.slice(0, 300)}`);
    if (this.received.has(seq)) this.duplicated += 1;
    else this.received.set(seq, at);
    if (seq <= this.last) this.outOfOrder += 1;
    this.last = Math.max(this.last, seq);
  }

  async close(): Promise<void> {
    this.abort.abort();
    await this.done;
  }
}

async function lastSeq(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    'MATCH (c:Change) RETURN coalesce(max(c.seq), 0) AS seq',
    {},
    { database: DATABASE },
  );
  return Number(records[0]?.get('seq') ?? 0);
}

async function benchLive(
  editor: ServerProcess,
  token: string,
  driver: Driver,
  quick: boolean,
  failures: string[],
): Promise<LiveResult> {
  const warmSeconds = quick ? 3 : 5;
  const seconds = quick ? 10 : 20;
  const run = Date.now().toString(36);
  const upsert = async (n: number) => {
    const input = {
      key: `${LIVE_PREFIX}${run}-${n}`,
      type: 'INITIATIVE',
      name: '三联三促',
      nameEn: `Bench live ${n}`,
      aliases: [],
      citations: [{ source: SOURCE, quote: QUOTE }],
    };
    const data = (await fetchData(editor.port, {
      ...graphqlRequest({ query: UPSERT, variables: { input } }),
      headers: { authorization: `Bearer ${token}` },
    })) as Json;
    const seq = data?.upsertEntity?.change?.seq;
    if (typeof seq !== 'number') throw new Error(`upsertEntity answered ${JSON.stringify(data)}`);
    return seq;
  };
  for (let n = 0; n < SEQUENTIAL_WARM_UP_WRITES; n++) await upsert(-1 - n);
  const after = await lastSeq(driver);
  const subscribers = Array.from({ length: SUBSCRIBERS }, () => new Subscriber(editor.port, after));
  await Promise.all(subscribers.map((s) => s.open()));
  log(
    `live: ${SEQUENTIAL_WARM_UP_WRITES} writes one at a time, then ${SUBSCRIBERS} subscribers to changes(afterSeq: ${after}) over SSE; ` +
      `${WRITE_RATE} upsertEntity/s for ${warmSeconds} s of warm-up, then ${seconds} s timed`,
  );

  const acked = new Map<number, { at: number; timed: boolean }>();
  const writeTimes: number[] = [];
  let inFlight = 0;
  let skipped = 0;
  let written = 0;
  const pending = new Set<Promise<void>>();
  const write = async (n: number, timed: boolean) => {
    const started = performance.now();
    const seq = await upsert(n);
    const at = performance.now();
    acked.set(seq, { at, timed });
    if (timed) writeTimes.push(at - started);
  };
  const total = (warmSeconds + seconds) * WRITE_RATE;
  const begun = performance.now();
  let nextProgress = begun + 5_000;
  for (let n = 0; n < total; n++) {
    const due = begun + (n * 1000) / WRITE_RATE;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (performance.now() >= nextProgress) {
      nextProgress += 5_000;
      log(
        `  live: ${written} writes acknowledged, ${inFlight} in flight; load average ${loadAverage().toFixed(2)}`,
      );
    }
    if (inFlight >= MAX_IN_FLIGHT) {
      skipped += 1;
      continue;
    }
    inFlight += 1;
    const p = write(n, n >= warmSeconds * WRITE_RATE)
      .then(() => {
        written += 1;
      })
      .catch((error: unknown) => {
        failures.push(`live: write ${n} failed: ${String(error instanceof Error ? error.message : error)}`);
      })
      .finally(() => {
        inFlight -= 1;
        pending.delete(p);
      });
    pending.add(p);
  }
  await Promise.all(pending);
  const seqs = [...acked.keys()];
  const drainUntil = performance.now() + DRAIN_MS;
  while (performance.now() < drainUntil && subscribers.some((s) => seqs.some((seq) => !s.received.has(seq))))
    await new Promise((resolve) => setTimeout(resolve, 50));
  await Promise.all(subscribers.map((s) => s.close()));

  const delivery: number[] = [];
  let lost = 0;
  let foreign = 0;
  for (const s of subscribers) {
    for (const [seq, { at, timed }] of acked) {
      const received = s.received.get(seq);
      if (received === undefined) lost += 1;
      else if (timed) delivery.push(received - at);
    }
    for (const seq of s.received.keys()) if (!acked.has(seq)) foreign += 1;
  }
  const duplicated = subscribers.reduce((sum, s) => sum + s.duplicated, 0);
  const outOfOrder = subscribers.reduce((sum, s) => sum + s.outOfOrder, 0);
  if (lost || duplicated || outOfOrder)
    failures.push(`live: ${lost} events lost, ${duplicated} repeated, ${outOfOrder} out of order`);
  if (skipped) failures.push(`live: ${skipped} writes skipped (${MAX_IN_FLIGHT} in flight)`);
  const sorted = [...delivery].sort((a, b) => a - b);
  const result: LiveResult = {
    subscribers: SUBSCRIBERS,
    writeRate: WRITE_RATE,
    warmSeconds,
    seconds,
    writes: writeTimes.length,
    skipped,
    writeLatency: percentiles(writeTimes),
    delivery: {
      ...percentiles(delivery),
      min: round(sorted[0] ?? 0),
      max: round(sorted.at(-1) ?? 0),
    },
    lost,
    duplicated,
    outOfOrder,
    foreign,
  };
  log(
    `  live: ${result.writes} timed writes (p50 ${result.writeLatency.p50} ms), delivery p50 ${result.delivery.p50} ms, ` +
      `p99 ${result.delivery.p99} ms, max ${result.delivery.max} ms; ${lost} lost, ${duplicated} repeated, ` +
      `${outOfOrder} out of order; load average ${loadAverage().toFixed(2)}`,
  );
  return result;
}

// ---- the section ---------------------------------------------------------------------------------

export interface SurfacesResults {
  startedAt: string;
  quick: boolean;
  graph: string;
  connections: number;
  timing: Timing;
  /** The machine's 1-minute load average before and after the section. */
  loadAverage: [number, number];
  shapes: TwoWayResult[];
  mcp: McpResult;
  live: LiveResult;
}

export async function benchSurfaces(
  timing: Timing,
  quick: boolean,
  failures: string[],
): Promise<SurfacesResults> {
  const startedAt = new Date().toISOString();
  const loadBefore = loadAverage();
  const db = await ensureSeed();
  const driver = benchDriver(db);
  const children: ServerProcess[] = [];
  try {
    const pools = new Map<TwoWayShape, Params[]>();
    for (const shape of [passage, explain]) pools.set(shape, await shape.pool(driver));
    const { records } = await driver.executeQuery(
      'MATCH (e:Entity) RETURN e.key AS key ORDER BY key',
      {},
      { database: DATABASE },
    );
    const keys = records.map((r) => r.get('key') as string);

    const ours = await startSystem('ours', db, { mcp: true });
    children.push(ours);
    const floor = await startSystem('floor', db);
    children.push(floor);
    // As the cache and federation sections: a fresh server compiles its hot paths over its first
    // few thousand requests, so each first serves all of its requests of this section, mixed.
    const warm = timing.warm * 5;
    log(
      `surfaces: ours (response cache off, /mcp on, port ${ours.port}) and the floor (port ${floor.port}) ` +
        `up on the seed graph; ${warm} s warm-up each`,
    );
    const oursMixed = [
      ...[...pools].flatMap(([shape, pool]) => pool.map((p) => graphqlRequest(shape.ours(p)))),
      ...keys.map((key) => mcpRequest(key)),
    ];
    await load(ours.port, oursMixed, warm);
    await load(
      floor.port,
      [...pools].flatMap(([shape, pool]) =>
        pool.map((p): HttpRequest => ({ method: 'GET', path: shape.floor(p) })),
      ),
      warm,
    );
    const shapes: TwoWayResult[] = [];
    for (const [shape, pool] of pools)
      shapes.push(await benchTwoWay(shape, pool, ours, floor, timing, failures));
    const mcp = await benchMcp(ours, keys, timing, quick, failures);
    for (const child of children.splice(0)) await child.stop();

    const token = randomBytes(24).toString('hex');
    await cleanUp(driver, LIVE_PREFIX);
    const editor = await startServer('ours-editor', PORTS.ours, db, { BENCH_EDITOR_TOKEN: token });
    children.push(editor);
    let live: LiveResult;
    try {
      live = await benchLive(editor, token, driver, quick, failures);
    } finally {
      await cleanUp(driver, LIVE_PREFIX);
    }
    return {
      startedAt,
      quick,
      graph: 'seed graph (seed/)',
      connections: CONNECTIONS,
      timing,
      loadAverage: [loadBefore, loadAverage()],
      shapes,
      mcp,
      live,
    };
  } finally {
    for (const child of children.reverse()) await child.stop();
    await driver.close();
  }
}

// ---- the table and the files ---------------------------------------------------------------------

const range = (m: Measured) => `${f(m.rps)} [${f(m.rpsRange[0])}-${f(m.rpsRange[1])}]`;

export function surfacesTable(results: SurfacesResults): string[] {
  const { mcp: m, live: l } = results;
  const lines = [
    `Surfaces (issue 26) on the ${results.graph}, ours' response cache off; ${results.connections} connections, ` +
      `${results.timing.runs} runs of ${results.timing.run} s after ${results.timing.warm} s warm-up ` +
      `(median of runs; min-max in brackets); load average ${f(results.loadAverage[0], 2)} before, ` +
      `${f(results.loadAverage[1], 2)} after`,
    `${pad('shape', 22)}${pad('ours req/s', 20)}${pad('floor req/s', 20)}${pad('ours/floor', 12)}` +
      `${pad('p50 ours/floor ms', 19)}cpu ms/req ours/floor`,
  ];
  for (const s of results.shapes)
    lines.push(
      `${pad(`${s.name} (${s.pool})`, 22)}${pad(range(s.ours), 20)}${pad(range(s.floor), 20)}` +
        `${pad(f(s.oursPerFloor, 2), 12)}${pad(`${f(s.ours.p50)}/${f(s.floor.p50)}`, 19)}` +
        `${f(s.ours.cpuMsPerRequest, 2)}/${f(s.floor.cpuMsPerRequest, 2)}`,
    );
  lines.push(
    '',
    `MCP: tools/call ${m.tool} over /mcp against the same trusted document (${m.documentId.slice(0, 12)}...) ` +
      `over /graphql, ${m.keys} keys; then one request at a time (${m.sequential.mcp.requests} each)`,
    `${pad('path', 10)}${pad('req/s', 20)}${pad('p50 ms', 8)}${pad('p99 ms', 8)}${pad('cpu ms/req', 12)}one at a time p50/p90/p99 ms`,
  );
  for (const [name, measured, seq] of [
    ['/mcp', m.mcp, m.sequential.mcp],
    ['/graphql', m.graphql, m.sequential.graphql],
  ] as const)
    lines.push(
      `${pad(name, 10)}${pad(range(measured), 20)}${pad(f(measured.p50), 8)}${pad(f(measured.p99), 8)}` +
        `${pad(f(measured.cpuMsPerRequest, 2), 12)}${f(seq.p50, 2)}/${f(seq.p90, 2)}/${f(seq.p99, 2)}`,
    );
  lines.push(
    `${pad('', 10)}mcp/graphql ${f(m.rpsRatio, 2)}x req/s; the MCP layer adds ${f(m.addedMsSequential, 2)} ms ` +
      `one at a time and ${f(m.addedCpuMs, 2)} ms of CPU per request`,
    '',
    `Live: ${l.subscribers} changes subscriptions over SSE, ${l.writeRate} upsertEntity/s for ${l.seconds} s ` +
      `(after ${l.warmSeconds} s of warm-up); delivery = the write's acknowledgement to the event's arrival`,
    `writes ${l.writes} timed, ${l.skipped} skipped; write p50/p99 ${f(l.writeLatency.p50, 1)}/${f(l.writeLatency.p99, 1)} ms`,
    `delivery p50 ${f(l.delivery.p50, 1)} ms, p90 ${f(l.delivery.p90, 1)}, p99 ${f(l.delivery.p99, 1)}, ` +
      `min ${f(l.delivery.min, 1)}, max ${f(l.delivery.max, 1)} (${l.delivery.requests} deliveries)`,
    `events lost ${l.lost}, repeated ${l.duplicated}, out of order ${l.outOfOrder}; other changes seen ${l.foreign}`,
  );
  return lines.map((line) => line.trimEnd());
}

export const summarizeSurfaces = (results: SurfacesResults): string => {
  const [p, e] = results.shapes;
  const { mcp: m, live: l } = results;
  return (
    `passage ours/floor x${f(p?.oursPerFloor, 2)}, explain x${f(e?.oursPerFloor, 2)}; ` +
    `MCP +${f(m.addedMsSequential, 2)} ms a call (x${f(m.rpsRatio, 2)} req/s); ` +
    `live delivery p50 ${f(l.delivery.p50, 0)} ms p99 ${f(l.delivery.p99, 0)} ms, ${l.lost} lost, ${l.duplicated} repeated`
  );
};

/** bench/results/surfaces.json and surfaces.txt (the table). */
export function writeSurfacesResults(results: SurfacesResults): string {
  const slim = (m: Measured) => ({ rps: m.rps, p50: m.p50, p99: m.p99, cpuMsPerRequest: m.cpuMsPerRequest });
  const path = writeResultsFile('surfaces.json', {
    shapes: results.shapes.map((s) => ({
      name: s.name,
      ours: slim(s.ours),
      floor: slim(s.floor),
      oursPerFloor: s.oursPerFloor,
    })),
    mcp: {
      mcp: slim(results.mcp.mcp),
      graphql: slim(results.mcp.graphql),
      addedMsSequential: results.mcp.addedMsSequential,
      addedCpuMs: results.mcp.addedCpuMs,
    },
    live: {
      deliveryP50: results.live.delivery.p50,
      deliveryP99: results.live.delivery.p99,
      lost: results.live.lost,
      duplicated: results.live.duplicated,
    },
    detail: results,
  });
  writeFileSync(fromRoot('bench', 'results', 'surfaces.txt'), `${surfacesTable(results).join('\n')}\n`);
  return path;
}
