import { createHash } from 'node:crypto';
import {
  type CacheEntityRecord,
  createInMemoryCache,
  defaultBuildResponseCacheKey,
} from '@envelop/response-cache';
import { useResponseCache } from '@graphql-yoga/plugin-response-cache';
import type { ExecutionResult } from 'graphql';
import { getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { type AuthSettings, viewerOf } from './auth.ts';

/**
 * The server-side response cache and the HTTP caching headers of reads.
 *
 * Identical reads (same document, variables and role) are answered from memory. Every mutation
 * empties the cache once it has committed: in a graph, one new relationship or alias changes
 * neighbourhoods, searches, paths and counts that name other entities, so invalidating only the
 * entities a mutation returns would leave stale answers. Reads are many and edits rare, so this
 * costs little. The cache is per process; writes of other instances reach it through the change
 * feed (./change-feed.ts), which empties it.
 */

/** From HTTP_CACHE_MAX_AGE, RESPONSE_CACHE_TTL_MS and RESPONSE_CACHE_MAX_ENTRIES (src/process/config.ts). */
export interface ResponseCacheSettings {
  /** `max-age` of reads over GET, in seconds. */
  cacheMaxAgeSeconds: number;
  /** How long the server keeps an identical read's answer; 0 turns the response cache off. */
  responseCacheTtlMs: number;
  responseCacheMaxEntries: number;
}

/** The defaults: browsers revalidate every GET read; the server keeps up to 1,000 answers for a minute. */
export const DEFAULT_RESPONSE_CACHE_SETTINGS: ResponseCacheSettings = {
  cacheMaxAgeSeconds: 0,
  responseCacheTtlMs: 60_000,
  responseCacheMaxEntries: 1_000,
};

/**
 * An in-memory cache that can be emptied at once. Each key carries the generation it was issued
 * in; a read that began before a mutation committed may finish after `clear()`, and its answer,
 * computed from the old graph, is then not stored.
 */
export class ResponseCache {
  private entries;
  private generation = 0;
  private readonly issued = new Map<string, number>();

  constructor(private readonly maxEntries: number) {
    this.entries = createInMemoryCache({ max: maxEntries });
  }

  /** A cache key (also the ETag, hence quoted) for a read in the current generation. */
  async keyFor(params: Parameters<typeof defaultBuildResponseCacheKey>[0]): Promise<string> {
    const base = await defaultBuildResponseCacheKey(params);
    const key = `"${createHash('sha256').update(`${this.generation}:${base}`).digest('base64url')}"`;
    if (this.issued.size >= this.maxEntries * 4) this.issued.clear(); // bounds memory; at worst one answer goes uncached
    this.issued.set(key, this.generation);
    return key;
  }

  get(key: string) {
    return this.entries.get(key);
  }

  set(key: string, result: ExecutionResult, entities: Iterable<CacheEntityRecord>, ttl: number) {
    if (this.issued.get(key) !== this.generation) return;
    return this.entries.set(key, result, entities, ttl);
  }

  invalidate(entities: Iterable<CacheEntityRecord>) {
    return this.entries.invalidate(entities);
  }

  private readonly writeListeners: (() => void)[] = [];

  /** Runs `listener` after every mutation that wrote here (src/process/cluster-ipc.ts tells the other workers). */
  onWrite(listener: () => void): void {
    this.writeListeners.push(listener);
  }

  /** Forgets every answer after a mutation of this process, and says so to whoever listens. */
  clearAfterWrite(): void {
    this.clear();
    for (const listener of this.writeListeners) listener();
  }

  /** Forgets every answer, e.g. after a mutation or a reload of the graph behind the server's back. */
  clear(): void {
    this.generation += 1;
    this.issued.clear();
    this.entries = createInMemoryCache({ max: this.maxEntries });
  }
}

/** The yoga plugins: the response cache (when its TTL is above 0) and the Cache-Control header. */
export function responseCachePlugins(
  settings: ResponseCacheSettings,
  auth: AuthSettings,
  cache: ResponseCache,
  graphqlEndpoint: string,
): Plugin[] {
  const plugins: Plugin[] = [cacheControlPlugin(settings, auth, graphqlEndpoint)];
  if (settings.responseCacheTtlMs > 0) {
    plugins.push(
      useResponseCache({
        cache,
        ttl: settings.responseCacheTtlMs,
        // Answers differ by role (editors may read more), never by which token of a role was used;
        // and by endpoint, since /graphql and /subgraph share the cache but not their schema.
        session: (request) => `${graphqlEndpoint} ${viewerOf(request, auth)?.role ?? 'anonymous'}`,
        buildResponseCacheKey: (params) => cache.keyFor(params),
        includeExtensionMetadata: false,
        // Mutations clear everything (below), so the plugin need not track entities: adding `id` to
        // every selection would cost resolver work and count against each operation's complexity.
        idFields: [],
        invalidateViaMutation: false,
        // A deferred answer (@defer, @stream) is merged and kept once its last part has come, only
        // when no part had an error; a hit answers it whole, in one part (docs/api.md).
      }),
      clearOnMutationPlugin(cache),
    );
  }
  return plugins;
}

function isMutation(document: Parameters<typeof getOperationAST>[0], operationName?: string | null): boolean {
  return getOperationAST(document, operationName)?.operation === 'mutation';
}

/** Whether a mutation committed anything: each mutation field commits alone and answers null when it fails. */
const committedSomething = (result: ExecutionResult) =>
  Object.values(result.data ?? {}).some((payload) => payload !== null && payload !== undefined);

/** Empties the cache after a mutation that wrote; refused ones (no token, bad input) leave it, so they cannot flush it. */
function clearOnMutationPlugin(cache: ResponseCache): Plugin {
  return {
    onExecute({ args }) {
      if (!isMutation(args.document, args.operationName)) return;
      return {
        onExecuteDone: ({ result }) => {
          if (!isAsyncIterable(result)) {
            if (committedSomething(result)) cache.clearAfterWrite();
            return;
          }
          // @defer inside a mutation's payload: the root fields, which say what committed, come in
          // the first part (the parts after it have no `data` of their own).
          return {
            onNext: ({ result: part }) => {
              if (part.data !== undefined && committedSomething(part)) cache.clearAfterWrite();
            },
          };
        },
      };
    },
  };
}

/**
 * Reads over GET may be kept by browsers and CDNs: `public` for anonymous reads when reads are
 * public, `private` otherwise, for HTTP_CACHE_MAX_AGE seconds (0: keep, but revalidate each time
 * with the ETag). Everything else (POST, mutations, errors) is `no-store`.
 */
function cacheControlPlugin(
  settings: ResponseCacheSettings,
  auth: AuthSettings,
  graphqlEndpoint: string,
): Plugin {
  const failed = new WeakSet<Request>();
  const maxAge =
    settings.cacheMaxAgeSeconds > 0 ? `max-age=${settings.cacheMaxAgeSeconds}` : 'max-age=0, must-revalidate';
  return {
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      return {
        onExecuteDone({ result }) {
          if (request && (result as ExecutionResult).errors?.length) failed.add(request);
        },
      };
    },
    onResponse({ request, response }) {
      if (new URL(request.url).pathname !== graphqlEndpoint) return;
      const type = response.headers.get('content-type') ?? '';
      // Incremental delivery (@defer, @stream) in parts: never kept by a browser or a CDN, even when
      // a cache hit gives the response an ETag (yoga's text/event-stream says no-cache already).
      if (type.startsWith('multipart/mixed')) {
        response.headers.set('Cache-Control', 'no-store');
        return;
      }
      if (!/json/.test(type) && response.status !== 304) return;
      response.headers.set('Vary', 'Accept, Authorization, Origin');
      const cacheable =
        request.method === 'GET' &&
        (response.status === 200 || response.status === 304) &&
        !failed.has(request);
      if (!cacheable) {
        response.headers.set('Cache-Control', 'no-store');
        return;
      }
      const shared = auth.publicReads && !request.headers.has('authorization');
      response.headers.set('Cache-Control', `${shared ? 'public' : 'private'}, ${maxAge}`);
    },
  };
}
