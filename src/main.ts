import cluster from 'node:cluster';
import { createLogger } from './logger.ts';
import { connect } from './neo4j/connect.ts';
import { loadConfig } from './process/config.ts';
import { exitOnFailure } from './process/exit.ts';
import { onShutdownSignal, prepareDatabase, serveHttp, shownAddress } from './process/serve.ts';
import { startWorkers } from './process/supervisor.ts';
import { runWorker } from './process/worker.ts';

/**
 * Entry point: config -> Neo4j (managed or external) -> schema and seed -> HTTP, in this process
 * or in WEB_CONCURRENCY workers (src/process/supervisor.ts); drains on SIGTERM, then stops the Neo4j it started.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  if (cluster.isWorker) return runWorker(config, logger);
  const neo4j = await connect(config.neo4j, logger);

  const workers = config.webConcurrency;
  const starting = (async () => {
    try {
      await prepareDatabase(neo4j, config, logger);
      if (workers === 1) return await serveHttp(neo4j, config, logger);
      const { uri, username, password } = neo4j.connection;
      return await startWorkers({
        count: workers,
        logger,
        // The workers use the Neo4j this process reached or started, and never start one.
        env: { NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
        // Their own drain, the driver's close, and a margin.
        stopTimeoutMs: config.shutdownDrainDelayMs + config.shutdownTimeoutMs + 5_000,
      });
    } catch (error) {
      await neo4j.close();
      throw error;
    }
  })();
  // Before anything listens: a SIGTERM that comes while the workers start (one of them may answer
  // /ready before the others listen) waits for the start, then stops what started, instead of
  // ending this process by the signal's default.
  onShutdownSignal(async (signal) => {
    const serving = await starting.catch(() => undefined); // a failed start exits on its own
    if (!serving) return;
    await serving.stop(signal);
    await neo4j.close();
    logger.info('stopped');
    process.exit(0);
  });
  await starting;

  const address = shownAddress(config);
  const by = workers === 1 ? '' : ` (${workers} workers)`;
  logger.info(`GraphQL API and playground on ${address}/graphql${by}`);
  logger.info(`Relationship explorer on ${address}/explorer/`);
}

main().catch(exitOnFailure);
