/**
 * `npx tsx bench/resilience.ts [--cycles 3] [--keep-neo4j] [--verbose]`: the figures the e2e tests
 * used to bound and no longer do (timing belongs here, not in tests); --verbose prints the warm-up's
 * log (debug: each statement it could not plan, with the error) and the driver's warnings.
 *
 * 1. Start-up of `npm start`'s entry point, plain node on dist/src/main.js (built first when stale):
 *    how long it takes to exit 1 on an unreachable NEO4J_URI (the driver gives up instead of retrying
 *    for 60 s), and to answer /ready 200 against the bench seed Neo4j (7691, bench/neo4j.ts).
 * 2. Outages: an in-process server on that Neo4j under two readers and a writer; Neo4j SIGKILLed and
 *    restarted `--cycles` times without the warm-up after an outage (ServerOptions.warmUp), then as
 *    many times with it. Per cycle: how long /ready takes to turn 503 and back to 200, and how long
 *    the first upsertEntity after that takes (a statement Neo4j must plan anew after a restart);
 *    over the run: the slowest request, and the live heap (after a full collection) before the
 *    first outage and after each, to show the driver, pool and server keep nothing per failed request.
 * tests/e2e/startup.test.ts and tests/e2e/outage.test.ts keep what must always hold.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createServer as createNetServer } from 'node:net';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createServer, DEFAULT_HTTP_SETTINGS } from '../src/http/server.ts';
import { createLogger } from '../src/logger.ts';
import { createDriver } from '../src/neo4j/driver.ts';
import { runningLocalNeo4j, startLocalNeo4j } from '../src/neo4j/local-server.ts';
import { WarmUp } from '../src/process/warm-up.ts';
import { fromRoot } from '../src/project-root.ts';
import { BENCH_SEED_NEO4J, type BenchDb, DATABASE, ensureSeed, log, stopSeedNeo4j } from './neo4j.ts';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '3' },
    'keep-neo4j': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
  },
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A loopback port nothing listens on right now. */
async function freePort(): Promise<number> {
  const probe = createNetServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  return typeof address === 'object' && address ? address.port : 0;
}

/** Milliseconds from spawning dist/src/main.js until `done` resolves; the process is stopped after. */
async function timeStart(env: Record<string, string>, done: (exited: Promise<unknown>) => Promise<unknown>) {
  const started = Date.now();
  const child = spawn(process.execPath, [fromRoot('dist', 'src', 'main.js')], {
    cwd: fromRoot(),
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'error', ...env },
    stdio: 'ignore',
  });
  const exited = once(child, 'exit');
  await done(exited);
  const ms = Date.now() - started;
  if (child.exitCode === null) {
    child.kill('SIGTERM');
    await exited;
  }
  return ms;
}

async function startUp(db: BenchDb) {
  const build = spawnSync(process.execPath, [fromRoot('scripts', 'build-if-stale.mjs')], {
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('scripts/build-if-stale.mjs failed');
  const unreachable = await timeStart(
    { NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'x' },
    (exited) => exited,
  );
  const port = await freePort();
  const ready = await timeStart(
    {
      PORT: String(port),
      NEO4J_URI: db.uri,
      NEO4J_USERNAME: db.username,
      NEO4J_PASSWORD: db.password,
      SEED_ON_START: 'never',
    },
    async () => {
      for (;;) {
        const status = await fetch(`http://127.0.0.1:${port}/ready`).then(
          (r) => r.status,
          () => 0,
        );
        if (status === 200) return;
        await sleep(50);
      }
    },
  );
  log(`start-up: exit 1 on an unreachable NEO4J_URI after ${unreachable} ms; /ready 200 after ${ready} ms`);
}

async function outages(db: BenchDb, cycles: number) {
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;
  const liveHeapMb = () => {
    collectGarbage();
    return Math.round(process.memoryUsage().heapUsed / 1e6);
  };
  const verbose = values.verbose ? createLogger('debug') : undefined;
  const driver = createDriver(db, verbose);
  const auth = {
    editors: [{ name: 'bench', token: 'bench-outage-token-0001' }],
    readers: [],
    publicReads: true,
  };
  // The first half of the cycles without the warm-up after an outage, the second half with it.
  let rewarm = false;
  const warm = new WarmUp(driver, DATABASE, auth, verbose ?? createLogger('silent'));
  await warm.reads();
  await warm.edits();
  const server = createServer({
    driver,
    database: DATABASE,
    logger: createLogger('silent'),
    auth,
    http: { ...DEFAULT_HTTP_SETTINGS, responseCacheTtlMs: 0 },
    warmUp: () => (rewarm ? warm.again() : Promise.resolve()),
  });
  await server.live.start();
  const post = (query: string, headers: Record<string, string> = {}) =>
    server.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
  const ready = async () => (await server.yoga.fetch('http://localhost/ready')).status;
  const untilReady = async (status: number) => {
    const started = Date.now();
    while ((await ready()) !== status) await sleep(50);
    return Date.now() - started;
  };
  let stop = false;
  let slowest = 0;
  let requests = 0;
  let writes = 0;
  const worker = async (send: () => Response | Promise<Response>) => {
    while (!stop) {
      const started = Date.now();
      await (await send()).text();
      slowest = Math.max(slowest, Date.now() - started);
      requests += 1;
      await sleep(20);
    }
  };
  const read = () => post('{ entity(key: "town:jinxi") { name } search(query: "濯水") { score } }');
  const write = () =>
    post(
      `mutation { upsertStatistic(input: { subject: "town:jinxi", metric: "bench_outage_${writes++}", label: "产茧",
        value: 70000, unit: "dan", valueText: "7万担", year: 2020,
        citation: { source: "qianjiang-2021-04-15", quote: "2020年，全区实现产茧7万担" } }) { statistic { metric } } }`,
      { authorization: 'Bearer bench-outage-token-0001' },
    );
  // An edit no worker sends, so only the warm-up can have had Neo4j plan it since the restart.
  const firstWrite = async (cycle: number) => {
    const started = Date.now();
    const response = await post(
      `mutation { upsertEntity(input: { key: "initiative:bench-outage-${cycle}", type: INITIATIVE,
        name: "三联三促", nameEn: "Bench outage ${cycle}", aliases: [],
        citations: [{ source: "qianjiang-2021-04-15", quote: "黔江以“三联三促”狠抓管理" }] }) {
        entity { key } } }`,
      { authorization: 'Bearer bench-outage-token-0001' },
    );
    const text = await response.text();
    if (!text.includes('bench-outage')) throw new Error(`the first write failed: ${text.slice(0, 300)}`);
    return Date.now() - started;
  };
  const firstWrites: { rewarm: boolean; ms: number }[] = [];
  const workers = [worker(read), worker(read), worker(write)];
  await sleep(1_500);
  const heap = [liveHeapMb()];
  try {
    for (let cycle = 1; cycle <= cycles * 2; cycle += 1) {
      rewarm = cycle > cycles;
      const pid = runningLocalNeo4j(BENCH_SEED_NEO4J.dir);
      if (!pid) throw new Error('the bench seed Neo4j is not running');
      process.kill(pid, 'SIGKILL');
      const toUnready = await untilReady(503);
      await sleep(4_000);
      await startLocalNeo4j(BENCH_SEED_NEO4J, () => {});
      const toReady = await untilReady(200);
      const ms = await firstWrite(cycle);
      firstWrites.push({ rewarm, ms });
      await sleep(3_000);
      heap.push(liveHeapMb());
      log(
        `outage ${cycle} (${rewarm ? 'warm-up after it' : 'no warm-up after it'}): /ready 503 after ${toUnready} ms, ` +
          `200 after ${toReady} ms once Neo4j restarted; the first upsertEntity after that took ${ms} ms`,
      );
    }
  } finally {
    stop = true;
    await Promise.all(workers);
    server.live.stop('bench over');
    await driver.executeQuery(
      'MATCH (s:Statistic) WHERE s.metric STARTS WITH "bench_outage_" DETACH DELETE s',
      {},
      {
        database: DATABASE,
      },
    );
    await driver.executeQuery(
      'MATCH (n:Entity) WHERE n.key STARTS WITH "initiative:bench-outage-" DETACH DELETE n',
      {},
      { database: DATABASE },
    );
    await driver.close();
  }
  const firstWriteMs = (warmed: boolean) =>
    firstWrites
      .filter((w) => w.rewarm === warmed)
      .map((w) => `${w.ms} ms`)
      .join(', ');
  log(
    `outages: ${requests} requests, slowest ${slowest} ms; live heap ${heap.map((mb) => `${mb} MB`).join(' -> ')}; ` +
      `first upsertEntity after /ready 200: ${firstWriteMs(false)} without the warm-up after an outage, ` +
      `${firstWriteMs(true)} with it`,
  );
}

const db = await ensureSeed();
try {
  await startUp(db);
  await outages(db, Number(values.cycles));
} finally {
  if (!values['keep-neo4j']) await stopSeedNeo4j();
}
