/**
 * The "response cache" section (`npm run bench -- --only cache`): one realistic read repeated, the
 * example client's district overview on the real seed graph, against our server with its response
 * cache off and then on (the defaults: 60 s), over POST with the query text and over GET with the
 * trusted-document id. Reports req/s, latency and Neo4j transactions per request for both, and the
 * speed-up. The other sections run with the cache off (servers/ours.ts says why).
 */
import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { fromRoot } from '../src/project-root.ts';
import { CONNECTIONS, load, measure, type Timing } from './load.ts';
import { loadAverage } from './machine.ts';
import { ensureSeed, log } from './neo4j.ts';
import type { CacheCase, CacheMeasured, CacheResults } from './report.ts';
import type { HttpRequest } from './shapes.ts';
import { fetchData, type Running, startSystem } from './systems.ts';

const OPERATION = 'DistrictOverview';
const VARIABLES = { key: 'district:qianjiang' };

/** An operation as the example client sends it (client/examples/district-overview.ts): the district overview unless named. */
export function trustedDocument(operation = OPERATION): { id: string; document: string } {
  const manifest = JSON.parse(
    readFileSync(fromRoot('client', 'generated', 'persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const found = Object.entries(manifest).find(([, document]) => document.includes(`query ${operation}(`));
  if (!found)
    throw new Error(`no ${operation} in client/generated/persisted-documents.json (npm run codegen)`);
  return { id: found[0], document: found[1] };
}

function transports(): { name: string; request: HttpRequest }[] {
  const { id, document } = trustedDocument();
  const variables = encodeURIComponent(JSON.stringify(VARIABLES));
  return [
    {
      name: 'POST query',
      request: {
        method: 'POST',
        path: '/graphql',
        body: JSON.stringify({ query: document, variables: VARIABLES }),
      },
    },
    {
      name: 'GET documentId',
      request: {
        method: 'GET',
        path: `/graphql?documentId=${encodeURIComponent(id)}&variables=${variables}`,
      },
    },
  ];
}

/** Neo4j transactions run so far and running now, from the server's /metrics. */
export async function transactions(port: number): Promise<{ total: number; inFlight: number }> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const sum = (pattern: RegExp) =>
    text
      .split('\n')
      .filter((line) => pattern.test(line))
      .reduce((total, line) => total + Number(line.split(' ').at(-1)), 0);
  return { total: sum(/^neo4j_transactions_total\{/), inFlight: sum(/^neo4j_transactions_in_flight /) };
}

// biome-ignore lint/suspicious/noExplicitAny: the GraphQL answer, checked field by field
function checkOverview(data: any): void {
  const entity = data?.entity;
  if (entity?.__typename !== 'District' || !entity.industries?.length || !entity.supporters?.length)
    throw new Error(`unexpected district overview: ${JSON.stringify(data).slice(0, 300)}`);
}

const PROBES = 10;

/**
 * Neo4j transactions per request, counted over a few sequential requests once the server is idle
 * (requests autocannon abandoned at the end of a run may still be running), after one request that
 * fills the cache when it is on. Every answer must be the district overview, the same each time.
 */
async function probe(port: number, request: HttpRequest, same: (data: unknown) => boolean): Promise<number> {
  for (let waited = 0; (await transactions(port)).inFlight > 0 && waited < 30_000; waited += 100)
    await sleep(100);
  const ask = async () => {
    const data = await fetchData(port, request);
    checkOverview(data);
    if (!same(data))
      throw new Error(`the district overview differs from the first answer: ${JSON.stringify(data)}`);
  };
  await ask();
  const before = (await transactions(port)).total;
  for (let i = 0; i < PROBES; i++) await ask();
  return ((await transactions(port)).total - before) / PROBES;
}

async function measureCase(
  server: Running,
  cache: 'off' | 'on',
  transport: { name: string; request: HttpRequest },
  timing: Timing,
  failures: string[],
  same: (data: unknown) => boolean,
): Promise<CacheMeasured> {
  const label = `response cache ${cache} / ${transport.name}`;
  const neo4jTxPerRequest = await probe(server.port, transport.request, same);
  // The check that the comparison means what it says: off must ask the database, on must not.
  if (cache === 'off' && neo4jTxPerRequest < 1)
    failures.push(`${label}: ${neo4jTxPerRequest} Neo4j transactions per request (cached?)`);
  if (cache === 'on' && neo4jTxPerRequest > 0)
    failures.push(`${label}: ${neo4jTxPerRequest} Neo4j transactions per request (not cached?)`);
  log(`${label}: ${neo4jTxPerRequest} Neo4j transactions per request; timing`);
  const measured = await measure(label, [transport.request], server, timing, failures);
  return { ...measured, neo4jTxPerRequest };
}

export async function benchCache(timing: Timing, quick: boolean, failures: string[]): Promise<CacheResults> {
  const startedAt = new Date().toISOString();
  const loadBefore = loadAverage();
  const db = await ensureSeed();
  const cases = transports();
  const { id } = trustedDocument();
  const measured: Record<string, Partial<Record<'off' | 'on', CacheMeasured>>> = {};
  let reference: unknown;
  // Every transport, cache off or on, must give the same answer.
  const same = (data: unknown) => {
    reference ??= data;
    return isDeepStrictEqual(data, reference);
  };
  for (const cache of ['off', 'on'] as const) {
    const server = await startSystem('ours', db, { responseCache: cache === 'on' });
    try {
      // A fresh server (and, the first time, a fresh Neo4j) is still compiling its hot paths: in a
      // first try the first case timed, POST with the cache off, ran at a third of GET's rate on a
      // 3 s warm-up. Both transports get a longer warm-up first, so neither pays for it alone.
      const warm = timing.warm * 5;
      log(`response cache ${cache}: ours up on the seed graph (port ${server.port}); ${warm} s warm-up`);
      await load(
        server.port,
        cases.map((t) => t.request),
        warm,
      );
      for (const transport of cases) {
        const result = await measureCase(server, cache, transport, timing, failures, same);
        measured[transport.name] = { ...measured[transport.name], [cache]: result };
      }
    } finally {
      await server.stop();
    }
  }
  return {
    startedAt,
    quick,
    graph: 'seed graph (seed/)',
    operation: OPERATION,
    documentId: id,
    variables: VARIABLES,
    connections: CONNECTIONS,
    timing,
    loadAverage: [loadBefore, loadAverage()],
    cases: cases.map(
      (t): CacheCase => ({
        transport: t.name,
        off: measured[t.name]?.off as CacheMeasured,
        on: measured[t.name]?.on as CacheMeasured,
      }),
    ),
  };
}
