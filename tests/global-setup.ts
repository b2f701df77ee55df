import { rmSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { applyConstraints, wipeGraph } from '../src/neo4j/constraints.ts';
import { Executor } from '../src/neo4j/executor.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/neo4j/local-server.ts';
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

/**
 * One real Neo4j for the whole run: NEO4J_URI_TEST if set (its `neo4j` database is wiped), otherwise
 * a managed instance on its own port and folder (.neo4j/test, recreated each run), stopped afterwards.
 */
export default async function setup(project: TestProject) {
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
  project.provide('neo4j', { ...connection, database });
  return teardown;
}
