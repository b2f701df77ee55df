import { describe, expect, it } from 'vitest';
import { freePort } from '../support/http.ts';
import { until } from '../support/poll.ts';
import { startServer, testNeo4jEnv } from '../support/processes.ts';

/** `npm start`'s entry point, the compiled server, as a user runs it. How fast it starts: bench/resilience.ts. */
describe('npm start', () => {
  it('refuses a bad PORT with a message naming it', async () => {
    const server = startServer({ PORT: 'eighty' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PORT="eighty": must be a whole number from 1 to 65535');
    expect(server.output()).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('gives up on an unreachable NEO4J_URI, naming it', async () => {
    const port = await freePort();
    const server = startServer({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain(`NEO4J_URI=bolt://127.0.0.1:${port}: cannot reach Neo4j`);
  });

  it('serves /health, /ready and GraphiQL, and exits 0 on SIGTERM', async () => {
    const port = await freePort();
    const server = startServer({
      ...testNeo4jEnv(),
      PORT: String(port),
      SEED_ON_START: 'never',
      LOG_LEVEL: 'info',
    });
    const base = `http://127.0.0.1:${port}`;
    // Any answer: /ready must be 200 the first time the server answers it at all.
    const ready = await until(
      'the server to answer /ready',
      () => fetch(`${base}/ready`).catch(() => undefined),
      {
        timeoutMs: 45_000,
      },
    );
    expect(ready.status).toBe(200);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const playground = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(playground.status).toBe(200);
    expect(await playground.text()).toContain('qianjiang-kg: GraphQL playground');
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).not.toMatch(/error/i);
    // Neo4j planned the example queries before the first request (src/process/warm-up.ts).
    expect(server.output()).toMatch(/warm-up: 10 example queries in \d+ ms, 10 answered/);
  });
});
