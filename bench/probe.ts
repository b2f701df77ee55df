/** Times single requests of one shape against each system, unloaded (a profiling aid): npx tsx bench/probe.ts 6 */
import { benchDriver, ensureScale } from './neo4j.ts';
import { request, SHAPES, SYSTEMS } from './shapes.ts';
import { fetchData, startSystem } from './systems.ts';

const entities = Number(process.argv[3] ?? 10_000);
const shape = SHAPES.find((s) => s.name.startsWith(`${process.argv[2] ?? '1'} `));
if (!shape) throw new Error('usage: probe.ts <shape number> [entities]');
const db = await ensureScale(entities);
const driver = benchDriver(db);
const pool = (await shape.pool(driver, entities)).slice(0, 10);
for (const system of SYSTEMS) {
  const running = await startSystem(system, db);
  const times: number[] = [];
  const before = await running.stats();
  for (let round = 0; round < 3; round++)
    for (const p of pool) {
      const t = performance.now();
      await fetchData(running.port, request(shape, system, p));
      times.push(performance.now() - t);
    }
  const after = await running.stats();
  times.sort((a, b) => a - b);
  console.log(
    `${system}: median ${times[Math.floor(times.length / 2)]?.toFixed(1)} ms, min ${times[0]?.toFixed(1)} ms, cpu ${((after.cpuMicros - before.cpuMicros) / 1000 / times.length).toFixed(1)} ms/req`,
  );
  await running.stop();
}
await driver.close();
