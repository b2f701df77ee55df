import type { GraphQLError } from 'graphql';
import type { LiveChanges } from '../context.ts';
import { userError } from '../errors.ts';
import type { ChangeRow } from '../graph/change-log.ts';
import type { ChangeFeed, ChangeLogReader } from './change-feed.ts';

/**
 * The streams of the `changes` and `entityChanged` subscriptions: each one every committed change
 * after its start, in order and once, from the change feed; one that resumes after a sequence
 * number first replays the log from Neo4j, then joins the feed without a gap or a repeat (it listens
 * before it replays, and skips what it has already sent). Caps the open streams per client and in
 * all, and ends them all with a reason on shutdown.
 */

/** From LIVE_MAX_SUBSCRIPTIONS and LIVE_MAX_SUBSCRIPTIONS_PER_CLIENT (src/process/config.ts). */
export interface StreamSettings {
  maxSubscriptions: number;
  maxSubscriptionsPerClient: number;
}

/** Changes read per statement while replaying. */
const REPLAY_BATCH = 200;
/** Changes a stream may hold for a client that does not read them; past it, the stream ends. */
const MAX_BACKLOG = 10_000;

interface Open {
  client: string;
  /** Ends the stream with an error the client sees. */
  end(error: GraphQLError): void;
  /** Ends the stream quietly: its client went away. */
  stop(): void;
}

export class ChangeStreams implements LiveChanges {
  private readonly open = new Set<Open>();
  private closing: string | undefined;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly log: () => ChangeLogReader,
    private readonly settings: StreamSettings,
  ) {}

  /** How many streams are open now. */
  get size(): number {
    return this.open.size;
  }

  changes(client: string, afterSeq: number | undefined): AsyncIterableIterator<ChangeRow> {
    this.admit(client);
    const entry: Open = { client, end: () => {}, stop: () => {} };
    this.open.add(entry);
    const stream = this.stream(entry, afterSeq);
    // A generator waiting for the next change would see a return() only once one came: wake it.
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      next: () => stream.next(),
      return: (value?: unknown) => {
        entry.stop();
        return stream.return(value as undefined);
      },
      throw: (error?: unknown) => {
        entry.stop();
        return stream.throw(error);
      },
    } satisfies AsyncIterableIterator<ChangeRow>;
  }

  /** Ends every stream with SHUTTING_DOWN, each telling its client where to resume. */
  close(reason: string): void {
    this.closing = reason;
    for (const entry of this.open) entry.end(shuttingDown(reason));
  }

  private admit(client: string): void {
    if (this.closing) throw shuttingDown(this.closing);
    const { maxSubscriptions, maxSubscriptionsPerClient } = this.settings;
    if (this.open.size >= maxSubscriptions) {
      throw userError(
        'TOO_MANY_SUBSCRIPTIONS',
        `This server has ${maxSubscriptions} subscriptions open, its limit; try again later or another instance.`,
        { limit: maxSubscriptions },
      );
    }
    const mine = [...this.open].filter((entry) => entry.client === client).length;
    if (mine >= maxSubscriptionsPerClient) {
      throw userError(
        'TOO_MANY_SUBSCRIPTIONS',
        `You have ${mine} subscriptions open, the most one client may; close one first.`,
        { limit: maxSubscriptionsPerClient },
      );
    }
  }

  private async *stream(entry: Open, afterSeq: number | undefined): AsyncGenerator<ChangeRow> {
    const queue: ChangeRow[] = [];
    let wake: (() => void) | undefined;
    let ended: GraphQLError | undefined;
    let stopped = false;
    let last = 0;
    entry.end = (error) => {
      ended ??= error;
      wake?.();
    };
    entry.stop = () => {
      stopped = true;
      wake?.();
    };
    const unlisten = this.feed.listen((change) => {
      if (queue.length >= MAX_BACKLOG) {
        entry.end(
          userError(
            'SUBSCRIPTION_BEHIND',
            `This subscription fell ${MAX_BACKLOG} changes behind; resubscribe with afterSeq: ${last}.`,
            { resumeAfterSeq: last },
          ),
        );
        return;
      }
      queue.push(change);
      wake?.();
    });
    try {
      // Where the feed stood when this stream began to listen: what it publishes later is queued.
      const listeningFrom = this.feed.seq;
      const started = await this.feed.start();
      if (afterSeq === undefined) {
        last = listeningFrom ?? started;
      } else {
        // Replays from the log what happened since afterSeq; the feed's changes queue meanwhile.
        last = afterSeq;
        for (;;) {
          const replayed = await this.log().after(last, REPLAY_BATCH);
          for (const change of replayed) {
            if (ended || stopped) break;
            last = change.seq;
            yield change;
          }
          if (replayed.length < REPLAY_BATCH || ended || stopped) break;
        }
      }
      while (!ended && !stopped) {
        const change = queue.shift();
        if (change) {
          if (change.seq > last) {
            last = change.seq;
            yield change;
          }
          continue;
        }
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
      if (ended) throw withResume(ended, last);
    } finally {
      unlisten();
      this.open.delete(entry);
    }
  }
}

const shuttingDown = (reason: string) =>
  userError(
    'SHUTTING_DOWN',
    `The server is ${reason}; subscribe again (to another instance) with afterSeq to resume.`,
  );

/** The error a stream ends with, saying which sequence number to resume after. */
function withResume(error: GraphQLError, last: number): GraphQLError {
  if (error.extensions.code !== 'SHUTTING_DOWN') return error;
  return userError('SHUTTING_DOWN', error.message.replace('with afterSeq', `with afterSeq: ${last}`), {
    resumeAfterSeq: last,
  });
}
