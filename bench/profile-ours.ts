/**
 * CPU profile of our server answering one shape in-process, sequentially (a profiling aid):
 *   npx tsx bench/profile-ours.ts 1 [requests]
 * Needs the bench Neo4j running (BENCH_NEO4J: its port and credentials); prints the hottest functions by self time.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createServer, DEFAULT_HTTP_SETTINGS } from '../src/http/server.ts';
import { createLogger } from '../src/logger.ts';
import { createDriver } from '../src/neo4j/driver.ts';
import { printProfile } from './cpu-profile.ts';
import { BENCH_NEO4J } from './neo4j.ts';
import { SHAPES } from './shapes.ts';

const shape = SHAPES.find((s) => s.name.startsWith(`${process.argv[2] ?? '1'} `));
if (!shape) throw new Error('usage: profile-ours.ts <shape number> [requests]');
const requests = Number(process.argv[3] ?? 1000);
const { password } = JSON.parse(readFileSync(`${BENCH_NEO4J.dir}/credentials.json`, 'utf8')) as {
  password: string;
};
const driver = createDriver({ uri: `bolt://127.0.0.1:${BENCH_NEO4J.boltPort}`, username: 'neo4j', password });
// Response cache off: the loop below repeats 50 parameter sets, which the cache would answer from
// memory, profiling a hash lookup instead of the resolvers and queries (see servers/ours.ts).
const server = createServer({
  driver,
  database: 'neo4j',
  logger: createLogger('silent'),
  http: { ...DEFAULT_HTTP_SETTINGS, responseCacheTtlMs: 0 },
});
const pool = (await shape.pool(driver, 10_000)).slice(0, 50);
const ask = (i: number) =>
  server.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(shape.ours(pool[i % pool.length] ?? {})),
  });
for (let i = 0; i < 100; i++) await (await ask(i)).text();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const cpu = process.cpuUsage();
for (let i = 0; i < requests; i++) await (await ask(i)).text();
const used = process.cpuUsage(cpu);
const { profile } = await session.post('Profiler.stop');
const perRequest = (used.user + used.system) / 1000 / requests;
console.log(`${shape.name}: ${perRequest.toFixed(2)} ms cpu/request in-process`);
printProfile(profile, perRequest, { layers: 20, functions: 25 });
await driver.close();
