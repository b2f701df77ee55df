import type { Driver } from 'neo4j-driver';
import { Loaders } from './graph/loaders.ts';
import { Repositories } from './graph/repositories.ts';
import { Executor } from './neo4j/executor.ts';

/** What every resolver sees: the request's repositories (they own the Cypher) and their batching loaders. */
export interface Context {
  repos: Repositories;
  loaders: Loaders;
}

export function createContext(driver: Driver, database: string): Context {
  const repos = new Repositories(new Executor(driver, database));
  return { repos, loaders: new Loaders(repos) };
}
