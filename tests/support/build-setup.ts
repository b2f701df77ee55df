import { spawnSync } from 'node:child_process';
import { fromRoot } from '../../src/project-root.ts';

/**
 * Vitest global setup, run before tests/support/global-setup.ts: brings dist/ (the compiled server) and
 * explorer/dist/ (the explorer page) up to date the way `npm start` does (scripts/build-if-stale.mjs),
 * so the startup and shutdown tests run what production runs and the explorer tests find the page.
 */
export default function setup(): void {
  const result = spawnSync(process.execPath, [fromRoot('scripts', 'build-if-stale.mjs')], {
    cwd: fromRoot(),
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('scripts/build-if-stale.mjs failed (its output is above).');
}
