import { beforeAll, describe, expect, it } from 'vitest';
import { BOUNDS, checkPlans, ProfilingExecutor, ROUND_TRIPS } from '../../bench/plan-check.ts';
import { SHAPES } from '../../bench/shapes.ts';
import { loadSynthetic, syntheticKey } from '../../bench/synthetic.ts';
import { BY_KEY } from '../../src/graph/entities.ts';
import type { EntityWhere } from '../../src/graph/filters.ts';
import { type SortKey, withTieBreaker } from '../../src/graph/ordering.ts';
import { Repositories } from '../../src/graph/repositories.ts';
import { useSeededServer } from '../support/fixture.ts';
import { batchWork } from '../support/neo4j.ts';

/**
 * The query-plan regression check of the benchmarks (bench/plan-check.ts), in the suite: each
 * benchmark shape's Cypher, exactly as the server sends it, is PROFILEd on the 10k-entity synthetic
 * graph. Database hits are deterministic for the same data and plan, unlike time, so a bound on them
 * catches a lost index or a plan that starts to scan.
 */
const ENTITIES = 10_000;

const kg = useSeededServer({ seed: false });
beforeAll(async () => {
  await loadSynthetic(batchWork(kg.driver), ENTITIES);
  // The indexes were sampled on the 131-entity seed graph and plans cached there (a label scan is
  // the cheap plan on it). Neo4j resamples and replans on its own, but in the background and on its
  // own schedule, so a plan read too soon may be one for the small graph (in CI: 10,000 db hits on
  // a list the index answers in 200). prepareForReplanning resamples every index, waits for that,
  // then clears the query caches: PROFILE what the planner chooses for this graph.
  await kg.driver.executeQuery('CALL db.awaitIndexes(300)');
  await kg.driver.executeQuery('CALL db.prepareForReplanning(300)');
});

describe('query plans of the benchmark shapes', () => {
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

/**
 * Every filter kind, ordering and aggregation the API offers, as the resolvers send them, PROFILEd
 * on the same 10k-entity graph: each must find its rows through an index or a bounded walk from
 * one. A case fails on a label scan, a CartesianProduct, an eager aggregation over a tenth of the
 * graph or more, or database hits over its recorded bound (measured x2, rounded up).
 */
describe('query plans of filters, orderings and group-by at 10k entities', () => {
  const town = syntheticKey('TOWN', 3);
  let named: { name: string; nameEn: string; alias: string };
  beforeAll(async () => {
    const [row] = await kg.cypher<{ name: string; nameEn: string; alias: string }>(
      'MATCH (e:Entity {key: $key}) RETURN e.name AS name, e.nameEn AS nameEn, e.aliases[0] AS alias',
      { key: syntheticKey('VILLAGE', 1234) },
    );
    if (!row) throw new Error('no synthetic village');
    named = row;
  });

  const byName: SortKey[] = withTieBreaker([{ property: 'name', direction: 'ASC', nullable: false }]);
  const byDate: SortKey[] = withTieBreaker([{ property: 'date', direction: 'DESC', nullable: true }]);
  const byValue: SortKey[] = withTieBreaker([{ property: 'value', direction: 'DESC', nullable: false }]);
  const byYear: SortKey[] = withTieBreaker([{ property: 'year', direction: 'ASC', nullable: true }]);
  const inTown: EntityWhere = {
    type: { eq: 'VILLAGE' },
    relationship: { type: 'LOCATED_IN', direction: 'OUT', some: { key: { eq: town } } },
  };
  const page = { first: 20 };

  /** Each case: its bound in db hits, and the calls the resolvers make for it. */
  const cases: [string, number, (repos: Repositories) => Promise<unknown>][] = [
    ['key eq', 200, (r) => r.entities.list({ where: { key: { eq: town } }, keys: BY_KEY, ...page })],
    [
      'key in',
      200,
      (r) =>
        r.entities.list({
          where: { key: { in: [town, syntheticKey('VILLAGE', 7)] } },
          keys: BY_KEY,
          ...page,
        }),
    ],
    [
      'key startsWith',
      2_000,
      (r) => r.entities.list({ where: { key: { startsWith: 'town:s00000' } }, keys: BY_KEY, ...page }),
    ],
    [
      'type, name order',
      3_000,
      (r) => r.entities.list({ where: { type: { eq: 'TOWN' } }, keys: byName, ...page }),
    ],
    ['name eq', 200, (r) => r.entities.list({ where: { name: { eq: named.name } }, keys: BY_KEY, ...page })],
    [
      'name startsWith',
      2_000,
      (r) =>
        r.entities.list({ where: { name: { startsWith: named.name.slice(0, 2) } }, keys: byName, ...page }),
    ],
    [
      'name contains',
      4_000,
      (r) =>
        r.entities.list({ where: { name: { contains: named.name.slice(1, 3) } }, keys: BY_KEY, ...page }),
    ],
    [
      'nameEn eq, any case',
      200,
      (r) =>
        r.entities.list({ where: { nameEn: { eq: named.nameEn.toUpperCase() } }, keys: BY_KEY, ...page }),
    ],
    [
      'nameEn contains',
      4_000,
      (r) =>
        r.entities.list({
          where: { nameEn: { contains: named.nameEn.slice(2, 7).toLowerCase() } },
          keys: BY_KEY,
          ...page,
        }),
    ],
    [
      'alias eq',
      400,
      (r) => r.entities.list({ where: { alias: { eq: named.alias } }, keys: BY_KEY, ...page }),
    ],
    [
      'alias in',
      800,
      (r) => r.entities.list({ where: { alias: { in: [named.alias, 'x'] } }, keys: BY_KEY, ...page }),
    ],
    ['kind eq', 200, (r) => r.entities.list({ where: { kind: { eq: 'township' } }, keys: BY_KEY, ...page })],
    [
      'date range, date order',
      2_000,
      (r) => r.entities.list({ where: { date: { from: '2018', to: '2019-06' } }, keys: byDate, ...page }),
    ],
    ['relationship some', 2_000, (r) => r.entities.list({ where: inTown, keys: byName, ...page })],
    [
      'relationship some, nested',
      4_000,
      (r) =>
        r.entities.list({
          where: { relationship: { type: 'SUPPORTS', direction: 'OUT', some: inTown } },
          keys: BY_KEY,
          ...page,
        }),
    ],
    [
      'relationship none under an anchor',
      4_000,
      (r) =>
        r.entities.list({
          where: {
            ...inTown,
            relationship: undefined,
            AND: [
              inTown,
              {
                relationship: {
                  type: 'HAS_INDUSTRY',
                  direction: 'OUT',
                  none: { key: { eq: syntheticKey('INDUSTRY', 0) } },
                },
              },
            ],
          },
          keys: BY_KEY,
          ...page,
        }),
    ],
    [
      'relationship of any entity',
      4_500,
      (r) =>
        r.entities.list({
          where: { relationship: { type: 'HELD_IN', direction: 'OUT' } },
          keys: BY_KEY,
          first: 5,
        }),
    ],
    [
      'OR',
      400,
      (r) =>
        r.entities.list({
          where: { OR: [{ key: { eq: town } }, { name: { eq: named.name } }] },
          keys: BY_KEY,
          ...page,
        }),
    ],
    [
      'NOT under an anchor',
      2_000,
      (r) =>
        r.entities.list({
          where: { ...inTown, NOT: { name: { startsWith: named.name.slice(0, 1) } } },
          keys: BY_KEY,
          ...page,
        }),
    ],
    [
      'no filter, name order, deep page',
      900,
      (r) => r.entities.list({ keys: byName, after: [named.name, syntheticKey('VILLAGE', 1234)], ...page }),
    ],
    ['no filter, date order', 2_000, (r) => r.entities.list({ keys: byDate, ...page })],
    [
      'neighbours filtered',
      2_000,
      (r) =>
        r.entities.byKeysAnswering(
          [town],
          [
            {
              ask: {
                kind: 'page',
                page: {
                  direction: 'BOTH',
                  where: { name: { startsWith: named.name.slice(0, 1) } },
                  skip: 0,
                  limit: 20,
                },
              },
            },
          ],
        ),
    ],
    [
      'statistics of a subject',
      200,
      (r) => r.statistics.list({ where: { subject: { key: town } }, keys: BY_KEY, ...page }),
    ],
    [
      'statistics of subjects by filter',
      4_000,
      (r) => r.statistics.list({ where: { subject: { where: inTown } }, keys: byValue, ...page }),
    ],
    [
      'statistics by metric and year',
      4_000,
      (r) =>
        r.statistics.list({
          where: { metric: { eq: 'population' }, year: { gte: 2020, lte: 2020 } },
          keys: BY_KEY,
          first: 5,
        }),
    ],
    [
      'statistics by value range and unit',
      4_000,
      (r) =>
        r.statistics.list({
          where: { value: { gt: 99_000 }, unit: { eq: 'person' } },
          keys: byValue,
          first: 5,
        }),
    ],
    ['statistics, no filter, value order', 1_200, (r) => r.statistics.list({ keys: byValue, ...page })],
    ['statistics, no filter, year order', 3_000, (r) => r.statistics.list({ keys: byYear, ...page })],
    [
      'entity groups by type',
      400,
      (r) => r.aggregations.entityGroups(undefined, ['type'], { skip: 0, limit: 50 }),
    ],
    [
      'entity groups by kind',
      400,
      (r) => r.aggregations.entityGroups(undefined, ['kind'], { skip: 0, limit: 50 }),
    ],
    [
      'entity groups, filtered',
      2_000,
      (r) =>
        r.aggregations.entityGroups(
          { relationship: { type: 'LOCATED_IN', direction: 'OUT', some: { key: { eq: town } } } },
          ['type'],
          { skip: 0, limit: 50 },
        ),
    ],
    [
      'relationship groups by type and start',
      1_000,
      (r) =>
        r.aggregations.relationshipGroups(undefined, 'BOTH', ['type', 'fromType'], { skip: 0, limit: 50 }),
    ],
    [
      'relationship groups, filtered',
      4_000,
      (r) => r.aggregations.relationshipGroups(inTown, 'OUT', ['type', 'toType'], { skip: 0, limit: 50 }),
    ],
    [
      'statistic groups, filtered',
      4_000,
      (r) =>
        r.aggregations.statisticGroups({ subject: { where: inTown } }, ['metric', 'year'], {
          skip: 0,
          limit: 50,
        }),
    ],
  ];

  it.each(cases)('%s: on indexes, under %i db hits', async (_name, bound, run) => {
    const executor = new ProfilingExecutor(kg.driver, kg.database);
    await run(new Repositories(executor));
    expect(executor.profiles.length).toBeGreaterThan(0);
    const hits = executor.profiles.reduce((sum, profile) => sum + profile.dbHits, 0);
    console.log(`[filter plans] ${_name}: ${hits} db hits (bound ${bound})`);
    for (const profile of executor.profiles) {
      expect(profile.problems, profile.cypher).toEqual([]);
      expect(profile.scannedRows, `label scan in ${profile.cypher}`).toBe(0);
      expect(profile.aggregatedRows, `aggregation over the graph in ${profile.cypher}`).toBeLessThan(
        ENTITIES / 10,
      );
    }
    expect(hits).toBeGreaterThan(0);
    expect(hits).toBeLessThanOrEqual(bound);
  });

  it('would catch a label scan and an aggregation over the whole graph', async () => {
    const executor = new ProfilingExecutor(kg.driver, kg.database);
    await executor.read('MATCH (e:Entity) WHERE toLower(e.nameEn) = $name RETURN e.key AS key', {
      name: 'x',
    });
    await executor.read('MATCH (e:Entity) WITH e.type AS type, count(*) AS n RETURN type, n');
    const [scan, aggregation] = executor.profiles;
    expect(scan?.scannedRows).toBe(ENTITIES);
    expect(aggregation?.aggregatedRows).toBeGreaterThanOrEqual(ENTITIES);
  });
});
