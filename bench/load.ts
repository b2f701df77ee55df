import autocannon from 'autocannon';
import type { HttpRequest } from './shapes.ts';

/** One bounded autocannon run cycling through a request pool; GraphQL `errors` count as errors. */
export interface RunResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
}

export async function load(
  port: number,
  pool: HttpRequest[],
  seconds: number,
  connections = 20,
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
            headers: (r.body ? { 'content-type': 'application/json' } : {}) as Record<string, string>,
          };
        },
        onResponse: (_status, body) => {
          if (body.includes('"errors":[') || body.includes('"error":')) graphqlErrors += 1;
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
