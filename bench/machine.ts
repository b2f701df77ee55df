import { availableParallelism, loadavg } from 'node:os';

/**
 * How busy the machine is, so a noisy run shows. The bench itself keeps the cores busy while it
 * runs, so what tells a noisy run is the load before it starts (other work already running) and
 * a load after it well above the bench's own: the harness, one server and Neo4j, about the cores.
 */
export interface MachineLoad {
  /** 1-minute load average when the run started, and when it ended. */
  before: number;
  after: number;
  cores: number;
  /** Other work was using at least half the cores when the run started. */
  noisy: boolean;
}

export const loadAverage = () => loadavg()[0] as number;

export function machineLoad(before: number): MachineLoad {
  const cores = availableParallelism();
  return { before, after: loadAverage(), cores, noisy: before > cores / 2 };
}

export const describeLoad = (load: MachineLoad) =>
  `load average ${load.before.toFixed(2)} before, ${load.after.toFixed(2)} after, on ${load.cores} cores` +
  (load.noisy ? ': NOISY, other work was running when it started; its ratios are not to be trusted' : '');
