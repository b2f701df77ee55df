import type { ChangeRow } from './graph/change-log.ts';
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

/** The committed changes as they happen, for subscriptions (src/http/change-streams.ts). */
export interface LiveChanges {
  /** Every change after `afterSeq` (or from now), in order and once; `client` counts against its cap. */
  changes(client: string, afterSeq: number | undefined): AsyncIterableIterator<ChangeRow>;
}

/** What every resolver sees: who is asking, the request's repositories (they own the Cypher) and loaders. */
export interface Context extends Access {
  repos: Repositories;
  loaders: Loaders;
  /** The GraphQL operation being run, once known: it tags the request's transactions. */
  operation: { name: string | undefined };
  /** Who counts against the subscription caps: the token's name, else the client's address. */
  client: string;
  /** Where subscriptions come from; absent where the server follows no change log. */
  live?: LiveChanges;
  /**
   * Fresh repositories and loaders, with a new deadline: a subscription resolves each event in the
   * context it started with, and must not read the previous event's cached rows.
   */
  renew(this: Context): void;
}

export function createContext(
  executor: Executor,
  access: Access,
  operation: Context['operation'] = { name: undefined },
  options: { client?: string; live?: LiveChanges; newExecutor?: () => Executor } = {},
): Context {
  const repos = new Repositories(executor);
  return {
    ...access,
    repos,
    loaders: new Loaders(repos),
    operation,
    client: options.client ?? access.viewer?.name ?? 'anonymous',
    live: options.live,
    // On `this`: yoga copies these fields into a context object of its own, which resolvers get.
    renew(this: Context) {
      this.repos = new Repositories(options.newExecutor?.() ?? executor);
      this.loaders = new Loaders(this.repos);
    },
  };
}
