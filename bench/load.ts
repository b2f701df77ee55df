import autocannon from 'autocannon';
import { loadAverage } from './machine.ts';
import { log } from './neo4j.ts';
import { aggregate, type Measured } from './report.ts';
import type { HttpRequest } from './shapes.ts';
import type { Running } from './systems.ts';

/**
 * One bounded autocannon run cycling through a request pool; GraphQL `errors`, and an MCP tool's
 * `isError` answer, count as errors.
 */
export interface RunResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
}

/** Concurrent connections of every run. */
export const CONNECTIONS = 20;

export async function load(
  port: number,
  pool: HttpRequest[],
  seconds: number,
  connections = CONNECTIONS,
): Promise<RunResult> {
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const r = pool[next++ % pool.length] as HttpRequest;
          return {
            ...request,
            method: r.method,
            path: r.path,
            body: r.body,
            headers: { ...(r.body ? { 'content-type': 'application/json' } : {}), ...r.headers },
          };
        },
        onResponse: (_status, body) => {
          if (body.includes('"errors":[') || body.includes('"error":') || body.includes('"isError":true'))
            graphqlErrors += 1;
        },
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + graphqlErrors,
    non2xx: result.non2xx,
  };
}

/** Seconds of warm-up, seconds per timed run, timed runs. */
export interface Timing {
  warm: number;
  run: number;
  runs: number;
}

/**
 * Warms up, then times `timing.runs` runs of a request pool against one running system, with the
 * server's own CPU and peak memory; failing runs (none completed, errors, non-2xx) go to `failures`.
 */
export async function measure(
  label: string,
  requests: HttpRequest[],
  system: Running,
  timing: Timing,
  failures: string[],
): Promise<Measured> {
  await load(system.port, requests, timing.warm);
  const before = await system.stats();
  const runs = [];
  for (let i = 0; i < timing.runs; i++) {
    const run = await load(system.port, requests, timing.run);
    if (run.requests === 0) failures.push(`${label} run ${i + 1}: no request completed`);
    else if (run.errors || run.non2xx)
      failures.push(`${label} run ${i + 1}: ${run.errors} errors, ${run.non2xx} non-2xx`);
    runs.push(run);
  }
  const after = await system.stats();
  const measured = aggregate(runs, after.cpuMicros - before.cpuMicros, after.maxRssBytes);
  log(
    `  ${label}: ${measured.rps.toFixed(0)} req/s, p50 ${measured.p50} ms, p99 ${measured.p99} ms, ` +
      `${measured.cpuMsPerRequest.toFixed(2)} ms cpu/req, load average ${loadAverage().toFixed(2)}`,
  );
  return measured;
}
