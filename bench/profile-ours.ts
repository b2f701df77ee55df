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
const self = new Map<string, number>();
const total = profile.samples?.length ?? 1;
const counts = new Map<number, number>();
for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
for (const node of profile.nodes) {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = `${functionName || '(anon)'} ${url.replace(/.*node_modules\//, '').replace(/.*\/work\/main\//, '')}:${lineNumber}`;
  self.set(where, (self.get(where) ?? 0) + (counts.get(node.id) ?? 0));
}
const perRequest = (used.user + used.system) / 1000 / requests;
console.log(`${shape.name}: ${perRequest.toFixed(2)} ms cpu/request in-process`);
// Self time by layer: the package (node_modules/<name>), our file, or node's internals.
const layers = new Map<string, number>();
for (const node of profile.nodes) {
  const { url, functionName } = node.callFrame;
  const layer = url.includes('node_modules/')
    ? (url.split('node_modules/').at(-1) ?? '')
        .split('/')
        .slice(0, url.includes('node_modules/@') ? 2 : 1)
        .join('/')
    : url.includes('/work/')
      ? url.replace(/.*\/(src|bench)\//, '$1/')
      : url
        ? 'node internals'
        : `(${functionName || 'native'})`;
  layers.set(layer, (layers.get(layer) ?? 0) + (counts.get(node.id) ?? 0));
}
const busy = total - (layers.get('((idle))') ?? 0);
for (const [layer, n] of [...layers]
  .filter(([l]) => l !== '((idle))')
  .sort((a, b) => b[1] - a[1])
  .slice(0, 20))
  console.log(`${((perRequest * n) / busy).toFixed(3).padStart(7)} ms/req  ${layer}`);
console.log('--- hottest functions (self time, % of samples) ---');
for (const [where, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
  console.log(`${((100 * n) / total).toFixed(1).padStart(5)}%  ${where}`);
await driver.close();
