import { rmSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { applyConstraints, wipeGraph } from '../../src/neo4j/constraints.ts';
import { Executor } from '../../src/neo4j/executor.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/neo4j/local-server.ts';
import { loadTestTarget } from './test-env.ts';

export interface TestNeo4j {
  uri: string;
  username: string;
  password: string;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

interface Shared {
  neo4j: Promise<{ connection: TestNeo4j; teardown: () => Promise<void> }>;
  users: number;
}
/**
 * Vitest runs the global setup of each project in the run (integration, e2e) in this one process, each
 * loading this file anew: the first starts Neo4j, the others share it, the last teardown stops it.
 */
const SHARED = Symbol.for('qianjiang-kg.test-neo4j');
const registry = globalThis as typeof globalThis & { [SHARED]?: Shared };

/**
 * One real Neo4j for the whole run: NEO4J_URI_TEST if set (its `neo4j` database is wiped), otherwise
 * a managed instance on its own port and folder (.neo4j/test-<port>, recreated each run), stopped afterwards.
 */
export default async function setup(project: TestProject) {
  registry[SHARED] ??= { neo4j: start(), users: 0 };
  const shared = registry[SHARED];
  shared.users += 1;
  const { connection } = await shared.neo4j;
  project.provide('neo4j', connection);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    delete registry[SHARED];
    await (await shared.neo4j).teardown();
  };
}

async function start(): Promise<{ connection: TestNeo4j; teardown: () => Promise<void> }> {
  const target = loadTestTarget();
  const log = (message: string) => console.log(`[test neo4j] ${message}`);
  let teardown = async () => {};
  let connection: Omit<TestNeo4j, 'database'>;
  if (target.mode === 'external') {
    connection = target;
  } else {
    await stopLocalNeo4j(target.local.dir, log);
    rmSync(target.local.dir, { recursive: true, force: true });
    const started = await startLocalNeo4j(target.local, log);
    connection = started;
    teardown = async () => {
      await stopLocalNeo4j(target.local.dir, log);
    };
  }
  const database = 'neo4j';
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password));
  try {
    const executor = Executor.forBatchWork(driver, database);
    await wipeGraph(executor);
    await applyConstraints(executor);
  } finally {
    await driver.close();
  }
  return { connection: { ...connection, database }, teardown };
}
