import { createServer, type RequestListener } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';

/**
 * What the three benchmarked servers share: they run in their own child process (forked by
 * bench/run.ts), read the Neo4j to use from the environment, listen on 127.0.0.1:BENCH_PORT and
 * answer the harness over IPC with their CPU time and peak memory, so the three are measured alike.
 */

export interface ChildEnv {
  uri: string;
  username: string;
  password: string;
  database: string;
  port: number;
}

export function childEnv(): ChildEnv {
  const { BENCH_NEO4J_URI, BENCH_NEO4J_USERNAME, BENCH_NEO4J_PASSWORD, BENCH_PORT } = process.env;
  if (!BENCH_NEO4J_URI || !BENCH_NEO4J_PASSWORD || !BENCH_PORT)
    throw new Error('BENCH_* environment missing');
  return {
    uri: BENCH_NEO4J_URI,
    username: BENCH_NEO4J_USERNAME ?? 'neo4j',
    password: BENCH_NEO4J_PASSWORD,
    database: 'neo4j',
    port: Number(BENCH_PORT),
  };
}

/** The driver settings every server uses (the ones src/neo4j/driver.ts gives ours). */
export const driverFor = (env: ChildEnv, options: { lossless?: boolean } = {}): Driver =>
  neo4j.driver(env.uri, neo4j.auth.basic(env.username, env.password), {
    disableLosslessIntegers: !options.lossless,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 5_000,
  });

export interface ChildStats {
  cpuMicros: number;
  maxRssBytes: number;
}

export async function serveChild(env: ChildEnv, handler: RequestListener, close: () => Promise<void>) {
  const http = createServer({ keepAliveTimeout: 60_000 }, handler);
  await new Promise<void>((resolve) => http.listen(env.port, '127.0.0.1', resolve));
  process.on('message', (message: { type: string }) => {
    if (message.type === 'stats') {
      const cpu = process.cpuUsage();
      const stats: ChildStats = {
        cpuMicros: cpu.user + cpu.system,
        maxRssBytes: process.resourceUsage().maxRSS * 1024,
      };
      process.send?.({ type: 'stats', stats });
    } else if (message.type === 'stop') {
      http.closeAllConnections();
      http.close();
      void close().then(() => process.exit(0));
    }
  });
  process.send?.({ type: 'ready' });
}
