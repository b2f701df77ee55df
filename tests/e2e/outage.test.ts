import { rmSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/http/limits.ts';
import type { Server } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { applyConstraints } from '../../src/neo4j/constraints.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { DEADLINE_GRACE_MS, Executor } from '../../src/neo4j/executor.ts';
import { runningLocalNeo4j, startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local-server.ts';
import { WarmUp, type WarmUpSummary } from '../../src/process/warm-up.ts';
import { fromRoot } from '../../src/project-root.ts';
import { loadSeed, readValidSeed } from '../../src/seed/load.ts';
import { sleep, until } from '../support/poll.ts';
import { bearer, editorAuth, type GraphQLResponse, graphql, testServer } from '../support/server.ts';
import { loadTestTarget } from '../support/test-env.ts';

/**
 * Kills the database (SIGKILL) under a steady read and write load, three times, and checks that the
 * server fails fast and honestly during each outage and recovers by itself afterwards. It needs a
 * Neo4j it may kill, so it runs its own managed instance (not possible against NEO4J_URI_TEST).
 * The cycles share one load and one record of it; the checks after them read that record. How long
 * recovery takes and what the heap does across outages: bench/resilience.ts.
 */
const target = loadTestTarget();
const settings = {
  boltPort: (target.mode === 'local' ? target.local.boltPort : 7688) + 7,
  dir: fromRoot('.neo4j', 'outage'),
  heap: '512m',
  pageCache: '64m',
};

const EDITOR = bearer('outage-editor-token-001');
/**
 * The documented bound on any request, read or write, whatever Neo4j is doing: its database work
 * gets NEO4J_QUERY_TIMEOUT_MS in all, plus the grace the executor waits for Neo4j's own timeout,
 * plus 2 s for GraphQL and a busy 2-core machine around it.
 */
const REQUEST_BOUND_MS = DEFAULT_LIMITS.queryTimeoutMs + DEADLINE_GRACE_MS + 2_000;
const CYCLES = 3;
const log = () => {};

let driver: Driver;
let server: Server;

async function readyStatus(): Promise<number> {
  return (await server.yoga.fetch('http://localhost/ready')).status;
}

/** Milliseconds until /ready answers `status`; throws after `deadlineMs`. */
async function waitForReady(status: number, deadlineMs: number): Promise<number> {
  const started = Date.now();
  await until(`/ready ${status}`, async () => ((await readyStatus()) === status ? true : undefined), {
    timeoutMs: deadlineMs,
    intervalMs: 100,
  });
  return Date.now() - started;
}

async function untilDatabaseAnswers(connection: { uri: string; username: string; password: string }) {
  const probe = createDriver(connection);
  try {
    await until(
      'the restarted Neo4j to answer',
      () =>
        probe.executeQuery('RETURN 1', {}, { database: 'neo4j' }).then(
          () => true,
          () => undefined,
        ),
      { timeoutMs: 120_000, intervalMs: 100 },
    );
  } finally {
    await probe.close();
  }
}

/** What the load saw, shared by the cycles and the checks after them. */
const record = {
  acknowledged: [] as string[],
  errorCodes: new Map<string, number>(),
  phase: 'up' as 'up' | 'down' | 'recovered',
  kills: 0,
  errorsAfterRecovery: [] as string[],
  slowestFailureMs: 0,
  slowest: { ms: 0, phase: 'up', outcome: '' },
  writes: 0,
  timings: [] as { toUnready: number; toReady: number }[],
  warmUpsStarted: 0,
  warmUps: [] as WarmUpSummary[],
};

const writeOnce = async () => {
  const metric = `outage_probe_${record.writes++}`;
  const result = await graphql(
    server,
    `mutation ($metric: String!) { upsertStatistic(input: { subject: "town:jinxi", metric: $metric, label: "产茧",
        value: 70000, unit: "dan", valueText: "7万担", year: 2020,
        citation: { source: "qianjiang-2021-04-15", quote: "2020年，全区实现产茧7万担" } }) { statistic { metric } } }`,
    { metric },
    EDITOR,
  );
  if (!result.errors) record.acknowledged.push(metric);
  return result;
};
const readOnce = () =>
  graphql(server, '{ entity(key: "town:jinxi") { name } search(query: "濯水") { score } }');

describe.skipIf(target.mode !== 'local')('database outages', () => {
  beforeAll(async () => {
    await stopLocalNeo4j(settings.dir, log);
    rmSync(settings.dir, { recursive: true, force: true });
    const connection = await startLocalNeo4j(settings, log);
    driver = createDriver(connection);
    await applyConstraints(Executor.forBatchWork(driver, 'neo4j'));
    await loadSeed(Executor.forBatchWork(driver, 'neo4j'), readValidSeed());
    const auth = editorAuth({ name: 'loader', token: 'outage-editor-token-001' });
    // As serveHttp does: plan the statements before serving, and again when the change feed reads
    // Neo4j again after an outage.
    const warm = new WarmUp(driver, 'neo4j', auth, createLogger('silent'));
    await warm.reads();
    await warm.edits();
    server = testServer(driver, {
      database: 'neo4j',
      auth,
      warmUp: async () => {
        record.warmUpsStarted += 1;
        record.warmUps.push(await warm.again());
      },
    });
    await server.live.start();
  }, 240_000);

  afterAll(async () => {
    server?.live.stop('test over');
    await driver?.close();
    await stopLocalNeo4j(settings.dir, log);
  }, 120_000);

  describe(`${CYCLES} kill/restart cycles under two readers and a writer`, () => {
    let stop = false;
    let workers: Promise<void>[] = [];

    const worker = async (work: () => Promise<GraphQLResponse<unknown>>) => {
      while (!stop) {
        const started = Date.now();
        const phaseAtStart = record.phase;
        const killsAtStart = record.kills;
        const result = await work();
        const phaseAtEnd = record.phase;
        const tookMs = Date.now() - started;
        if (tookMs > record.slowest.ms) {
          const outcome = String(result.errors?.[0]?.extensions?.code ?? 'ok');
          Object.assign(record.slowest, { ms: tookMs, phase: phaseAtEnd, outcome });
        }
        for (const error of result.errors ?? []) {
          const code = String(error.extensions?.code);
          record.errorCodes.set(code, (record.errorCodes.get(code) ?? 0) + 1);
          if (phaseAtEnd === 'down') {
            record.slowestFailureMs = Math.max(record.slowestFailureMs, Date.now() - started);
          }
          // Sent after recovery and answered before the next kill: it may not fail.
          if (phaseAtStart === 'recovered' && record.kills === killsAtStart) {
            record.errorsAfterRecovery.push(`${code} after ${tookMs} ms: ${error.message}`);
          }
        }
        await sleep(20);
      }
    };

    beforeAll(async () => {
      workers = [worker(readOnce), worker(readOnce), worker(writeOnce)];
      await sleep(1500);
    });
    afterAll(async () => {
      stop = true;
      await Promise.all(workers);
      const { timings, errorCodes, slowest } = record;
      console.log(
        `[outage] ${timings.map((t, i) => `cycle ${i + 1}: /ready 503 after ${t.toUnready} ms, 200 after ${t.toReady} ms`).join('; ')}; ` +
          `errors during outages: ${JSON.stringify(Object.fromEntries(errorCodes))}, slowest failure ${record.slowestFailureMs} ms; ` +
          `slowest request ${slowest.ms} ms (${slowest.outcome}, ended while ${slowest.phase}; bound ${REQUEST_BOUND_MS} ms); ` +
          `writes attempted ${record.writes}, acknowledged ${record.acknowledged.length}; ` +
          `warm-ups after the outages: ${record.warmUps.map((w) => `${w.ms} ms (${w.refusals.join(' ') || 'all answered'})`).join(', ')}`,
      );
    });

    for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
      it(`cycle ${cycle}: /ready turns 503 within 2 s of the kill, and 200 within 5 s of Neo4j answering again`, async () => {
        const pid = runningLocalNeo4j(settings.dir);
        if (!pid) throw new Error('the outage Neo4j is not running');
        record.phase = 'down';
        record.kills += 1;
        process.kill(pid, 'SIGKILL');
        const toUnready = await waitForReady(503, 2_000);
        // As an operator would: `npm run neo4j:start` a few seconds later. Neo4j then accepts Bolt
        // while it recovers, and plans every statement anew: where requests used to wait 17-19 s.
        await sleep(4_000);
        const connection = await startLocalNeo4j(settings, log);
        // After a SIGKILL the database recovers before it serves; "back" is when a fresh client can query it.
        await untilDatabaseAnswers(connection);
        const toReady = await waitForReady(200, 5_000);
        // Requests still in flight when the database returned may fail; those that start afterwards may not.
        await sleep(3_000);
        record.phase = 'recovered';
        await sleep(3_000);
        record.phase = 'up';
        record.timings.push({ toUnready, toReady });
      }, 180_000);
    }
  });

  it('refused requests during the outages with DATABASE_UNAVAILABLE, and with no other code', () => {
    expect([...record.errorCodes.keys()].filter((code) => code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    expect(record.errorCodes.get('DATABASE_UNAVAILABLE') ?? 0).toBeGreaterThan(0);
  });

  it('answered or refused every request within the documented bound, in every phase', () => {
    // While down, while restarting, after.
    expect(record.slowest.ms).toBeLessThan(REQUEST_BOUND_MS);
  });

  it('failed no request sent after the database was back', () => {
    expect(record.errorsAfterRecovery).toEqual([]);
  });

  it('lost no acknowledged write', async () => {
    const stored = await driver.executeQuery(
      'MATCH (s:Statistic) WHERE s.metric STARTS WITH "outage_probe_" RETURN s.metric AS metric, count(*) AS copies',
      {},
      { database: 'neo4j' },
    );
    const copies = new Map(
      stored.records.map((row) => [row.get('metric') as string, Number(row.get('copies'))]),
    );
    expect(record.acknowledged.length).toBeGreaterThan(10);
    expect(record.acknowledged.filter((metric) => copies.get(metric) !== 1)).toEqual([]);
  });

  it('started the warm-up again when the change feed read Neo4j after an outage', () => {
    // Once per recovery, unless the previous one still runs. Right after a crash Neo4j may be too
    // slow for its statements, which it then leaves (2 s each): what it saves is bench/resilience.ts's.
    expect(record.warmUpsStarted).toBeGreaterThanOrEqual(CYCLES - 1);
  });

  it('serves again without a restart', async () => {
    expect(await readyStatus()).toBe(200);
    expect((await readOnce()).errors).toBeUndefined();
  });
});
