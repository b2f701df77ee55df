import type { Driver } from 'neo4j-driver';
import { Repositories } from './graph/repositories.ts';
import { Executor } from './neo4j/executor.ts';

/** What every resolver sees: the request's repositories (they own the Cypher) and its executor. */
export interface Context {
  executor: Executor;
  repos: Repositories;
}

export function createContext(driver: Driver, database: string): Context {
  const executor = new Executor(driver, database);
  return { executor, repos: new Repositories(executor) };
}
