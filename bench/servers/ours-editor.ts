/**
 * Ours for the write section (bench/writes.ts): the real server as servers/ours.ts runs it, but with
 * one editor (BENCH_EDITOR_TOKEN) and the default HTTP settings, response cache on, since emptying
 * that cache after each commit is part of what a write costs in production.
 */

import { createServer, DEFAULT_HTTP_SETTINGS } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { createDriver } from '../../src/neo4j/driver.ts';
import { childEnv, serveChild } from './child.ts';

const env = childEnv();
const token = process.env.BENCH_EDITOR_TOKEN;
if (!token) throw new Error('BENCH_EDITOR_TOKEN missing');
const driver = createDriver({ uri: env.uri, username: env.username, password: env.password });
const server = createServer({
  driver,
  database: env.database,
  logger: createLogger('silent'),
  auth: { editors: [{ name: 'bench', token }], readers: [], publicReads: true },
  http: DEFAULT_HTTP_SETTINGS,
});
await serveChild(env, server.listener, () => driver.close());
