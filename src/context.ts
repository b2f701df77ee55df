import type { Driver } from 'neo4j-driver';
import { authenticate, type Viewer } from './auth.ts';
import type { AuthSettings } from './config.ts';
import { Loaders } from './graph/loaders.ts';
import { Repositories } from './graph/repositories.ts';
import { Executor } from './neo4j/executor.ts';

/** What every resolver sees: who is asking, the request's repositories (they own the Cypher) and loaders. */
export interface Context {
  viewer: Viewer | undefined;
  auth: AuthSettings;
  repos: Repositories;
  loaders: Loaders;
}

export function createContext(
  driver: Driver,
  database: string,
  auth: AuthSettings,
  request?: Request,
): Context {
  const repos = new Repositories(new Executor(driver, database));
  return {
    viewer: authenticate(request?.headers.get('authorization') ?? null, auth),
    auth,
    repos,
    loaders: new Loaders(repos),
  };
}
