import { describe, expect, it } from 'vitest';
import { useSeededServer } from '../support/fixture.ts';
import { freePort, rawRequest } from '../support/http.ts';
import { until } from '../support/poll.ts';
import { startServer, testNeo4jEnv } from '../support/processes.ts';

type Outcome = { kind: 'answered'; status: number } | { kind: 'refused' } | { kind: 'broken'; error: string };

/** One request on a fresh connection: refused (never accepted), answered, or broken after acceptance. */
function query(
  port: number,
  path = '/graphql',
  body = '{"query":"{ search(query: \\"濯水\\") { score } }"}',
): Promise<Outcome> {
  return rawRequest(`http://127.0.0.1:${port}${path}`, { body: path === '/graphql' ? body : undefined }).then(
    ({ status }) => ({ kind: 'answered', status }),
    (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'broken', error: error.message },
  );
}

describe('graceful shutdown', () => {
  useSeededServer({ seed: true });

  it('drops readiness first, then finishes every accepted request and exits 0 on SIGTERM under load', async () => {
    const port = await freePort();
    const { child, exited } = startServer({
      ...testNeo4jEnv(),
      PORT: String(port),
      SEED_ON_START: 'never',
      SHUTDOWN_DRAIN_DELAY_MS: '1000',
    });
    await until(
      '/ready',
      async () => {
        const outcome = await query(port, '/ready');
        return outcome.kind === 'answered' && outcome.status === 200 ? true : undefined;
      },
      { timeoutMs: 45_000, intervalMs: 200 },
    );

    // A load balancer: it polls /ready and stops routing new requests once it answers 503.
    let routable = true;
    const balancer = (async () => {
      while (routable) {
        const outcome = await query(port, '/ready');
        if (outcome.kind !== 'answered' || outcome.status !== 200) routable = false;
        else await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();
    const outcomes: Outcome[] = [];
    const workers = Array.from({ length: 16 }, async () => {
      while (routable) outcomes.push(await query(port));
    });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const readiness = await query(port, '/ready');
    const code = await exited;
    await Promise.all([balancer, ...workers]);

    expect(readiness).toEqual({ kind: 'answered', status: 503 });
    expect(code).toBe(0);
    const answered = outcomes.filter((o) => o.kind === 'answered');
    // Every worker had requests answered, so requests were in flight when SIGTERM came.
    expect(answered.length).toBeGreaterThanOrEqual(16);
    expect(answered.every((o) => o.kind === 'answered' && o.status === 200)).toBe(true);
    expect(outcomes.filter((o) => o.kind === 'broken')).toEqual([]);
    console.log(`[shutdown] ${answered.length} requests answered 200 around SIGTERM, 0 lost`);
  });
});
