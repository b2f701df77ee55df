/**
 * CPU profile of our server answering one shape over HTTP under load (a profiling aid, the socket
 * included, which bench/profile-ours.ts leaves out):
 *   node dist/bench/profile-http.js 1 [seconds] [--cpu-only]
 * (`npm run bench` compiles it; under tsx, source-mapped stack traces would distort the profile).
 * Starts the bench Neo4j as it is (run `npm run bench -- --quick --only 1` once to load it), serves
 * our listener on node:http as bench/servers/ours.ts does, drives it with the autocannon CLI in its
 * own process (20 connections, one parameter set), then prints CPU per request and self time by
 * layer; with --cpu-only, CPU per request alone, without the profiler's own cost (3 runs).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { Session } from 'node:inspector/promises';
import { createServer, DEFAULT_HTTP_SETTINGS } from '../src/http/server.ts';
import { createLogger } from '../src/logger.ts';
import { createDriver } from '../src/neo4j/driver.ts';
import { printProfile } from './cpu-profile.ts';
import { CONNECTIONS } from './load.ts';
import { startBenchNeo4j } from './neo4j.ts';
import { SHAPES } from './shapes.ts';

const shape = SHAPES.find((s) => s.name.startsWith(`${process.argv[2] ?? '1'} `));
if (!shape) throw new Error('usage: profile-http.ts <shape number> [seconds]');
const seconds = Number(process.argv[3] ?? 10);
const db = await startBenchNeo4j();
const driver = createDriver({ uri: db.uri, username: db.username, password: db.password });
const server = createServer({
  driver,
  database: 'neo4j',
  logger: createLogger('silent'),
  http: { ...DEFAULT_HTTP_SETTINGS, responseCacheTtlMs: 0 },
});
const http = createHttpServer({ keepAliveTimeout: 60_000 }, server.listener);
await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
const port = (http.address() as { port: number }).port;
const [params] = await shape.pool(driver, 10_000);
const body = JSON.stringify(shape.ours(params ?? {}));

const drive = (duration: number) =>
  new Promise<string>((resolve, reject) => {
    const child = spawn(
      'npx',
      [
        'autocannon',
        '-j',
        '-c',
        String(CONNECTIONS),
        '-d',
        String(duration),
        '-m',
        'POST',
        '-H',
        'content-type=application/json',
        '-b',
        body,
        `http://127.0.0.1:${port}/graphql`,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('exit', () => resolve(out));
  });

await drive(5); // warm-up
if (process.argv.includes('--cpu-only')) {
  const figures: string[] = [];
  for (let run = 0; run < 3; run++) {
    const cpu = process.cpuUsage();
    const result = JSON.parse(await drive(seconds)) as { requests: { total: number; average: number } };
    const used = process.cpuUsage(cpu);
    figures.push(
      `${((used.user + used.system) / 1000 / result.requests.total).toFixed(3)} ms (${result.requests.average} req/s)`,
    );
  }
  console.log(`${shape.name}: cpu per request over HTTP, 3 runs of ${seconds} s: ${figures.join(', ')}`);
  http.closeAllConnections();
  http.close();
  await driver.close();
  process.exit(0);
}
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const cpu = process.cpuUsage();
const result = JSON.parse(await drive(seconds)) as {
  requests: { total: number; average: number };
  non2xx: number;
};
const used = process.cpuUsage(cpu);
const { profile } = await session.post('Profiler.stop');
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));
const requests = result.requests.total;
const perRequest = (used.user + used.system) / 1000 / requests;
console.log(
  `${shape.name}: ${result.requests.average} req/s, ${result.non2xx} non-2xx, ${perRequest.toFixed(3)} ms cpu/request over HTTP`,
);

printProfile(profile, perRequest, { layers: 30, functions: 40 });
http.closeAllConnections();
http.close();
await driver.close();
process.exit(0);
