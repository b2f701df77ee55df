/**
 * Ours: the real server (createServer from src/server.ts, its whole node:http listener, as
 * src/main.ts serves it). The only change from the defaults: the operation cost limit is raised
 * (BENCH_MAX_COST, default 100 000), since the default 50 000 refuses shape 6 (cost 75 147).
 */
import { createLogger } from '../../src/logger.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { createServer } from '../../src/server.ts';
import { childEnv, serveChild } from './child.ts';

const env = childEnv();
const driver = createDriver({ uri: env.uri, username: env.username, password: env.password });
const server = createServer({
  driver,
  database: env.database,
  logger: createLogger('silent'),
});
await serveChild(env, server.listener, () => driver.close());
