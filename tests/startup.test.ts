import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../src/project-root.ts';
import { freePort, testNeo4j } from './helpers.ts';

interface Run {
  code: number | null;
  output: string;
}

/** Runs `npm start`'s entry point, the compiled server (built by tests/build-setup.ts), as a user would. */
function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, [fromRoot('dist', 'src', 'main.js')], {
    cwd: fromRoot(),
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, output })));
  return { child, exited, output: () => output };
}

async function waitFor(url: string, deadline: number): Promise<Response> {
  for (;;) {
    try {
      return await fetch(url);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

describe('npm start', () => {
  it('refuses a bad PORT with a message naming it', async () => {
    const run = await startServer({ PORT: 'eighty' }).exited;
    expect(run.code).toBe(1);
    expect(run.output).toContain('PORT="eighty": must be a whole number from 1 to 65535');
    expect(run.output).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('fails fast on an unreachable NEO4J_URI', async () => {
    const port = await freePort();
    const started = Date.now();
    const run = await startServer({ NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x' }).exited;
    expect(run.code).toBe(1);
    expect(run.output).toContain(`NEO4J_URI=bolt://127.0.0.1:${port}: cannot reach Neo4j`);
    // Fail fast: well inside the 60 s a default driver would spend retrying.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('serves /health, /ready and GraphiQL, and exits 0 on SIGTERM', async () => {
    const neo4j = testNeo4j();
    const port = await freePort();
    const server = startServer({
      PORT: String(port),
      NEO4J_URI: neo4j.uri,
      NEO4J_USERNAME: neo4j.username,
      NEO4J_PASSWORD: neo4j.password,
      SEED_ON_START: 'never',
      LOG_LEVEL: 'info',
    });
    const base = `http://127.0.0.1:${port}`;
    const ready = await waitFor(`${base}/ready`, Date.now() + 45_000);
    expect(ready.status).toBe(200);
    expect((await fetch(`${base}/health`)).status).toBe(200);
    const playground = await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } });
    expect(playground.status).toBe(200);
    expect(await playground.text()).toContain('qianjiang-kg: GraphQL playground');
    server.child.kill('SIGTERM');
    const run = await server.exited;
    expect(run.code).toBe(0);
    expect(run.output).not.toMatch(/error/i);
    // Neo4j planned the example queries before the first request (src/process/warm-up.ts).
    expect(run.output).toMatch(/warm-up: 7 example queries in \d+ ms/);
  });
});
