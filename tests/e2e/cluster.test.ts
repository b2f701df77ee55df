import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stopLocalNeo4j } from '../../src/neo4j/local-server.ts';
import { useSeededServer } from '../support/fixture.ts';
import { freePort, rawRequest } from '../support/http.ts';
import { until } from '../support/poll.ts';
import { alive, startServer, testNeo4jEnv } from '../support/processes.ts';

/** `npm start` with WEB_CONCURRENCY: the compiled server, as production runs it. */

/** One GET or POST on a fresh connection, so the primary hands each to the next worker in turn. */
const send = (port: number, path: string, body?: string, headers: Record<string, string> = {}) =>
  rawRequest(`http://127.0.0.1:${port}${path}`, { body, headers }).then(({ status, text }) => ({
    status,
    text,
  }));

/** Waits until the server on `port` answers /ready with 200. */
const untilReady = (port: number, ms: number) =>
  until(
    '/ready',
    () =>
      send(port, '/ready').then(
        (r) => (r.status === 200 ? r : undefined),
        () => undefined,
      ),
    { timeoutMs: ms },
  );

/** The value of one sample of the Prometheus text, 0 when absent. */
const sample = (metrics: string, name: string) => {
  const line = metrics.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.slice(name.length + 1)) : 0;
};
const GRAPHQL_OK = 'http_requests_total{method="POST",route="graphql",status="200"}';
const NEO4J_OK = 'neo4j_transactions_total{outcome="ok"}';

const ENTITY = JSON.stringify({ query: '{ entity(key: "town:jinxi") { key name } }' });

describe('WEB_CONCURRENCY=2', () => {
  // The seeded test Neo4j, for the tests that do not start their own (the first test's primary does).
  useSeededServer({ seed: true });
  it('starts Neo4j and seeds once, serves from both workers with summed metrics, replaces a killed worker, and stops everything on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qianjiang-cluster-'));
    const port = await freePort();
    const server = startServer({
      WEB_CONCURRENCY: '2',
      PORT: String(port),
      // No NEO4J_URI: the primary starts its own managed Neo4j, in a folder of its own.
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
      NEO4J_LOCAL_DIR: dir,
      NEO4J_LOCAL_HEAP: '256m',
      NEO4J_LOCAL_PAGECACHE: '32m',
      // Every request reaches Neo4j, so its transactions count too.
      RESPONSE_CACHE_TTL_MS: '0',
      LOG_LEVEL: 'info',
    });
    try {
      await untilReady(port, 240_000);
      const texts = () => server.messages().map((m) => m.msg);
      const neo4jPid = Number(/Starting Neo4j [^ ]+ \(pid (\d+)/.exec(server.output())?.[1]);
      expect(alive(neo4jPid)).toBe(true);
      // The database is prepared once, by the primary; each worker warms up and listens.
      expect(texts().filter((t) => t.startsWith('constraints and indexes applied'))).toHaveLength(1);
      expect(texts().filter((t) => t.startsWith('seed loaded: '))).toHaveLength(1);
      expect(texts().filter((t) => t.startsWith('warm-up: 10 example queries'))).toHaveLength(2);
      const listening = () =>
        texts().flatMap((t) => {
          const match = /^worker (\d+) \(pid (\d+)\) listening$/.exec(t);
          return match ? [{ id: Number(match[1]), pid: Number(match[2]) }] : [];
        });
      // The two workers listen in either order.
      expect(
        listening()
          .map((w) => w.id)
          .sort(),
      ).toEqual([1, 2]);

      const before = (await send(port, '/metrics')).text;
      expect(sample(before, GRAPHQL_OK)).toBe(0);
      for (let i = 0; i < 20; i++) {
        const answer = await send(port, '/graphql', ENTITY);
        expect(answer).toEqual({
          status: 200,
          text: JSON.stringify({ data: { entity: { key: 'town:jinxi', name: '金溪镇' } } }),
        });
      }
      // Whichever worker answers /metrics, it reports both: 20 requests, one transaction each.
      for (let i = 0; i < 2; i++) {
        const metrics = (await send(port, '/metrics')).text;
        expect(sample(metrics, GRAPHQL_OK)).toBe(20);
        expect(sample(metrics, NEO4J_OK) - sample(before, NEO4J_OK)).toBe(20);
      }

      const [first, second] = listening().sort((a, b) => a.id - b.id);
      if (!first || !second) throw new Error('two workers expected');
      process.kill(first.pid, 'SIGKILL');
      const replacement = await until('a replacement worker', () => listening()[2], { timeoutMs: 60_000 });
      expect(replacement.id).toBe(3);
      expect(alive(first.pid)).toBe(false);
      expect(texts()).toContain(`worker 1 died (killed by SIGKILL); replacing it in 1000 ms`);
      // The killed worker's count went with it; what the survivor answered is left, so both had answered.
      const survivor = sample((await send(port, '/metrics')).text, GRAPHQL_OK);
      expect(survivor).toBeGreaterThan(0);
      expect(survivor).toBeLessThan(20);
      for (let i = 0; i < 4; i++) expect((await send(port, '/graphql', ENTITY)).status).toBe(200);
      expect(sample((await send(port, '/metrics')).text, GRAPHQL_OK)).toBe(survivor + 4);

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      // Nothing is left behind: both workers and the Neo4j the primary started have exited.
      // (An exited child may linger a moment as a zombie until init reaps it, so wait a little.)
      const left = () => [second.pid, replacement.pid, neo4jPid].filter(alive);
      await until('no process left', () => (left().length === 0 ? true : undefined), {
        timeoutMs: 5_000,
      }).catch(() => {});
      expect(left()).toEqual([]);
      expect(texts()).toContain('SIGTERM: draining 2 workers');
      expect(texts().filter((t) => t === 'SIGTERM: draining in-flight requests')).toHaveLength(2);
      expect(texts()).toContain(`Neo4j (pid ${neo4jPid}) stopped.`);
      const errors = server.messages().filter((m) => m.level >= 50);
      expect(errors.map((m) => m.msg)).toEqual([
        'worker 1 died (killed by SIGKILL); replacing it in 1000 ms',
      ]);
    } finally {
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
      // After a failure above, the primary could not stop the Neo4j it started: stop it here.
      await stopLocalNeo4j(dir, () => {});
      rmSync(dir, { recursive: true, force: true });
    }
  }, 360_000);

  it('stops start-up with the reason when the workers cannot listen', async () => {
    const taken = (await import('node:net')).createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => taken.listen(port, '127.0.0.1', resolve));
    try {
      const server = startServer({
        WEB_CONCURRENCY: '2',
        PORT: String(port),
        ...testNeo4jEnv(),
        SEED_ON_START: 'never',
        LOG_LEVEL: 'warn',
      });
      expect(await server.exited).toBe(1);
      expect(server.output()).toContain(`PORT=${port} / HOST=127.0.0.1: cannot listen there (EADDRINUSE).`);
      expect(server.output()).toMatch(
        /Worker \d exited before it listened \(exit code 1\); its reason is above\./,
      );
      expect(server.output()).not.toMatch(/\bat .*\.(ts|js):\d+/);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  }, 120_000);

  it("empties every worker's response cache after a write through one of them", async () => {
    const port = await freePort();
    const token = 'alice-editor-token-0001';
    const server = startServer({
      WEB_CONCURRENCY: '2',
      PORT: String(port),
      ...testNeo4jEnv(),
      SEED_ON_START: 'never',
      KG_EDITOR_TOKENS: `alice:${token}`,
      LOG_LEVEL: 'warn',
    });
    await untilReady(port, 120_000);
    const read = JSON.stringify({ query: '{ statistics(metric: "cluster_probe") { totalCount } }' });
    const counts = async () => {
      const answers = [];
      // Fresh connections, handed to the workers in turn: both answer, from their caches after the first.
      for (let i = 0; i < 4; i++) answers.push(JSON.parse((await send(port, '/graphql', read)).text));
      return answers.map(
        (a: { data: { statistics: { totalCount: number } } }) => a.data.statistics.totalCount,
      );
    };
    expect(await counts()).toEqual([0, 0, 0, 0]);
    const write = (
      await send(
        port,
        '/graphql',
        JSON.stringify({
          query: `mutation { upsertStatistic(input: { subject: "town:jinxi", metric: "cluster_probe", label: "产茧",
            value: 70000, unit: "dan", valueText: "7万担", year: 2020,
            citation: { source: "qianjiang-2021-04-15", quote: "2020年，全区实现产茧7万担" } }) { statistic { metric } } }`,
        }),
        { authorization: `Bearer ${token}` },
      )
    ).text;
    expect(JSON.parse(write)).toEqual({
      data: { upsertStatistic: { statistic: { metric: 'cluster_probe' } } },
    });
    expect(await counts()).toEqual([1, 1, 1, 1]);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000);
});
