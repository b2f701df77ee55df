import { Loaders } from './graph/loaders.ts';
import { Repositories } from './graph/repositories.ts';
import type { Executor } from './neo4j/executor.ts';

export type Role = 'editor' | 'reader';

/** Who is asking, as src/http/auth.ts resolved their token. */
export interface Viewer {
  /** Who made a change, as recorded in history: the token's name. */
  name: string;
  role: Role;
}

/** What decides a request's rights: its viewer, and whether reads need a token at all (KG_PUBLIC_READS). */
export interface Access {
  viewer: Viewer | undefined;
  publicReads: boolean;
}

/** What every resolver sees: who is asking, the request's repositories (they own the Cypher) and loaders. */
export interface Context extends Access {
  repos: Repositories;
  loaders: Loaders;
  /** The GraphQL operation being run, once known: it tags the request's transactions. */
  operation: { name: string | undefined };
}

export function createContext(
  executor: Executor,
  access: Access,
  operation: Context['operation'] = { name: undefined },
): Context {
  const repos = new Repositories(executor);
  return { ...access, repos, loaders: new Loaders(repos), operation };
}
