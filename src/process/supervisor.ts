import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../logger.ts';
import { answerMetricsRequests, relayCacheClears } from './cluster-ipc.ts';
import { WorkerStartupError } from './lifecycle.ts';

/**
 * Runs the server as WEB_CONCURRENCY node:cluster workers on one port. The primary serves nothing:
 * it has prepared the database (src/main.ts), forks the workers, replaces one that dies (with
 * back-off), answers their requests for the cluster's metrics, and on SIGTERM drains them all. A
 * worker's own life is src/process/worker.ts; the messages between them, src/process/cluster-ipc.ts.
 */

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
