import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../src/http/server.ts';
import { createLogger } from '../src/logger.ts';
import { createDriver } from '../src/neo4j/driver.ts';
import { fromRoot } from '../src/project-root.ts';
import { freePort, graphqlData, seedGraph, testDriver, testNeo4j } from './helpers.ts';

type Outcome = { kind: 'answered'; status: number } | { kind: 'refused' } | { kind: 'broken'; error: string };

/** One request on a fresh connection: refused (never accepted), answered, or broken after acceptance. */
function query(
  port: number,
  path = '/graphql',
  body = '{"query":"{ search(query: \\"濯水\\") { score } }"}',
): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: path === '/graphql' ? 'POST' : 'GET',
        agent: false,
        headers: { 'content-type': 'application/json', connection: 'close' },
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve({ kind: 'answered', status: response.statusCode ?? 0 }));
        response.on('error', (error) => resolve({ kind: 'broken', error: error.message }));
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) =>
      resolve(error.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'broken', error: error.message }),
    );
    request.end(path === '/graphql' ? body : undefined);
  });
}

describe('graceful shutdown', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await seedGraph(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it('drops readiness first, then finishes every accepted request and exits 0 on SIGTERM under load', async () => {
    const neo4j = testNeo4j();
    const port = await freePort();
    // What production runs: node on the compiled server (built by tests/build-setup.ts).
    const child = spawn(process.execPath, [fromRoot('dist', 'src', 'main.js')], {
      cwd: fromRoot(),
      env: {
        PATH: process.env.PATH ?? '',
        PORT: String(port),
        NEO4J_URI: neo4j.uri,
        NEO4J_USERNAME: neo4j.username,
        NEO4J_PASSWORD: neo4j.password,
        SEED_ON_START: 'never',
        SHUTDOWN_DRAIN_DELAY_MS: '1000',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    for (let ready = false; !ready; ) {
      const outcome = await query(port, '/ready');
      ready = outcome.kind === 'answered' && outcome.status === 200;
      if (!ready) await new Promise((resolve) => setTimeout(resolve, 200));
    }

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

describe('scale-out', () => {
  it('serves a write made through one instance from another, sharing nothing but the database', async () => {
    const neo4j = testNeo4j();
    const editors = {
      editors: [{ name: 'alice', token: 'alice-editor-token-0001' }],
      readers: [],
      publicReads: true,
    };
    const drivers = [0, 1].map(() => createDriver(neo4j));
    try {
      const [first, second] = drivers.map((driver) =>
        createServer({ driver, database: neo4j.database, logger: createLogger('silent'), auth: editors }),
      );
      if (!first || !second) throw new Error('two servers expected');
      await graphqlData(
        first,
        `mutation { upsertStatistic(input: { subject: "town:jinxi", metric: "scale_out_probe", label: "产茧", value: 70000,
            unit: "dan", valueText: "7万担", year: 2020, citation: { source: "qianjiang-2021-04-15", quote: "2020年，全区实现产茧7万担" } }) {
            statistic { metric } } }`,
        {},
        { authorization: 'Bearer alice-editor-token-0001' },
      );
      const read = await graphqlData<{
        statistics: { edges: { node: { valueText: string; subject: { key: string } } }[] };
      }>(
        second,
        '{ statistics(metric: "scale_out_probe") { edges { node { valueText subject { key } } } } }',
      );
      expect(read.statistics.edges.map((edge) => edge.node)).toEqual([
        { valueText: '7万担', subject: { key: 'town:jinxi' } },
      ]);
    } finally {
      await Promise.all(drivers.map((driver) => driver.close()));
    }
  });
});
