/**
 * How `npm start` (src/main.ts) runs the process: where it listens, whether it seeds an empty
 * database, and how it stops. From PORT, HOST, SEED_ON_START, SHUTDOWN_TIMEOUT_MS and
 * SHUTDOWN_DRAIN_DELAY_MS (src/config.ts).
 */
export interface LifecycleSettings {
  port: number;
  host: string;
  /** `if-empty`: load the seed when the database holds no knowledge graph; `never`: leave it. */
  seedOnStart: SeedOnStart;
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
  shutdownTimeoutMs: 10_000,
  shutdownDrainDelayMs: 0,
};
