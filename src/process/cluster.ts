import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import type { ResponseCache } from '../http/response-cache.ts';
import type { Logger } from '../logger.ts';
import { connect } from '../neo4j/connect.ts';
import type { Config } from './config.ts';
import { WorkerStartupError } from './lifecycle.ts';
import { onShutdownSignal, type SharedMetrics, serveHttp } from './serve.ts';

/**
 * Runs the server as WEB_CONCURRENCY node:cluster workers on one port. The primary serves nothing:
 * it has prepared the database (src/main.ts), forks the workers, replaces one that dies, answers
 * their requests for the cluster's metrics, and on SIGTERM drains them all. Each worker is the
 * single-process server minus the database set-up: it reaches the primary's Neo4j, warms up, and
 * listens on the port through the primary's shared handle.
 */

const METRICS_REQUEST = 'qianjiang-kg:metrics-request';
const METRICS_ANSWER = 'qianjiang-kg:metrics-answer';
const CACHE_CLEARED = 'qianjiang-kg:cache-cleared';
/** prom-client gives up on a silent worker after 5 s; a worker waits that long and a little more. */
const METRICS_TIMEOUT_MS = 6_000;

interface MetricsRequest {
  type: typeof METRICS_REQUEST;
  id: number;
}
interface MetricsAnswer {
  type: typeof METRICS_ANSWER;
  id: number;
  text?: string;
  error?: string;
}

interface CacheCleared {
  type: typeof CACHE_CLEARED;
}

const isMessage = <T extends { type: string }>(message: unknown, type: T['type']): message is T =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

export interface WorkerPoolOptions {
  count: number;
  logger: Logger;
  /** Set in every worker's environment on top of the primary's: e.g. the managed Neo4j's URI and password. */
  env?: Record<string, string>;
  /** How long a worker may take to drain on stop before it is killed. */
  stopTimeoutMs: number;
  /** The workers' program; default: this one (src/main.ts). The bench forks its own server. */
  exec?: string;
}

export interface WorkerPool {
  /** The workers alive now, e.g. to ask them something over IPC. */
  workers(): Worker[];
  /** Sends `signal` to every worker (each drains as one server does) and waits until all have exited. */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/**
 * A replacement waits 1 s after a crash, twice as long for each crash within a minute of the one
 * before, up to 30 s: a worker that dies at every start must not make the primary spin.
 */
export class Backoff {
  private delayMs = 0;
  private lastCrash = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly firstMs = 1_000,
    private readonly maxMs = 30_000,
    private readonly forgetAfterMs = 60_000,
  ) {}

  next(now = Date.now()): number {
    this.delayMs =
      now - this.lastCrash > this.forgetAfterMs ? this.firstMs : Math.min(this.delayMs * 2, this.maxMs);
    this.lastCrash = now;
    return this.delayMs;
  }
}

/**
 * Forks `count` workers of this program and resolves once every one listens; rejects (after
 * stopping the others) when one exits before it listens, since the next would fail alike.
 */
export async function startWorkers({
  count,
  logger,
  env,
  stopTimeoutMs,
  exec,
}: WorkerPoolOptions): Promise<WorkerPool> {
  if (exec) cluster.setupPrimary({ exec });
  let started = false;
  let stopping = false;
  const backoff = new Backoff();
  const replacements = new Set<NodeJS.Timeout>();
  const live = () => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => !!worker);
  answerMetricsRequests();
  relayCacheClears(live);

  let failStart: (error: Error) => void = () => {};
  const allListening = new Promise<void>((resolve, reject) => {
    failStart = reject;
    let listening = 0;
    cluster.on('listening', (worker) => {
      logger.info(`worker ${worker.id} (pid ${worker.process.pid}) listening`);
      if (!started && ++listening === count) {
        started = true;
        resolve();
      }
    });
  });

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const how = signal ? `killed by ${signal}` : `exit code ${code}`;
    if (!started) {
      failStart(
        new WorkerStartupError(
          `Worker ${worker.id} exited before it listened (${how}); its reason is above.`,
        ),
      );
      return;
    }
    const delayMs = backoff.next();
    logger.error(
      { worker: worker.id, pid: worker.process.pid, code, signal },
      `worker ${worker.id} died (${how}); replacing it in ${delayMs} ms`,
    );
    const timer = setTimeout(() => {
      replacements.delete(timer);
      cluster.fork(env);
    }, delayMs);
    replacements.add(timer);
  });

  const pool: WorkerPool = {
    workers: live,
    stop: async (signal) => {
      stopping = true;
      for (const timer of replacements) clearTimeout(timer);
      const workers = live();
      logger.info(`${signal}: draining ${workers.length} workers`);
      await Promise.all(
        workers.map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve();
              const killed = setTimeout(() => {
                logger.error(`worker ${worker.id} did not stop within ${stopTimeoutMs} ms; killing it`);
                worker.process.kill('SIGKILL');
              }, stopTimeoutMs);
              worker.once('exit', () => {
                clearTimeout(killed);
                resolve();
              });
              worker.process.kill(signal);
            }),
        ),
      );
      logger.info('all workers stopped');
    },
  };

  for (let i = 0; i < count; i++) cluster.fork(env);
  try {
    await allListening;
  } catch (error) {
    await pool.stop('SIGTERM');
    throw error;
  }
  return pool;
}

/** The primary side of /metrics: a worker asks, the primary gathers every worker's metrics and sums them. */
function answerMetricsRequests(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage<MetricsRequest>(message, METRICS_REQUEST)) return;
    const answer = (fields: Pick<MetricsAnswer, 'text' | 'error'>) => {
      // The asking worker may have died meanwhile; then nobody waits for the answer.
      if (worker.isConnected()) worker.send({ type: METRICS_ANSWER, id: message.id, ...fields });
    };
    aggregator.clusterMetrics().then(
      (text) => answer({ text }),
      (error: unknown) => answer({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/** A worker that wrote has emptied its response cache; the others empty theirs, so no worker serves the old graph. */
function relayCacheClears(live: () => Worker[]): void {
  cluster.on('message', (from, message: unknown) => {
    if (!isMessage<CacheCleared>(message, CACHE_CLEARED)) return;
    for (const worker of live())
      if (worker !== from && worker.isConnected())
        worker.send({ type: CACHE_CLEARED } satisfies CacheCleared);
  });
}

/**
 * The worker side of the response cache: a write here is announced to the primary, which tells the
 * other workers. Between the commit and their clear lies one IPC hop (well under a millisecond), in
 * which another worker may still answer a read from its cache.
 */
function sharedCache(cache: ResponseCache): void {
  cache.onWrite(() => process.send?.({ type: CACHE_CLEARED } satisfies CacheCleared));
  process.on('message', (message: unknown) => {
    if (isMessage<CacheCleared>(message, CACHE_CLEARED)) cache.clear();
  });
}

/**
 * The worker side: hands this worker's registry to prom-client's aggregation, and answers /metrics
 * with the whole cluster's metrics, which only the primary can gather.
 */
function sharedMetrics(): SharedMetrics {
  const waiting = new Map<number, { resolve(text: string): void; reject(error: Error): void }>();
  let nextId = 0;
  process.on('message', (message: unknown) => {
    if (!isMessage<MetricsAnswer>(message, METRICS_ANSWER)) return;
    const request = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.text !== undefined) request?.resolve(message.text);
    else request?.reject(new Error(`the primary could not gather the metrics: ${message.error}`));
  });
  return {
    share: (registry) => {
      AggregatorRegistry.setRegistries(registry);
      // Constructing one installs prom-client's listener for the primary's requests in this worker.
      new AggregatorRegistry();
    },
    text: () =>
      new Promise<string>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`the primary did not answer with the metrics within ${METRICS_TIMEOUT_MS} ms`));
        }, METRICS_TIMEOUT_MS);
        waiting.set(id, {
          resolve: (text) => {
            clearTimeout(timer);
            resolve(text);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        process.send?.({ type: METRICS_REQUEST, id } satisfies MetricsRequest);
      }),
  };
}

/** A worker's life: reach the primary's Neo4j, serve HTTP, drain on SIGTERM (from the primary or the terminal). */
export async function runWorker(config: Config, primaryLogger: Logger): Promise<void> {
  // Every line says which worker wrote it.
  const logger = primaryLogger.child({ worker: cluster.worker?.id });
  if (config.neo4j.mode !== 'external')
    throw new Error('A cluster worker needs the Neo4j URI from its primary (src/process/cluster.ts).');
  const neo4j = await connect(config, logger);
  const serving = await serveHttp(neo4j, config, logger, {
    sharedMetrics: sharedMetrics(),
    sharedCache,
  }).catch(async (error: unknown) => {
    await neo4j.close();
    throw error;
  });
  onShutdownSignal(async (signal) => {
    await serving.stop(signal);
    await neo4j.close();
    process.exit(0);
  });
}
