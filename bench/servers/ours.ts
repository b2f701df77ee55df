/**
 * Ours: the real server (createServer from src/http/server.ts, its whole node:http listener, as
 * src/main.ts serves it), with the default limits and HTTP settings but one: the response cache.
 *
 * The response cache is OFF unless BENCH_RESPONSE_CACHE=on (then: the defaults). The harness cycles
 * through fixed parameter pools, so with the cache on (the default, 60 s) every repeated parameter
 * set would be answered from memory after its first request: we would be timing a hash lookup
 * against the peer's and the floor's real database work, not our GraphQL layer and queries. Only
 * the "response cache" section (bench/cache.ts) turns it on, to measure exactly that difference.
 *
 * BENCH_FEDERATION=on also serves the federation subgraph at /subgraph (off otherwise, as in
 * production by default), for the federation section's gateway (bench/federation.ts).
 */

import { createServer, DEFAULT_HTTP_SETTINGS } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { childEnv, serveChild } from './child.ts';

const env = childEnv();
const driver = createDriver({ uri: env.uri, username: env.username, password: env.password });
const server = createServer({
  driver,
  database: env.database,
  logger: createLogger('silent'),
  federation: { subgraphEnabled: process.env.BENCH_FEDERATION === 'on' },
  http:
    process.env.BENCH_RESPONSE_CACHE === 'on'
      ? DEFAULT_HTTP_SETTINGS
      : { ...DEFAULT_HTTP_SETTINGS, responseCacheTtlMs: 0 },
});
await serveChild(env, server.listener, () => driver.close());
