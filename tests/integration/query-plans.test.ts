import { beforeAll, describe, expect, it } from 'vitest';
import { BOUNDS, checkPlans, ProfilingExecutor, ROUND_TRIPS } from '../../bench/plan-check.ts';
import { SHAPES } from '../../bench/shapes.ts';
import { loadSynthetic } from '../../bench/synthetic.ts';
import { useSeededServer } from '../support/fixture.ts';
import { batchWork } from '../support/neo4j.ts';

/**
 * The query-plan regression check of the benchmarks (bench/plan-check.ts), in the suite: each
 * benchmark shape's Cypher, exactly as the server sends it, is PROFILEd on the 10k-entity synthetic
 * graph. Database hits are deterministic for the same data and plan, unlike time, so a bound on them
 * catches a lost index or a plan that starts to scan.
 */
const ENTITIES = 10_000;

describe('query plans of the benchmark shapes', () => {
  const kg = useSeededServer({ seed: false });
  beforeAll(() => loadSynthetic(batchWork(kg.driver), ENTITIES));

  it('stay under the recorded db-hit bounds, with no CartesianProduct and no unbounded path', async () => {
    const report = await checkPlans(kg.driver, ENTITIES, 8);
    console.log(
      `[plans] max db hits per request at ${ENTITIES} entities: ${report
        .map((row) => `${row.shape.split(' ')[0]}: ${row.maxHits}/${BOUNDS[row.shape]}`)
        .join(', ')}`,
    );
    expect(report.map((row) => row.shape)).toEqual(SHAPES.map((shape) => shape.name));
    for (const row of report) {
      expect(row.maxHits, row.shape).toBeGreaterThan(0);
      expect(row.maxHits, row.shape).toBeLessThanOrEqual(BOUNDS[row.shape] ?? 0);
      expect(row.queries, row.shape).toBe(ROUND_TRIPS[row.shape]);
      expect(row.problems, row.shape).toEqual([]);
    }
  });

  it('would catch a CartesianProduct and an unbounded variable-length pattern', async () => {
    const executor = new ProfilingExecutor(kg.driver, kg.database);
    await executor.read('MATCH (a:Town), (b:Village) RETURN count(*) AS pairs');
    // Village -> town -> district: an unbounded pattern, but a short walk on this graph.
    await executor.read(
      'MATCH (:Village {key: $key})-[:LOCATED_IN*]->(up:Entity) RETURN count(up) AS above',
      {
        key: 'village:s0000001',
      },
    );
    const [cartesian, unbounded] = executor.profiles;
    expect(cartesian?.problems.join(' ')).toMatch(/CartesianProduct/);
    expect(unbounded?.problems.join(' ')).toMatch(/unbounded|UnboundedVariableLengthPattern/);
  });
});
