import { createServer as createHttpServer } from 'node:http';
import type { Registry } from 'prom-client';
import { ExpectedFailure } from '../errors.ts';
import type { ResponseCache } from '../http/response-cache.ts';
import { createServer } from '../http/server.ts';
import type { Logger } from '../logger.ts';
import type { Connected } from '../neo4j/connect.ts';
import { applyConstraints } from '../neo4j/constraints.ts';
import { Executor } from '../neo4j/executor.ts';
import { describeReport, seedIfEmpty } from '../seed/load.ts';
import type { Config } from './config.ts';
import { WarmUp } from './warm-up.ts';

/**
 * The steps of start-up and shutdown that src/main.ts runs in one process and src/process/supervisor.ts splits
 * between the primary (the database, once) and its workers (HTTP, each).
 */

/** Constraints, indexes and, when SEED_ON_START allows, the seed: once per start, whatever serves. */
export async function prepareDatabase(neo4j: Connected, config: Config, logger: Logger): Promise<void> {
  const setUp = Executor.forBatchWork(neo4j.driver, neo4j.database);
  const statements = await applyConstraints(setUp);
  logger.info(`constraints and indexes applied (${statements} statements)`);
  if (config.seedOnStart === 'if-empty') {
    const report = await seedIfEmpty(setUp);
    logger.info(
      report ? `seed loaded: ${describeReport(report)}` : 'knowledge graph present; seed not loaded',
    );
  }
}

/** How a cluster worker's /metrics answers for the whole cluster (src/process/cluster-ipc.ts). */
export interface SharedMetrics {
  /** Offers this process's registry to the primary, which sums every worker's. */
  share(registry: Registry): void;
  /** What /metrics answers: the sum, gathered by the primary. */
  text(): Promise<string>;
}

export interface ServeOptions {
  /** Default: /metrics answers with this process's own metrics. */
  sharedMetrics?: SharedMetrics;
  /** Links this process's response cache to the other workers', so a write here empties theirs too. */
  sharedCache?: (cache: ResponseCache) => void;
}

export interface Serving {
  /** Drains: /ready 503, then stop accepting, finish in-flight requests (cut after the timeout). */
  stop(signal: NodeJS.Signals): Promise<void>;
}

/** The HTTP server on PORT / HOST: warmed up, then listening. */
export async function serveHttp(
  neo4j: Connected,
  config: Config,
  logger: Logger,
  options: ServeOptions = {},
): Promise<Serving> {
  const warm = new WarmUp(neo4j.driver, neo4j.database, config.auth, logger);
  const server = createServer({
    driver: neo4j.driver,
    database: neo4j.database,
    logger,
    auth: config.auth,
    limits: config.limits,
    http: config.http,
    metricsText: options.sharedMetrics?.text,
    live: config.live,
    mcp: config.mcp,
    federation: config.federation,
    warmUp: () => warm.again(),
  });
  // Before listening: the primary may ask this worker for its metrics as soon as it takes requests.
  options.sharedMetrics?.share(server.metrics.registry);
  options.sharedCache?.(server.responseCache);
  // Before listening, so the first requests find Neo4j's plans cached (src/process/warm-up.ts).
  // Beside the warm-up, follows the change log from now on: writes of other instances empty this
  // one's response cache. A failure to start is retried by the feed, and must not stop the server.
  await Promise.all([
    warm.reads(),
    server.live
      .start()
      .catch((error: unknown) => logger.warn({ err: error }, 'change feed: not started yet; retrying')),
  ]);
  const http = createHttpServer(server.listener);
  await new Promise<void>((resolve, reject) => {
    http.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE' || error.code === 'EADDRNOTAVAIL'
          ? new ListenError(`PORT=${config.port} / HOST=${config.host}: cannot listen there (${error.code}).`)
          : error,
      ),
    );
    http.listen(config.port, config.host, resolve);
  });
  // Then every kind of edit, rolled back, behind the first requests (src/process/warm-up.ts).
  void warm.edits().catch((error: unknown) => logger.warn({ err: error }, 'warm-up: the edits failed'));

  return {
    stop: async (signal) => {
      logger.info(`${signal}: draining in-flight requests`);
      server.drain();
      // Subscriptions end now with SHUTTING_DOWN and where to resume, so clients move to another instance.
      server.live.stop('shutting down');
      // /ready now answers 503; give load balancers time to notice before refusing connections.
      await new Promise((resolve) => setTimeout(resolve, config.shutdownDrainDelayMs));
      // close() stops accepting and waits for in-flight requests; stragglers are cut after the timeout.
      const forced = setTimeout(() => http.closeAllConnections(), config.shutdownTimeoutMs).unref();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      clearTimeout(forced);
      logger.info('HTTP server closed');
    },
  };
}

/** The port is taken or the host is not this machine's: nothing to do with the configuration's syntax. */
export class ListenError extends ExpectedFailure {
  override name = 'ListenError';
}

/** Where the server answers, as a person would type it. */
export function shownAddress(config: Config): string {
  const host = ['127.0.0.1', '0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
  return `http://${host}:${config.port}`;
}

/** Runs `stop` once on the first SIGTERM or SIGINT (Ctrl-C sends SIGINT to the primary and its workers alike). */
export function onShutdownSignal(stop: (signal: NodeJS.Signals) => Promise<void>): void {
  let stopping = false;
  const handle = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    void stop(signal);
  };
  process.on('SIGTERM', () => handle('SIGTERM'));
  process.on('SIGINT', () => handle('SIGINT'));
}
