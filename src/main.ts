import { createServer as createHttpServer } from 'node:http';
import { ConfigError, loadConfig } from './config.ts';
import { exitOnFailure } from './exit.ts';
import { createLogger } from './logger.ts';
import { connect } from './neo4j/connect.ts';
import { applyConstraints } from './neo4j/constraints.ts';
import { Executor } from './neo4j/executor.ts';
import { describeReport, seedIfEmpty } from './seed/load.ts';
import { createServer } from './server.ts';
import { warmUp } from './warm-up.ts';

/** Entry point: config -> Neo4j (managed or external) -> schema and seed -> HTTP; drains on SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const neo4j = await connect(config, logger);

  const http = await (async () => {
    try {
      const setUp = Executor.forBatchWork(neo4j.driver, neo4j.database);
      const statements = await applyConstraints(setUp);
      logger.info(`constraints and indexes applied (${statements} statements)`);
      if (config.seedOnStart === 'if-empty') {
        const report = await seedIfEmpty(setUp);
        logger.info(
          report ? `seed loaded: ${describeReport(report)}` : 'knowledge graph present; seed not loaded',
        );
      }
      const server = createServer({
        driver: neo4j.driver,
        database: neo4j.database,
        logger,
        auth: config.auth,
        limits: config.limits,
        http: config.http,
      });
      // Before listening, so the first requests find Neo4j's plans cached (src/warm-up.ts).
      await warmUp(new Executor(neo4j.driver, neo4j.database), config.auth, logger);
      const http = createHttpServer(server.listener);
      await new Promise<void>((resolve, reject) => {
        http.once('error', (error: NodeJS.ErrnoException) =>
          reject(
            error.code === 'EADDRINUSE' || error.code === 'EADDRNOTAVAIL'
              ? new ConfigError(
                  `PORT=${config.port} / HOST=${config.host}: cannot listen there (${error.code}).`,
                )
              : error,
          ),
        );
        http.listen(config.port, config.host, resolve);
      });
      return { http, server };
    } catch (error) {
      await neo4j.close();
      throw error;
    }
  })();

  const shownHost = ['127.0.0.1', '0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
  logger.info(`GraphQL API and playground on http://${shownHost}:${config.port}/graphql`);
  logger.info(`Relationship explorer on http://${shownHost}:${config.port}/explorer/`);

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info(`${signal}: draining in-flight requests`);
    http.server.drain();
    // /ready now answers 503; give load balancers time to notice before refusing connections.
    await new Promise((resolve) => setTimeout(resolve, config.shutdownDrainDelayMs));
    // close() stops accepting and waits for in-flight requests; stragglers are cut after the timeout.
    const forced = setTimeout(() => http.http.closeAllConnections(), config.shutdownTimeoutMs).unref();
    await new Promise<void>((resolve) => http.http.close(() => resolve()));
    clearTimeout(forced);
    logger.info('HTTP server closed');
    await neo4j.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch(exitOnFailure);
