/**
 * Ours with `--workers N`: this process is the primary of src/process/supervisor.ts, as `WEB_CONCURRENCY=N npm
 * start` runs it, and forks N workers, each bench/servers/ours.ts unchanged, sharing BENCH_PORT. It
 * answers the harness like any bench server (bench/servers/child.ts), with the CPU and peak memory
 * of all its processes summed: what the server costs is what all its workers cost.
 */
import type { Worker } from 'node:cluster';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../../src/logger.ts';
import { startWorkers } from '../../src/process/supervisor.ts';
import type { ChildStats } from './child.ts';

const count = Number(process.env.BENCH_WORKERS);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`BENCH_WORKERS=${process.env.BENCH_WORKERS}: not a count`);
// Compiled to dist/bench/servers/ beside ours.js; under tsx, beside ours.ts.
const ours = fileURLToPath(
  new URL(import.meta.url.endsWith('.ts') ? './ours.ts' : './ours.js', import.meta.url),
);
const pool = await startWorkers({ count, logger: createLogger('warn'), stopTimeoutMs: 5_000, exec: ours });

async function statsOf(worker: Worker): Promise<ChildStats> {
  const reply = once(worker, 'message') as Promise<[{ stats: ChildStats }]>;
  worker.send({ type: 'stats' });
  return (await reply)[0].stats;
}

process.on('message', (message: { type: string }) => {
  if (message.type === 'stats') {
    void Promise.all(pool.workers().map(statsOf)).then((workers) => {
      const cpu = process.cpuUsage();
      const stats: ChildStats = {
        cpuMicros: workers.reduce((sum, w) => sum + w.cpuMicros, cpu.user + cpu.system),
        maxRssBytes: workers.reduce((sum, w) => sum + w.maxRssBytes, process.resourceUsage().maxRSS * 1024),
      };
      process.send?.({ type: 'stats', stats });
    });
  } else if (message.type === 'stop') {
    void pool.stop('SIGTERM').then(() => process.exit(0));
  }
});
process.send?.({ type: 'ready' });
