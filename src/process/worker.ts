import cluster from 'node:cluster';
import type { Logger } from '../logger.ts';
import { connect } from '../neo4j/connect.ts';
import { sharedCache, sharedMetrics } from './cluster-ipc.ts';
import type { Config } from './config.ts';
import { onShutdownSignal, serveHttp } from './serve.ts';

/**
 * A worker of the cluster (src/process/supervisor.ts forks it): the single-process server minus the
 * database set-up. It reaches the primary's Neo4j, warms up, and listens on the port through the
 * primary's shared handle.
 */
/** A worker's life: reach the primary's Neo4j, serve HTTP, drain on SIGTERM (from the primary or the terminal). */
export async function runWorker(config: Config, primaryLogger: Logger): Promise<void> {
  // Every line says which worker wrote it.
  const logger = primaryLogger.child({ worker: cluster.worker?.id });
  if (config.neo4j.mode !== 'external')
    throw new Error('A cluster worker needs the Neo4j URI from its primary (src/process/supervisor.ts).');
  const neo4j = await connect(config.neo4j, logger);
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
