import { type AuthSettings, type Viewer, viewerOf } from './auth.ts';
import { Loaders } from './graph/loaders.ts';
import { Repositories } from './graph/repositories.ts';
import type { Executor } from './neo4j/executor.ts';

/** What every resolver sees: who is asking, the request's repositories (they own the Cypher) and loaders. */
export interface Context {
  viewer: Viewer | undefined;
  auth: AuthSettings;
  repos: Repositories;
  loaders: Loaders;
}

export function createContext(executor: Executor, auth: AuthSettings, request?: Request): Context {
  const repos = new Repositories(executor);
  return {
    viewer: request ? viewerOf(request, auth) : undefined,
    auth,
    repos,
    loaders: new Loaders(repos),
  };
}
