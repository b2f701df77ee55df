import type { ChangeRow } from '../graph/change-log.ts';
import type { Logger } from '../logger.ts';

/**
 * Follows the change log in Neo4j, so that this instance hears of every committed change, whichever
 * instance made it: one index seek on `seq` every `pollIntervalMs`, whatever the number of
 * subscribers. Each change goes to every listener in order, once; after each batch `onChanges` runs
 * (the server empties its response cache there). A change committed anywhere reaches this instance
 * within about one interval plus one read. When Neo4j cannot be read, the feed keeps its position
 * and tries again at the next tick, so nothing is skipped once it answers again.
 */

/** From LIVE_POLL_INTERVAL_MS (src/process/config.ts). */
export interface ChangeFeedSettings {
  pollIntervalMs: number;
}

/** What the feed reads: the log after a sequence number, and where it ends now. */
export interface ChangeLogReader {
  after(afterSeq: number, limit: number): Promise<ChangeRow[]>;
  lastSeq(): Promise<number>;
}

/** Changes read per statement; a longer backlog is read in several, one right after another. */
const BATCH = 200;

export class ChangeFeed {
  private position: number | undefined;
  private starting: Promise<number> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private isFailing = false;
  private readonly listeners = new Set<(change: ChangeRow) => void>();
  private readonly recoveryListeners: (() => void)[] = [];

  constructor(
    private readonly log: () => ChangeLogReader,
    private readonly settings: ChangeFeedSettings,
    private readonly logger: Logger,
    private readonly onChanges: () => void,
  ) {}

  /** Starts following from the latest change (once); resolves to the sequence number it starts after. */
  start(): Promise<number> {
    this.starting ??= this.log()
      .lastSeq()
      .then((seq) => {
        this.position ??= seq;
        this.schedule();
        return seq;
      })
      .catch((error: unknown) => {
        // Tried again at the next tick, so the feed starts once Neo4j answers, subscriber or not.
        this.starting = undefined;
        if (!this.stopped) {
          this.timer = setTimeout(() => void this.start().catch(() => {}), this.settings.pollIntervalMs);
          this.timer.unref();
        }
        throw error;
      });
    return this.starting;
  }

  /** The sequence number of the last change this feed has published (undefined before start). */
  get seq(): number | undefined {
    return this.position;
  }

  /** Hears every change published from now on; returns how to stop hearing. */
  listen(listener: (change: ChangeRow) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** True from a failed read of the log until the next one that succeeds. */
  get failing(): boolean {
    return this.isFailing;
  }

  /** Runs `listener` each time the log can be read again after failing: Neo4j is back from an outage. */
  onRecovered(listener: () => void): void {
    this.recoveryListeners.push(listener);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), this.settings.pollIntervalMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      for (;;) {
        const changes = await this.log().after(this.position ?? 0, BATCH);
        for (const change of changes) {
          this.position = change.seq;
          for (const listener of this.listeners) listener(change);
        }
        if (changes.length) this.onChanges();
        if (this.isFailing) {
          this.isFailing = false;
          this.logger.info({ seq: this.position }, 'change feed: reading the change log again');
          for (const listener of this.recoveryListeners) listener();
        }
        if (changes.length < BATCH || this.stopped) break;
      }
    } catch (error) {
      if (!this.isFailing) {
        this.isFailing = true;
        this.logger.warn(
          { err: error, seq: this.position },
          'change feed: cannot read the change log; retrying',
        );
      }
    } finally {
      this.schedule();
    }
  }
}
