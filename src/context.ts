import { Loaders } from './graph/loaders.ts';
import { Repositories } from './graph/repositories.ts';
import { type AuthSettings, type Viewer, viewerOf } from './http/auth.ts';
import type { Executor } from './neo4j/executor.ts';

/** What every resolver sees: who is asking, the request's repositories (they own the Cypher) and loaders. */
export interface Context {
  viewer: Viewer | undefined;
  auth: AuthSettings;
  repos: Repositories;
  loaders: Loaders;
  /** The GraphQL operation being run, once known: it tags the request's transactions. */
  operation: { name: string | undefined };
}

export function createContext(
  executor: Executor,
  auth: AuthSettings,
  request?: Request,
  operation: Context['operation'] = { name: undefined },
): Context {
  const repos = new Repositories(executor);
  return {
    viewer: request ? viewerOf(request, auth) : undefined,
    auth,
    repos,
    loaders: new Loaders(repos),
    operation,
  };
}
