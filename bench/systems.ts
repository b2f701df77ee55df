import { type ChildProcess, fork, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fromRoot } from '../src/project-root.ts';
import type { BenchDb } from './neo4j.ts';
import type { ChildStats } from './servers/child.ts';
import type { System } from './shapes.ts';

/** Starts and talks to the benchmarked servers, each in its own child process. */

// BENCH_SERVER_PORT moves all four (ours, peer, floor on it and the next two; the federation section's
// gateway on the third after it), so benches can run side by side.
const BASE_PORT = Number(process.env.BENCH_SERVER_PORT ?? 4301);
export const PORTS: Record<System, number> = { ours: BASE_PORT, peer: BASE_PORT + 1, floor: BASE_PORT + 2 };
export const GATEWAY_PORT = BASE_PORT + 3;

export interface Running extends ServerProcess {
  system: System;
}

/**
 * Compiles the benchmarked servers to dist/bench/ when their sources changed (scripts/build-if-stale.mjs),
 * so all three run as plain JavaScript: under tsx, every Error's stack is source-mapped, which the
 * driver pays on each query, and the figures would not be those of `npm start`.
 */
let built = false;
function buildBenchServers(): void {
  if (built) return;
  built = true;
  const result = spawnSync(process.execPath, [fromRoot('scripts', 'build-if-stale.mjs'), 'bench'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('could not compile the benchmarked servers (see above)');
}

export interface StartOptions {
  /** Ours only: keep the response cache on (the defaults); off unless a section measures the cache itself. */
  responseCache?: boolean;
  /** Ours only: more than 1 runs it as that many node:cluster workers (servers/ours-workers.ts). */
  workers?: number;
  /** Ours only: also serve the federation subgraph at /subgraph (servers/ours.ts). */
  subgraph?: boolean;
}

export async function startSystem(system: System, db: BenchDb, options: StartOptions = {}): Promise<Running> {
  const workers = system === 'ours' ? (options.workers ?? 1) : 1;
  const server = await startServer(workers > 1 ? 'ours-workers' : system, PORTS[system], db, {
    BENCH_RESPONSE_CACHE: options.responseCache ? 'on' : 'off',
    BENCH_WORKERS: String(workers),
    BENCH_FEDERATION: options.subgraph ? 'on' : 'off',
  });
  return { system, ...server };
}

/** A benchmarked server in its own process, as the harness talks to it (servers/child.ts). */
export interface ServerProcess {
  port: number;
  child: ChildProcess;
  stats(): Promise<ChildStats>;
  stop(): Promise<void>;
}

/**
 * Forks `dist/bench/servers/<name>.js` (compiled by buildBenchServers(): plain node, as `npm start`
 * runs ours, never tsx) on `port` against the bench Neo4j `db`, and waits until it listens.
 */
export async function startServer(
  name: string,
  port: number,
  db: BenchDb,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  buildBenchServers();
  const child = fork(fromRoot('dist', 'bench', 'servers', `${name}.js`), [], {
    execArgv: [],
    env: {
      ...process.env,
      BENCH_NEO4J_URI: db.uri,
      BENCH_NEO4J_USERNAME: db.username,
      BENCH_NEO4J_PASSWORD: db.password,
      BENCH_PORT: String(port),
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(() => {
      throw new Error(`${name} server exited during start-up`);
    }),
  ])) as [{ type: string }];
  if (message.type !== 'ready') throw new Error(`${name} server did not start`);
  return {
    port,
    child,
    stats: async () => {
      child.send({ type: 'stats' });
      const [reply] = (await once(child, 'message')) as [{ stats: ChildStats }];
      return reply.stats;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.send({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await once(child, 'exit');
      clearTimeout(timer);
    },
  };
}

/** POSTs or GETs one request and returns the parsed `data` (throws on errors). */
export async function fetchData(port: number, request: { method: string; path: string; body?: string }) {
  const response = await fetch(`http://127.0.0.1:${port}${request.path}`, {
    method: request.method,
    headers: request.body ? { 'content-type': 'application/json' } : {},
    body: request.body,
  });
  const json = (await response.json()) as { data?: unknown; errors?: unknown; error?: unknown };
  if (!response.ok || json.errors || json.error)
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(json.errors ?? json.error).slice(0, 500)}`);
  return json.data;
}
