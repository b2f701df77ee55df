import { ExpectedFailure } from '../errors.ts';

/**
 * How `npm start` (src/main.ts) runs the process: where it listens, whether it seeds an empty
 * database, how many workers serve, and how it stops. From PORT, HOST, SEED_ON_START,
 * WEB_CONCURRENCY, SHUTDOWN_TIMEOUT_MS and SHUTDOWN_DRAIN_DELAY_MS (src/process/config.ts).
 */
export interface LifecycleSettings {
  port: number;
  host: string;
  /** `if-empty`: load the seed when the database holds no knowledge graph; `never`: leave it. */
  seedOnStart: SeedOnStart;
  /**
   * How many server processes answer HTTP on the port: 1 is one process, as always; more runs a
   * primary that prepares the database and forks that many workers (src/process/supervisor.ts).
   */
  webConcurrency: number;
  /** How long in-flight requests may take to finish on SIGTERM before their connections are cut. */
  shutdownTimeoutMs: number;
  /** How long /ready answers 503 before the server stops accepting, so load balancers move away first. */
  shutdownDrainDelayMs: number;
}

export const SEED_ON_START_CHOICES = ['if-empty', 'never'] as const;

export type SeedOnStart = (typeof SEED_ON_START_CHOICES)[number];

export const DEFAULT_LIFECYCLE_SETTINGS: LifecycleSettings = {
  port: 4000,
  host: '127.0.0.1',
  seedOnStart: 'if-empty',
  // One process: in development Neo4j shares the machine's cores, and extra workers would take them from it.
  webConcurrency: 1,
  shutdownTimeoutMs: 10_000,
  shutdownDrainDelayMs: 0,
};

/** The most workers WEB_CONCURRENCY may ask for; more would be a typo, not a machine. */
export const MAX_WEB_CONCURRENCY = 256;

/** A worker of the cluster exited before it listened; it has printed its own reason above. */
export class WorkerStartupError extends ExpectedFailure {
  override name = 'WorkerStartupError';
}
