import { availableParallelism, cpus, loadavg } from 'node:os';

/**
 * How busy the machine is, so a noisy run shows. The bench keeps the cores busy itself while it
 * runs (its load average reads 5-8 on two cores with nothing else running: Neo4j's threads queue),
 * so what tells a noisy run is other work when it starts. The 1-minute load average lags by a
 * minute, so that is measured directly: the share of the cores' time spent busy over 2 s, from the
 * kernel's per-core counters.
 */
export interface MachineLoad {
  /** 1-minute load average when the run started, and when it ended. */
  before: number;
  after: number;
  /** Cores' worth of CPU busy over the 2 s before the run started (2 = both cores flat out). */
  busyBefore: number;
  cores: number;
  /** Other work used more than half a core when the run started. */
  noisy: boolean;
}

export const loadAverage = () => loadavg()[0] as number;

const busyAndTotal = () =>
  cpus().reduce(
    (sum, { times }) => {
      const total = times.user + times.nice + times.sys + times.irq + times.idle;
      return { busy: sum.busy + total - times.idle, total: sum.total + total };
    },
    { busy: 0, total: 0 },
  );

/** Cores' worth of CPU in use over the next `ms` milliseconds. */
export async function coresBusy(ms = 2_000): Promise<number> {
  const start = busyAndTotal();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const end = busyAndTotal();
  const total = end.total - start.total;
  return total > 0 ? ((end.busy - start.busy) / total) * cpus().length : 0;
}

export interface RunStart {
  load: number;
  busy: number;
}

/** What the machine is doing as a run starts: measure before starting anything of the bench's own. */
export const runStart = async (): Promise<RunStart> => ({ load: loadAverage(), busy: await coresBusy() });

export function machineLoad(start: RunStart): MachineLoad {
  return {
    before: start.load,
    after: loadAverage(),
    busyBefore: start.busy,
    cores: availableParallelism(),
    noisy: start.busy > 0.5,
  };
}

export const describeLoad = (load: MachineLoad) =>
  `load average ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after, ${load.busyBefore.toFixed(2)} of ${load.cores} cores busy at the start` +
  (load.noisy ? ': NOISY, other work was running when it started; its ratios are not to be trusted' : '');
