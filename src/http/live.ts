import type { Driver } from 'neo4j-driver';
import { ChangeLogRepository } from '../graph/change-log.ts';
import type { Logger } from '../logger.ts';
import { Executor } from '../neo4j/executor.ts';
import { ChangeFeed, type ChangeFeedSettings } from './change-feed.ts';
import { ChangeStreams, type StreamSettings } from './change-streams.ts';
import type { ResponseCache } from './response-cache.ts';

/**
 * The live graph of one server: the feed that follows the change log (and empties this instance's
 * response cache when another instance writes), and the subscription streams it serves.
 */

export type LiveSettings = ChangeFeedSettings & StreamSettings;

/** Four reads a second: a write elsewhere shows here within about 250 ms plus one read. */
export const DEFAULT_LIVE_SETTINGS: LiveSettings = {
  pollIntervalMs: 250,
  maxSubscriptions: 1_000,
  maxSubscriptionsPerClient: 20,
};

/** Each read of the log is one index seek; one that takes longer than this is given up and retried. */
const FEED_READ_TIMEOUT_MS = 2_000;

export interface Live {
  feed: ChangeFeed;
  streams: ChangeStreams;
  /** Starts following the log (serveHttp does, so the cache bound holds without any subscriber). */
  start(): Promise<number>;
  /** Ends every stream with SHUTTING_DOWN and stops following. */
  stop(reason: string): void;
}

export function createLive(
  driver: Driver,
  database: string,
  settings: LiveSettings,
  responseCache: ResponseCache,
  logger: Logger,
): Live {
  const log = () =>
    new ChangeLogRepository(new Executor(driver, database, { timeoutMs: FEED_READ_TIMEOUT_MS }));
  const feed = new ChangeFeed(log, settings, logger, () => responseCache.clear());
  const streams = new ChangeStreams(feed, log, settings);
  return {
    feed,
    streams,
    start: () => feed.start(),
    stop: (reason) => {
      streams.close(reason);
      feed.stop();
    },
  };
}
