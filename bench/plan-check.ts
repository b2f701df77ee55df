/**
 * Plan check: runs each shape's Cypher (exactly what our server sends, via the repositories) under
 * PROFILE on the synthetic graph and fails when a request's database hits exceed the recorded
 * bound, when it sends another number of queries than recorded, or when a plan has a
 * CartesianProduct or a variable-length pattern without an upper bound.
 *
 *   npx tsx bench/plan-check.ts [--entities 10000] [--record]
 *
 * --record prints the measured hits (with 2x headroom) to paste into BOUNDS. Uses the bench Neo4j
 * (port 7690, .neo4j/bench), loading the synthetic graph when it holds another size.
 */
import { parseArgs } from 'node:util';
import type { Driver, ProfiledPlan } from 'neo4j-driver';
import { Repositories } from '../src/graph/repositories.ts';
import { type CypherParameters, Executor } from '../src/neo4j/executor.ts';
import { benchDriver, DATABASE, ensureScale, log } from './neo4j.ts';
import { repositoryShapes } from './repository-shapes.ts';
import { SHAPES } from './shapes.ts';

/** Most database hits one request of each shape may cost on the 10k-entity synthetic graph. */
export const BOUNDS: Record<string, number> = {
  '1 entity by key': 100, // measured 51
  '2 search, 10 hits': 900, // measured 526 (423 before exact matches came from the name indexes)
  '3 entity + 1-hop': 2_200, // measured 1 054 (1 query: the entity with its page)
  '4 2-hop subgraph <=100': 14_500, // measured 5 300-7 238 over fresh loads (7 700 before 2026-12)
  '5 shortest path': 2_100, // measured 897-1 032 over fresh loads, reachable and unreachable pairs (5 861 with SHORTEST 1)
  '6 nested page (N+1)': 36_500, // measured 18 204 (2 queries: the page with its level, then the neighbours')
  '7 deep cursor page': 2_100, // measured 1 010
  '8 filtered list': 1_500, // measured 740 (the town's 73 villages and organisations; 1 275 while each was checked again by the filter)
  '9 group-by': 2_300, // measured 1 105 (a district's 20 towns and their 60 figures; 3 677 while checked again)
};

/** Queries one request of each shape sends: what the resolvers batch into (repository-shapes.ts). */
export const ROUND_TRIPS: Record<string, number> = {
  '1 entity by key': 1,
  '2 search, 10 hits': 1,
  '3 entity + 1-hop': 1,
  '4 2-hop subgraph <=100': 1,
  '5 shortest path': 1,
  '6 nested page (N+1)': 2,
  '7 deep cursor page': 1,
  '8 filtered list': 1,
  '9 group-by': 1,
};

export interface Profiled {
  cypher: string;
  dbHits: number;
  operators: string[];
  problems: string[];
  /** Rows read by label and all-node scans (every node of a label, no index). */
  scannedRows: number;
  /** The most rows any eager aggregation (count, collect, sum ... over the rows before it) took in. */
  aggregatedRows: number;
}

function walk(plan: ProfiledPlan, visit: (p: ProfiledPlan) => void) {
  visit(plan);
  for (const child of plan.children) walk(child, visit);
}

/** Neo4j's own warnings about a plan: a cross product of unrelated patterns, or a path with no upper bound. */
const PLAN_NOTIFICATIONS = /CartesianProduct|UnboundedVariableLengthPattern/;

/** `*`, `*2..`, `{1,}` or `+` in a relationship pattern: a path length with no upper bound. */
const UNBOUNDED = /\*\s*\]|\*\s*\d*\s*\.\.\s*\]|\{\s*\d*\s*,\s*\}|\)\+|\]\+/;

export function inspect(cypher: string, plan: ProfiledPlan): Profiled {
  let dbHits = 0;
  let scannedRows = 0;
  let aggregatedRows = 0;
  const operators: string[] = [];
  const problems: string[] = [];
  walk(plan, (p) => {
    dbHits += p.dbHits;
    operators.push(p.operatorType);
    if (/^(NodeByLabelScan|AllNodesScan)/.test(p.operatorType)) scannedRows += p.rows;
    if (/^EagerAggregation/.test(p.operatorType))
      aggregatedRows = Math.max(aggregatedRows, ...p.children.map((child) => child.rows));
    const details = String(p.arguments?.Details ?? '');
    if (p.operatorType.startsWith('CartesianProduct')) problems.push(`CartesianProduct: ${details}`);
    if (/VarLength|ShortestPath|Repeat/.test(p.operatorType) && UNBOUNDED.test(details))
      problems.push(`unbounded ${p.operatorType}: ${details}`);
  });
  return { cypher, dbHits, operators, problems, scannedRows, aggregatedRows };
}

/** An executor that PROFILEs every read and keeps the plans. */
export class ProfilingExecutor extends Executor {
  readonly profiles: Profiled[] = [];
  override async read<Row extends Record<string, unknown>>(
    cypher: string,
    parameters: CypherParameters = {},
  ) {
    const result = await this.driver.executeQuery(`PROFILE ${cypher}`, parameters, {
      database: this.database,
    });
    if (result.summary.profile) {
      const profiled = inspect(cypher, result.summary.profile);
      for (const notification of result.summary.notifications)
        if (PLAN_NOTIFICATIONS.test(notification.code))
          profiled.problems.push(`${notification.code}: ${notification.description}`);
      this.profiles.push(profiled);
    }
    return result.records.map((record) => record.toObject() as Row);
  }
}

export async function checkPlans(driver: Driver, entities: number, params = 8) {
  const report: { shape: string; maxHits: number; queries: number; problems: string[] }[] = [];
  for (const shape of SHAPES) {
    const pool = (await shape.pool(driver, entities)).slice(0, params);
    let maxHits = 0;
    let queries = 0;
    const problems = new Set<string>();
    for (const p of pool) {
      const executor = new ProfilingExecutor(driver, DATABASE);
      const run = repositoryShapes(new Repositories(executor));
      const url = new URL(shape.floor(p), 'http://localhost');
      await run[url.pathname]?.(url.searchParams);
      const hits = executor.profiles.reduce((sum, q) => sum + q.dbHits, 0);
      maxHits = Math.max(maxHits, hits);
      queries = Math.max(queries, executor.profiles.length);
      for (const q of executor.profiles) for (const problem of q.problems) problems.add(problem);
    }
    report.push({ shape: shape.name, maxHits, queries, problems: [...problems] });
  }
  return report;
}

async function main() {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: '10000' },
      record: { type: 'boolean', default: false },
    },
  });
  const entities = Number(values.entities);
  const db = await ensureScale(entities);
  const driver = benchDriver(db);
  let failed = 0;
  try {
    for (const row of await checkPlans(driver, entities, 8)) {
      const bound = BOUNDS[row.shape] ?? 0;
      const over = row.maxHits > bound;
      const trips = ROUND_TRIPS[row.shape];
      const moreTrips = row.queries !== trips;
      failed += over || moreTrips || row.problems.length ? 1 : 0;
      log(
        `${row.shape}: max ${row.maxHits} db hits over ${row.queries} queries (bound ${bound})` +
          `${over ? ' OVER BOUND' : ''}${moreTrips ? ` QUERIES NOT ${trips}` : ''}` +
          `${row.problems.length ? ` PLAN PROBLEMS: ${row.problems.join('; ')}` : ''}` +
          `${values.record ? `  -> record ${Math.ceil((row.maxHits * 2) / 100) * 100}` : ''}`,
      );
    }
  } finally {
    await driver.close();
  }
  console.log(
    `plan check ${failed ? 'FAILED' : 'ok'}: ${SHAPES.length} shapes at ${entities} entities, ${failed} failing`,
  );
  if (failed) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
