import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import type { ResponseCache } from '../http/response-cache.ts';
import type { SharedMetrics } from './serve.ts';

/**
 * The messages between the cluster's primary and its workers, both sides of each: a worker asks for
 * the whole cluster's metrics and the primary answers; a worker that wrote announces it has cleared
 * its response cache and the primary tells the others.
 */

const METRICS_REQUEST = 'qianjiang-kg:metrics-request';
const METRICS_ANSWER = 'qianjiang-kg:metrics-answer';
const CACHE_CLEARED = 'qianjiang-kg:cache-cleared';
/** prom-client gives up on a silent worker after 5 s; a worker waits that long and a little more. */
const METRICS_TIMEOUT_MS = 6_000;

interface MetricsRequest {
  type: typeof METRICS_REQUEST;
  id: number;
}
interface MetricsAnswer {
  type: typeof METRICS_ANSWER;
  id: number;
  text?: string;
  error?: string;
}

interface CacheCleared {
  type: typeof CACHE_CLEARED;
}

const isMessage = <T extends { type: string }>(message: unknown, type: T['type']): message is T =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;

/** The primary side of /metrics: a worker asks, the primary gathers every worker's metrics and sums them. */
export function answerMetricsRequests(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on('message', (worker, message: unknown) => {
    if (!isMessage<MetricsRequest>(message, METRICS_REQUEST)) return;
    const answer = (fields: Pick<MetricsAnswer, 'text' | 'error'>) => {
      // The asking worker may have died meanwhile; then nobody waits for the answer.
      if (worker.isConnected()) worker.send({ type: METRICS_ANSWER, id: message.id, ...fields });
    };
    aggregator.clusterMetrics().then(
      (text) => answer({ text }),
      (error: unknown) => answer({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

/** A worker that wrote has emptied its response cache; the others empty theirs, so no worker serves the old graph. */
export function relayCacheClears(live: () => Worker[]): void {
  cluster.on('message', (from, message: unknown) => {
    if (!isMessage<CacheCleared>(message, CACHE_CLEARED)) return;
    for (const worker of live())
      if (worker !== from && worker.isConnected())
        worker.send({ type: CACHE_CLEARED } satisfies CacheCleared);
  });
}

/**
 * The worker side of the response cache: a write here is announced to the primary, which tells the
 * other workers. Between the commit and their clear lies one IPC hop (well under a millisecond), in
 * which another worker may still answer a read from its cache.
 */
export function sharedCache(cache: ResponseCache): void {
  cache.onWrite(() => process.send?.({ type: CACHE_CLEARED } satisfies CacheCleared));
  process.on('message', (message: unknown) => {
    if (isMessage<CacheCleared>(message, CACHE_CLEARED)) cache.clear();
  });
}

/**
 * The worker side: hands this worker's registry to prom-client's aggregation, and answers /metrics
 * with the whole cluster's metrics, which only the primary can gather.
 */
export function sharedMetrics(): SharedMetrics {
  const waiting = new Map<number, { resolve(text: string): void; reject(error: Error): void }>();
  let nextId = 0;
  process.on('message', (message: unknown) => {
    if (!isMessage<MetricsAnswer>(message, METRICS_ANSWER)) return;
    const request = waiting.get(message.id);
    waiting.delete(message.id);
    if (message.text !== undefined) request?.resolve(message.text);
    else request?.reject(new Error(`the primary could not gather the metrics: ${message.error}`));
  });
  return {
    share: (registry) => {
      AggregatorRegistry.setRegistries(registry);
      // Constructing one installs prom-client's listener for the primary's requests in this worker.
      new AggregatorRegistry();
    },
    text: () =>
      new Promise<string>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          waiting.delete(id);
          reject(new Error(`the primary did not answer with the metrics within ${METRICS_TIMEOUT_MS} ms`));
        }, METRICS_TIMEOUT_MS);
        waiting.set(id, {
          resolve: (text) => {
            clearTimeout(timer);
            resolve(text);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        process.send?.({ type: METRICS_REQUEST, id } satisfies MetricsRequest);
      }),
  };
}
