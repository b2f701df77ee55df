/**
 * `npm run load:live [-- --subscribers 200 --rate 50 --seconds 60 --outage-at 25 --outage-seconds 10]`:
 * the live graph under load and a database outage (issue 23), on 127.0.0.1 only. Starts (or finds)
 * its own Neo4j (bolt 7741, folder .neo4j/load-live) and two server processes on free ports, both on
 * that Neo4j and sharing nothing else: A takes the writes, B serves the subscribers. Then:
 *
 *   - `--subscribers` SSE subscriptions to `changes(afterSeq:)` on B, each with its own reader token,
 *     all starting after the log's last seq; on an error or a dropped stream each resubscribes with
 *     afterSeq = the last seq it saw, with back-off;
 *   - `--rate` upsertEntity writes per second through A for `--seconds`, spread over a few test
 *     entities so that no two writes wait on one entity's lock;
 *   - at `--outage-at` s Neo4j is SIGKILLed (`--outage-stop term`: stopped cleanly), and started again on
 *     the same data `--outage-seconds` later; writes refused meanwhile are counted, not committed;
 *     the writes go on for `--after-outage` s (15) after Neo4j answers again, past `--seconds` if need be;
 *   - with `--drop-every S`, each subscriber also hangs up by itself every S s on average and resumes.
 *
 * Afterwards it reads the change log and checks, by sequence number, that every subscriber received
 * every change the log holds after the start exactly once and in order, and that every write A
 * acknowledged is in the log. It reports delivery latency (A's commit response to B's event, both
 * timed by this process's clock), B's RSS over the run, resumes, writes committed and refused, and
 * the load average; it exits 1 if any event was lost, repeated or out of order.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { coresBusy } from '../bench/machine.ts';
import {
  type LocalNeo4jConnection,
  runningLocalNeo4j,
  startLocalNeo4j,
  stopLocalNeo4j,
} from '../src/neo4j/local-server.ts';
import { fromRoot } from '../src/project-root.ts';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '200' },
    rate: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    'outage-at': { type: 'string', default: '25' },
    'outage-seconds': { type: 'string', default: '10' },
    'outage-stop': { type: 'string', default: 'kill' },
    'bolt-port': { type: 'string', default: '7741' },
    'drain-seconds': { type: 'string', default: '60' },
    'drop-every': { type: 'string', default: '0' },
    'after-outage': { type: 'string', default: '15' },
    'keep-neo4j': { type: 'boolean', default: false },
  },
});

const SUBSCRIBERS = Number(values.subscribers);
const RATE = Number(values.rate);
const SECONDS = Number(values.seconds);
const OUTAGE_AT = Number(values['outage-at']);
const OUTAGE_SECONDS = Number(values['outage-seconds']);
const DRAIN_SECONDS = Number(values['drain-seconds']);
const OUTAGE_STOP = values['outage-stop'];
/** Each subscriber hangs up by itself about this often (0: never), to exercise resuming under load. */
const DROP_EVERY_MS = Number(values['drop-every']) * 1000;
/**
 * Writes go on at least this long after Neo4j answers queries again, past `--seconds` if need be: a
 * restart takes 20-30 s on a busy 2-core machine, and the check needs changes committed after it.
 */
const AFTER_OUTAGE_MS = Number(values['after-outage']) * 1000;
for (const [flag, value] of Object.entries({ SUBSCRIBERS, RATE, SECONDS, OUTAGE_AT, OUTAGE_SECONDS })) {
  if (!Number.isFinite(value) || value < 0) throw new Error(`${flag}: not a number (${value})`);
}
if (OUTAGE_STOP !== 'kill' && OUTAGE_STOP !== 'term') throw new Error('--outage-stop: kill or term');
/** No outage when it would start after the writes end, or last 0 s. */
const OUTAGE = OUTAGE_SECONDS > 0 && OUTAGE_AT < SECONDS;

const HOST = '127.0.0.1';
const NEO4J = {
  boltPort: Number(values['bolt-port']),
  dir: fromRoot('.neo4j', 'load-live'),
  heap: '1g',
  pageCache: '256m',
};
const EDITOR = { name: 'load-live-editor', token: 'load-live-editor-token-0001' };
const readerToken = (i: number) => `load-live-reader-token-${String(i).padStart(5, '0')}`;
/** Writes go round these entities: a write waits on its entity's lock, and 10 keep that rare at 50/s. */
const TARGETS = 10;
/** Past this many writes waiting for A, the writer skips its turn (and counts it) instead of piling up. */
const MAX_WRITES_IN_FLIGHT = 1_000;
/** A stream that sends nothing for this long (B pings every 12 s) is taken for dead and resumed. */
const IDLE_STREAM_MS = 30_000;
const PROGRESS_EVERY_MS = 5_000;

const CHANGES =
  'subscription($afterSeq: Int) { changes(afterSeq: $afterSeq) { seq who mutation keys after } }';
const UPSERT = 'mutation($input: UpsertEntityInput!) { upsertEntity(input: $input) { change { seq } } }';

const now = () => performance.now();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) =>
  console.log(`[load-live ${new Date().toISOString().slice(11, 19)}] ${message}`);

// ---------------------------------------------------------------------------------------------
// The machine

/** Resident memory of a process, in MB (Linux /proc). */
function rssMb(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

async function freePort(): Promise<number> {
  const probe = createNetServer().listen(0, HOST);
  await once(probe, 'listening');
  const address = probe.address();
  probe.close();
  await once(probe, 'close');
  if (typeof address !== 'object' || !address) throw new Error('no free port');
  return address.port;
}

// ---------------------------------------------------------------------------------------------
// Neo4j and the two servers

async function ensureNeo4j(): Promise<LocalNeo4jConnection> {
  return startLocalNeo4j(NEO4J, log);
}

interface ServerProcess {
  name: string;
  url: string;
  child: ChildProcess;
}

/**
 * The server as `npm start` runs it (plain node on dist/, one process), on its own free port, its
 * logs (warn and above) in .neo4j/load-live/logs/server-<name>.log.
 */
async function startServer(
  name: string,
  db: LocalNeo4jConnection,
  extra: Record<string, string>,
): Promise<ServerProcess> {
  const port = await freePort();
  const out = createWriteStream(`${NEO4J.dir}/logs/server-${name}.log`, { flags: 'a' });
  await once(out, 'open');
  const child = spawn(process.execPath, [fromRoot('dist', 'src', 'main.js')], {
    cwd: fromRoot(),
    env: {
      PATH: process.env.PATH ?? '',
      HOST,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      NEO4J_URI: db.uri,
      NEO4J_USERNAME: db.username,
      NEO4J_PASSWORD: db.password,
      WEB_CONCURRENCY: '1',
      KG_EDITOR_TOKENS: `${EDITOR.name}:${EDITOR.token}`,
      KG_READER_TOKENS: Array.from({ length: SUBSCRIBERS }, (_, i) => `reader-${i}:${readerToken(i)}`).join(
        ',',
      ),
      // One stream per reader token; the cap in all must leave room for every subscriber.
      LIVE_MAX_SUBSCRIPTIONS: String(Math.max(1_000, SUBSCRIBERS * 2)),
      ...extra,
    },
    stdio: ['ignore', out, out],
  });
  const url = `http://${HOST}:${port}`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    const status = await fetch(`${url}/ready`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`server ${name} did not become ready; see ${NEO4J.dir}/logs/server-${name}.log`);
    }
    await sleep(200);
  }
  log(`server ${name} ready on ${url} (pid ${child.pid})`);
  return { name, url, child };
}

async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = once(server.child, 'exit');
  server.child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
}

// ---------------------------------------------------------------------------------------------
// Subscribers

/**
 * One `changes` subscriber on B over plain SSE, as `curl -N` or an EventSource would hold it. It keeps
 * every seq it received with when, in order; when its stream ends for any reason it subscribes again
 * with afterSeq = the last seq it saw, after a back-off that grows while attempts keep failing.
 */
class Subscriber {
  readonly seqs: number[] = [];
  readonly times: number[] = [];
  last: number;
  connected = false;
  resumes = 0;
  /** Events that came with a seq not above the last one: repeats or disorder, counted as they come. */
  backwards = 0;
  /** Why streams ended, by the first cause seen in each (an error's code, a hang-up, ...). */
  readonly endings = new Map<string, number>();
  private stopping = false;
  private current: ReturnType<typeof request> | undefined;
  private failedAttempts = 0;

  constructor(
    private readonly url: URL,
    private readonly token: string,
    start: number,
  ) {
    this.last = start;
  }

  run(): Promise<void> {
    return this.loop();
  }

  stop(): void {
    this.stopping = true;
    this.current?.destroy();
  }

  private async loop(): Promise<void> {
    let first = true;
    while (!this.stopping) {
      if (!first) {
        this.resumes += 1;
        // 100 ms, doubling to 5 s, with jitter so that 200 streams cut at once do not return at once.
        const backOff = Math.min(5_000, 100 * 2 ** Math.min(this.failedAttempts, 6));
        await sleep(backOff * (0.5 + Math.random()));
        if (this.stopping) return;
      }
      first = false;
      const received = await this.once();
      this.failedAttempts = received ? 0 : this.failedAttempts + 1;
    }
  }

  /** One subscription, until it ends; true when it delivered at least one change. */
  private once(): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      let delivered = false;
      let settled = false;
      let idle: NodeJS.Timeout | undefined;
      let drop: NodeJS.Timeout | undefined;
      let cause: string | undefined;
      const fail = (code: string) => {
        cause ??= code;
      };
      const finish = () => {
        if (settled) return;
        settled = true;
        if (!this.stopping) {
          const code = cause ?? 'ENDED_BY_SERVER';
          this.endings.set(code, (this.endings.get(code) ?? 0) + 1);
        }
        clearTimeout(idle);
        clearTimeout(drop);
        this.connected = false;
        this.current = undefined;
        resolve(delivered);
      };
      const body = JSON.stringify({ query: CHANGES, variables: { afterSeq: this.last } });
      const req = request(this.url, {
        method: 'POST',
        agent: false,
        headers: {
          accept: 'text/event-stream',
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization: `Bearer ${this.token}`,
        },
      });
      this.current = req;
      const touch = () => {
        clearTimeout(idle);
        idle = setTimeout(() => {
          fail('IDLE_STREAM');
          req.destroy();
        }, IDLE_STREAM_MS);
      };
      touch();
      req.on('error', (error: NodeJS.ErrnoException) => {
        fail(error.code ?? 'TRANSPORT_ERROR');
        finish();
      });
      req.on('response', (response) => {
        if (response.statusCode !== 200) {
          fail(`HTTP_${response.statusCode}`);
          response.resume();
          response.on('end', finish);
          return;
        }
        this.connected = true;
        if (DROP_EVERY_MS > 0) {
          // Exponential waits: hang-ups at random moments, replays included.
          drop = setTimeout(
            () => {
              fail('DROPPED_BY_CLIENT');
              req.destroy();
            },
            -Math.log(1 - Math.random()) * DROP_EVERY_MS,
          );
        }
        response.setEncoding('utf8');
        let buffer = '';
        response.on('data', (chunk: string) => {
          touch();
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const outcome = this.onBlock(block);
            if (outcome === 'change') delivered = true;
            else if (outcome) fail(outcome);
            end = buffer.indexOf('\n\n');
          }
        });
        response.on('end', finish);
        response.on('close', finish);
        response.on('error', finish);
      });
      req.end(body);
    });
  }

  /**
   * One SSE block: a `:` ping, `event: next` with a change or an error, or `event: complete`. Returns
   * 'change', or the error's code, or nothing.
   */
  private onBlock(block: string): string | undefined {
    const event = /^event: ?(.*)$/m.exec(block)?.[1];
    if (event !== 'next') return undefined;
    const data = /^data: ?(.*)$/m.exec(block)?.[1];
    if (!data) return 'NEXT_WITHOUT_DATA';
    const at = now();
    const result = JSON.parse(data) as {
      data?: { changes?: { seq: number } | null } | null;
      errors?: { extensions?: { code?: string } }[];
    };
    const seq = result.data?.changes?.seq;
    if (typeof seq === 'number') {
      if (seq <= this.last) this.backwards += 1;
      this.seqs.push(seq);
      this.times.push(at);
      this.last = Math.max(this.last, seq);
      return 'change';
    }
    // SHUTTING_DOWN, SUBSCRIPTION_BEHIND, DATABASE_UNAVAILABLE...: the stream ends after it; resume.
    return String(result.errors?.[0]?.extensions?.code ?? 'ERROR_WITHOUT_CODE');
  }
}

// ---------------------------------------------------------------------------------------------
// The writer

interface WriteRecord {
  sentAt: number;
  answeredAt?: number;
  seq?: number;
  code?: string;
}

class Writer {
  readonly writes: WriteRecord[] = [];
  readonly refusals = new Map<string, number>();
  skipped = 0;
  inFlight = 0;
  private readonly url: string;

  constructor(base: string) {
    this.url = `${base}/graphql`;
  }

  get committed(): number {
    return this.writes.filter((write) => write.seq !== undefined).length;
  }

  get refused(): number {
    return this.writes.filter((write) => write.code !== undefined).length;
  }

  /**
   * `rate` writes a second on a fixed schedule (a late turn is taken at once), until `more` says
   * enough, checked before each turn.
   */
  async run(rate: number, more: (elapsedMs: number) => boolean): Promise<void> {
    const started = now();
    const pending: Promise<void>[] = [];
    for (let i = 0; more(now() - started); i += 1) {
      const due = started + (i * 1000) / rate;
      const wait = due - now();
      if (wait > 0) await sleep(wait);
      if (this.inFlight >= MAX_WRITES_IN_FLIGHT) {
        this.skipped += 1;
        continue;
      }
      pending.push(this.write(i));
    }
    await Promise.all(pending);
  }

  private async write(i: number): Promise<void> {
    const record: WriteRecord = { sentAt: now() };
    this.writes.push(record);
    this.inFlight += 1;
    const target = i % TARGETS;
    const input = {
      key: `town:load-live-${target}`,
      type: 'TOWN',
      name: `负载测试镇${target}`,
      nameEn: `Load test ${target} (write ${i}, ${Date.now()})`,
      aliases: [],
      citations: [
        {
          source: 'qianjiang-2021-04-15',
          quote: '黔江区金溪镇、李家溪易地扶贫安置点、重庆旅游职业学院被确定为全国脱贫攻坚考察点',
        },
      ],
    };
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${EDITOR.token}` },
        body: JSON.stringify({ query: UPSERT, variables: { input } }),
        signal: AbortSignal.timeout(30_000),
      });
      const result = (await response.json()) as {
        data?: { upsertEntity?: { change?: { seq: number } | null } | null } | null;
        errors?: { extensions?: { code?: string } }[];
      };
      record.answeredAt = now();
      const seq = result.data?.upsertEntity?.change?.seq;
      if (typeof seq === 'number' && !result.errors) record.seq = seq;
      else record.code = String(result.errors?.[0]?.extensions?.code ?? `HTTP_${response.status}`);
    } catch (error) {
      record.answeredAt = now();
      record.code = error instanceof Error ? error.name : 'TRANSPORT_ERROR';
    } finally {
      this.inFlight -= 1;
      if (record.code) this.refusals.set(record.code, (this.refusals.get(record.code) ?? 0) + 1);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const ms = (value: number) => (Number.isNaN(value) ? 'n/a' : `${Math.round(value)} ms`);

async function changeLog(driver: Driver, after: number): Promise<number[]> {
  const { records } = await driver.executeQuery(
    'MATCH (c:Change) WHERE c.seq > $after RETURN c.seq AS seq ORDER BY seq',
    { after },
    { database: 'neo4j' },
  );
  return records.map((record) => Number(record.get('seq')));
}

async function lastSeq(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    'MATCH (c:Change) RETURN coalesce(max(c.seq), 0) AS seq',
    {},
    { database: 'neo4j' },
  );
  return Number(records[0]?.get('seq') ?? 0);
}

/**
 * Bolt answers before a killed database has recovered; Neo4j is back when a fresh client can query
 * it (as tests/e2e/outage.test.ts waits).
 */
async function untilDatabaseAnswers(db: LocalNeo4jConnection): Promise<void> {
  const probe = connect(db);
  try {
    const deadline = Date.now() + 180_000;
    for (;;) {
      const answered = await probe.executeQuery('RETURN 1', {}, { database: 'neo4j' }).then(
        () => true,
        () => false,
      );
      if (answered) return;
      if (Date.now() > deadline) throw new Error('the restarted Neo4j did not answer within 180 s');
      await sleep(100);
    }
  } finally {
    await probe.close();
  }
}

/** The driver this script reads the log with; it must come back after the outage like the servers. */
const connect = (db: LocalNeo4jConnection) =>
  neo4j.driver(db.uri, neo4j.auth.basic(db.username, db.password), { disableLosslessIntegers: true });

// ---------------------------------------------------------------------------------------------
// The run

const loadBefore = loadavg()[0] as number;
const busyBefore = await coresBusy(2_000);
log(
  `${SUBSCRIBERS} subscribers on B, ${RATE} writes/s through A for ${SECONDS} s` +
    (OUTAGE
      ? `, Neo4j ${OUTAGE_STOP === 'kill' ? 'killed' : 'stopped'} at ${OUTAGE_AT} s for ${OUTAGE_SECONDS} s`
      : ', no outage') +
    `; load average ${loadBefore.toFixed(2)}, ${busyBefore.toFixed(2)} of ${availableParallelism()} cores busy`,
);

const build = spawnSync(process.execPath, [fromRoot('scripts', 'build-if-stale.mjs'), 'server'], {
  stdio: 'inherit',
});
if (build.status !== 0) throw new Error('scripts/build-if-stale.mjs failed');

let db = await ensureNeo4j();
const servers: ServerProcess[] = [];
const subscribers: Subscriber[] = [];
let driver = connect(db);
let exitCode = 1;
try {
  // A loads the seed when the database is empty; B starts on what A prepared.
  const a = await startServer('a', db, { SEED_ON_START: 'if-empty' });
  servers.push(a);
  const b = await startServer('b', db, { SEED_ON_START: 'never' });
  servers.push(b);
  const bPid = b.child.pid;

  const baseline = await lastSeq(driver);
  const graphqlB = new URL(`${b.url}/graphql`);
  for (let i = 0; i < SUBSCRIBERS; i += 1)
    subscribers.push(new Subscriber(graphqlB, readerToken(i), baseline));
  const running = subscribers.map((subscriber) => subscriber.run());
  const connectStarted = now();
  while (subscribers.some((subscriber) => !subscriber.connected) && now() - connectStarted < 60_000) {
    await sleep(100);
  }
  const connectedCount = subscribers.filter((subscriber) => subscriber.connected).length;
  log(
    `${connectedCount} of ${SUBSCRIBERS} subscribers connected to B in ${ms(now() - connectStarted)}; log at seq ${baseline}`,
  );
  // Each stream registers with B's feed once its replay (empty) is read; give them a moment.
  await sleep(1_000);

  const rss: { at: number; mb: number }[] = [];
  const rssA: number[] = [];
  const sampleRss = () => {
    const mb = rssMb(bPid);
    if (mb !== undefined) rss.push({ at: now(), mb });
    const mbA = rssMb(a.child.pid);
    if (mbA !== undefined) rssA.push(mbA);
  };
  sampleRss();
  const sampler = setInterval(sampleRss, 1_000);

  const writer = new Writer(a.url);
  const runStarted = now();
  const cpuStarted = process.cpuUsage();
  const outage = { killedAt: Number.NaN, startedAt: Number.NaN, upAt: Number.NaN };
  let phase = 'writing';

  const progress = setInterval(() => {
    const elapsed = (now() - runStarted) / 1000;
    const connected = subscribers.filter((subscriber) => subscriber.connected).length;
    const top = Math.max(baseline, ...writer.writes.map((write) => write.seq ?? 0));
    const behind = subscribers.filter((subscriber) => subscriber.last < top).length;
    const minLast = Math.min(...subscribers.map((subscriber) => subscriber.last));
    const resumes = subscribers.reduce((sum, subscriber) => sum + subscriber.resumes, 0);
    const backwards = subscribers.reduce((sum, subscriber) => sum + subscriber.backwards, 0);
    log(
      `${elapsed.toFixed(0).padStart(3)} s ${phase}: writes ${writer.committed} committed, ${writer.refused} refused, ` +
        `${writer.inFlight} in flight; ${connected}/${SUBSCRIBERS} streams open, ${behind} behind seq ${top} ` +
        `(slowest at ${minLast}), ${resumes} resumes, ${backwards} repeated; ` +
        `B ${Math.round(rss.at(-1)?.mb ?? 0)} MB; load ${(loadavg()[0] as number).toFixed(2)}`,
    );
  }, PROGRESS_EVERY_MS);

  const outageDone = (async () => {
    if (!OUTAGE) return;
    await sleep(OUTAGE_AT * 1000);
    phase = 'Neo4j down';
    outage.killedAt = now();
    const pid = runningLocalNeo4j(NEO4J.dir);
    if (!pid) throw new Error('the load-live Neo4j is not running');
    if (OUTAGE_STOP === 'kill') process.kill(pid, 'SIGKILL');
    else await stopLocalNeo4j(NEO4J.dir, () => {});
    log(`Neo4j (pid ${pid}) ${OUTAGE_STOP === 'kill' ? 'SIGKILLed' : 'stopped'}`);
    await sleep(Math.max(0, outage.killedAt + OUTAGE_SECONDS * 1000 - now()));
    phase = 'Neo4j starting';
    outage.startedAt = now();
    db = await ensureNeo4j();
    await untilDatabaseAnswers(db);
    outage.upAt = now();
    phase = 'writing';
    log(
      `Neo4j answers queries again ${((outage.upAt - outage.killedAt) / 1000).toFixed(1)} s after the ${OUTAGE_STOP} ` +
        `(start-up on the same data took ${((outage.upAt - outage.startedAt) / 1000).toFixed(1)} s)`,
    );
  })();

  const more = (elapsedMs: number) =>
    elapsedMs < SECONDS * 1000 ||
    (OUTAGE && (Number.isNaN(outage.upAt) || now() < outage.upAt + AFTER_OUTAGE_MS));
  await Promise.all([writer.run(RATE, more), outageDone]);
  phase = 'draining';
  await driver.close();
  driver = connect(db);

  const logSeqs = await changeLog(driver, baseline);
  const logRead = now();
  const top = logSeqs.at(-1) ?? baseline;
  const drainDeadline = now() + DRAIN_SECONDS * 1000;
  while (subscribers.some((subscriber) => subscriber.last < top) && now() < drainDeadline) await sleep(100);
  const drained = now();
  // A last look, for anything that landed after the log was read (nothing should).
  const finalLog = await changeLog(driver, baseline);
  clearInterval(progress);
  clearInterval(sampler);
  sampleRss();
  const cpu = process.cpuUsage(cpuStarted);
  const loadAfter = loadavg()[0] as number;
  for (const subscriber of subscribers) subscriber.stop();
  await Promise.all(running);

  // --- The check, by sequence numbers ---
  const expected = finalLog;
  const expectedSet = new Set(expected);
  const logRepeats = expected.length - expectedSet.size;
  const acknowledged = writer.writes.filter((write) => write.seq !== undefined);
  const ackedSeqs = new Set(acknowledged.map((write) => write.seq as number));
  const ackedMissing = [...ackedSeqs].filter((seq) => !expectedSet.has(seq));
  const unacknowledgedInLog = expected.filter((seq) => !ackedSeqs.has(seq));
  let lost = 0;
  let duplicated = 0;
  let disordered = 0;
  let foreign = 0;
  const incomplete: string[] = [];
  for (const [i, subscriber] of subscribers.entries()) {
    const got = new Set(subscriber.seqs);
    duplicated += subscriber.seqs.length - got.size;
    for (let k = 1; k < subscriber.seqs.length; k += 1) {
      if ((subscriber.seqs[k] as number) <= (subscriber.seqs[k - 1] as number)) disordered += 1;
    }
    const missing = expected.filter((seq) => !got.has(seq));
    lost += missing.length;
    foreign += [...got].filter((seq) => !expectedSet.has(seq)).length;
    if (missing.length && incomplete.length < 5) {
      incomplete.push(
        `subscriber ${i}: ${missing.length} missing (first ${missing.slice(0, 5).join(', ')}), last seen ${subscriber.last}`,
      );
    }
  }

  // --- Delivery latency: A's commit response to each subscriber's event on B ---
  const committedAt = new Map<number, number>();
  for (const write of acknowledged) committedAt.set(write.seq as number, write.answeredAt as number);
  const steady = (at: number) =>
    !OUTAGE || at < outage.killedAt - 2_000 || (Number.isFinite(outage.upAt) && at > outage.upAt + 5_000);
  const all: number[] = [];
  const steadyOnly: number[] = [];
  let early = 0;
  for (const subscriber of subscribers) {
    for (const [k, seq] of subscriber.seqs.entries()) {
      const at = committedAt.get(seq);
      if (at === undefined) continue;
      const latency = (subscriber.times[k] as number) - at;
      if (latency < 0) early += 1;
      all.push(latency);
      if (steady(at)) steadyOnly.push(latency);
    }
  }
  const sortedAll = Float64Array.from(all).sort();
  const sortedSteady = Float64Array.from(steadyOnly).sort();
  const writeLatency = Float64Array.from(
    acknowledged.map((write) => (write.answeredAt as number) - write.sentAt),
  ).sort();

  const resumes = subscribers.reduce((sum, subscriber) => sum + subscriber.resumes, 0);
  const resumedSubscribers = subscribers.filter((subscriber) => subscriber.resumes > 0).length;
  const streamFailures = new Map<string, number>();
  for (const subscriber of subscribers) {
    for (const [code, count] of subscriber.endings)
      streamFailures.set(code, (streamFailures.get(code) ?? 0) + count);
  }
  const rssMbs = rss.map((sample) => sample.mb);
  const middle = rss[Math.floor(rss.length / 2)]?.mb ?? Number.NaN;
  // The first write sent after the kill that committed: when writes went through again.
  const firstAfter = OUTAGE ? acknowledged.find((write) => write.sentAt > outage.killedAt) : undefined;
  const describe = (map: Map<string, number>) =>
    map.size ? [...map].map(([code, count]) => `${code} ${count}`).join(', ') : 'none';

  console.log('');
  log(
    `writes: ${writer.writes.length} sent (${writer.skipped} skipped with ${MAX_WRITES_IN_FLIGHT} in flight), ` +
      `${acknowledged.length} committed, ${writer.refused} refused (${describe(writer.refusals)}); ` +
      `A answered committed writes in p50 ${ms(percentile(writeLatency, 50))}, p99 ${ms(percentile(writeLatency, 99))}`,
  );
  if (OUTAGE) {
    log(
      `outage: Neo4j ${OUTAGE_STOP === 'kill' ? 'SIGKILLed' : 'stopped'} at ${((outage.killedAt - runStarted) / 1000).toFixed(1)} s, ` +
        `started again ${OUTAGE_SECONDS} s later, ` +
        `answering queries ${((outage.upAt - outage.killedAt) / 1000).toFixed(1)} s after it went; ` +
        `writes committed again ${firstAfter ? `${(((firstAfter.answeredAt as number) - outage.killedAt) / 1000).toFixed(1)} s after the ${OUTAGE_STOP}` : 'never (the writes had ended)'}`,
    );
  }
  log(
    `change log: ${expected.length} changes after seq ${baseline} (${logRepeats} seqs repeated); ` +
      `${ackedMissing.length} acknowledged writes missing from it; ${unacknowledgedInLog.length} in it that A did not acknowledge` +
      (unacknowledgedInLog.length ? ` (seqs ${unacknowledgedInLog.slice(0, 10).join(', ')})` : ''),
  );
  log(
    `delivery: ${SUBSCRIBERS} subscribers x ${expected.length} changes; ${lost} lost, ${duplicated} duplicated, ` +
      `${disordered} out of order, ${foreign} not in the log; every subscriber at the log's last seq ${((drained - logRead) / 1000).toFixed(1)} s after the log was read`,
  );
  for (const line of incomplete) log(`  ${line}`);
  log(
    `latency, A's commit response -> event on B (one machine, one clock: this process's): ` +
      `p50 ${ms(percentile(sortedAll, 50))}, p99 ${ms(percentile(sortedAll, 99))}, max ${ms(percentile(sortedAll, 100))} ` +
      `over ${sortedAll.length} deliveries (${early} arrived before A's response)` +
      (OUTAGE
        ? `; outside the outage (committed > 2 s before the kill or > 5 s after Neo4j answered): ` +
          `p50 ${ms(percentile(sortedSteady, 50))}, p99 ${ms(percentile(sortedSteady, 99))}`
        : ''),
  );
  log(
    `resumes: ${resumes} by ${resumedSubscribers} subscribers; stream endings: ${describe(streamFailures)}`,
  );
  log(
    `B's RSS: start ${Math.round(rssMbs[0] ?? Number.NaN)} MB, middle ${Math.round(middle)} MB, end ${Math.round(rssMbs.at(-1) ?? Number.NaN)} MB, ` +
      `max ${Math.round(Math.max(...rssMbs))} MB (${rss.length} samples, 1 s apart); A's max ${Math.round(Math.max(...rssA))} MB`,
  );
  log(
    `machine: load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after, ${busyBefore.toFixed(2)} of ` +
      `${availableParallelism()} cores busy at the start; this script used ${((cpu.user + cpu.system) / 1e6 / ((drained - runStarted) / 1000)).toFixed(2)} cores`,
  );
  const ok =
    lost === 0 &&
    duplicated === 0 &&
    disordered === 0 &&
    foreign === 0 &&
    ackedMissing.length === 0 &&
    logRepeats === 0;
  exitCode = ok ? 0 : 1;
  log(
    `${ok ? 'PASS' : 'FAIL'}: ${SUBSCRIBERS} subscribers, ${acknowledged.length} committed / ${writer.refused} refused writes, ` +
      `${lost} lost, ${duplicated} duplicated, ${resumes} resumes, p50 ${ms(percentile(sortedAll, 50))}, p99 ${ms(percentile(sortedAll, 99))}, ` +
      `B RSS ${Math.round(rssMbs[0] ?? 0)} -> ${Math.round(rssMbs.at(-1) ?? 0)} MB (max ${Math.round(Math.max(...rssMbs))}), load ${loadAfter.toFixed(2)}`,
  );
} finally {
  for (const subscriber of subscribers) subscriber.stop();
  await Promise.all(servers.map(stopServer));
  await driver.close();
  if (!values['keep-neo4j']) await stopLocalNeo4j(NEO4J.dir, log);
}
process.exit(exitCode);
