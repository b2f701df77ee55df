/**
 * Ours at the scale the bench Neo4j holds, cold then warm (issue 26, item 5):
 *   npx tsx bench/warm-scale.ts [shapes, default 1,2,3,5,8,9]
 * Starts the bench Neo4j as it is (`npm run bench` leaves the last scale it loaded, 1M after a full
 * run), serves ours and times the shapes twice over, each with a 10 s warm-up and 3 runs of 5 s: the
 * first pass meets Neo4j's pages cold after its start, as the full run's 100k and 1M rows do (ours
 * alone, first after the restart that checkpoints the load); the second pass, warm, is the figure to
 * set against 10k.
 */

import { measure } from './load.ts';
import { benchDriver, entityCount, log, startBenchNeo4j, stopBenchNeo4j } from './neo4j.ts';
import type { Measured } from './report.ts';
import { request, SHAPES } from './shapes.ts';
import { startSystem } from './systems.ts';

const wanted = (process.argv[2] ?? '1,2,3,5,8,9').split(',');
const shapes = SHAPES.filter((shape) => wanted.includes(shape.name.split(' ')[0] ?? ''));
if (shapes.length !== wanted.length)
  throw new Error(`usage: warm-scale.ts [shape numbers, 1-${SHAPES.length}]`);
const db = await startBenchNeo4j();
const driver = benchDriver(db);
const failures: string[] = [];
try {
  const entities = await entityCount(driver);
  const ours = await startSystem('ours', db);
  const passes: Measured[][] = [[], []];
  try {
    for (const pass of passes)
      for (const shape of shapes) {
        const pool = (await shape.pool(driver, entities)).map((p) => request(shape, 'ours', p));
        const label = `${entities} ours, ${pass === passes[0] ? 'cold' : 'warm'}: ${shape.name}`;
        pass.push(await measure(label, pool, ours, { warm: 10, run: 5, runs: 3 }, failures));
      }
  } finally {
    await ours.stop();
  }
  const [cold = [], warm = []] = passes;
  log(
    `warm-scale: ours at ${entities} entities, p50 cold -> warm: ` +
      shapes
        .map((shape, i) => `${shape.name.split(' ')[0]} ${cold[i]?.p50} -> ${warm[i]?.p50} ms`)
        .join(', ') +
      (failures.length ? `; ${failures.length} failing runs: ${failures.join('; ')}` : '; 0 failing runs'),
  );
} finally {
  await driver.close();
  await stopBenchNeo4j();
}
if (failures.length) process.exitCode = 1;
