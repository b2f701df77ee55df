/**
 * `npx tsx bench/write-probe.ts [--writes 60]`: where the time of one `upsertEntity` goes, on the
 * seed-graph bench Neo4j (started and loaded if needed; stopped unless --keep-neo4j). Sequential
 * writes of fresh keys, timed three ways:
 *   - our repository (EntityRepository.upsert, no GraphQL), with every statement of the edit
 *     transaction timed by wrapping WriteTransaction's methods, and the commit as what is left
 *     between the work's end and executeWrite's answer;
 *   - bare-driver transactions that isolate the commit: an empty write, a node without an indexed
 *     label, and the floor's entity (MERGE with the full-text-indexed :Entity label and citations).
 * Medians in ms. The GraphQL layer is what bench/writes.ts measures over HTTP minus the repository.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import type { Entity } from '../src/domain/shapes.ts';
import { Repositories } from '../src/graph/repositories.ts';
import { entityProperties } from '../src/graph/storage.ts';
import { Executor, WriteTransaction } from '../src/neo4j/executor.ts';
import { benchDriver, DATABASE, ensureSeed, log, stopSeedNeo4j } from './neo4j.ts';

const { values } = parseArgs({
  options: {
    writes: { type: 'string', default: '60' },
    'keep-neo4j': { type: 'boolean', default: false },
  },
});
const WRITES = Number(values.writes);
const PREFIX = 'initiative:bench-probe-';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? (sorted[Math.floor(sorted.length / 2)] as number) : 0;
};
const ms = (n: number) => n.toFixed(1).padStart(7);
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / (values.length || 1);
/** Median and mean: latencies on a shared machine have long tails, and means add up. */
const both = (values: number[]) => `${ms(median(values))} ${ms(mean(values))}`;

/** Statement timings of the current transaction, by the statement's first words. */
let current: { label: string; ms: number; start: number; end: number }[] = [];
for (const method of ['rows', 'update'] as const) {
  const original = WriteTransaction.prototype[method] as (
    this: WriteTransaction,
    cypher: string,
    parameters?: Record<string, unknown>,
  ) => Promise<unknown>;
  Object.defineProperty(WriteTransaction.prototype, method, {
    value: async function timed(this: WriteTransaction, cypher: string, parameters = {}) {
      const started = performance.now();
      try {
        return await original.call(this, cypher, parameters);
      } finally {
        const end = performance.now();
        current.push({
          label: cypher.trim().split(/\s+/).slice(0, 4).join(' '),
          ms: end - started,
          start: started,
          end,
        });
      }
    },
  });
}

const entity = (key: string, n: number): Entity => ({
  key,
  type: 'INITIATIVE',
  name: '三联三促',
  nameEn: `Probe ${n}`,
  aliases: [],
  citations: [{ source: 'qianjiang-2021-04-15', quote: '三联三促' }],
});

async function ours(repos: Repositories, executor: Executor, run: string) {
  // The commit: from the work's end to executeWrite's answer.
  let workEnded = 0;
  const original = executor.writeTransaction.bind(executor);
  executor.writeTransaction = (work) =>
    original(async (tx) => {
      const result = await work(tx);
      workEnded = performance.now();
      return result;
    });
  const totals: number[] = [];
  const commits: number[] = [];
  const openings: number[] = [];
  const gaps: number[] = [];
  const steps = new Map<string, number[]>();
  for (let n = 0; n < WRITES; n += 1) {
    current = [];
    const started = performance.now();
    await repos.entities.upsert(entity(`${PREFIX}${run}-ours-${n}`, n), undefined, {
      changeId: `${run}-${n}`,
      who: 'probe',
    });
    const ended = performance.now();
    if (n < 5) continue; // warm-up: first plans
    totals.push(ended - started);
    commits.push(ended - workEnded);
    openings.push((current[0]?.start ?? started) - started);
    gaps.push(
      current.slice(1).reduce((sum, step, i) => sum + step.start - (current[i]?.end ?? step.start), 0) +
        workEnded -
        (current.at(-1)?.end ?? workEnded),
    );
    current.forEach((step, i) => {
      const label = `${i + 1}. ${step.label}`;
      steps.set(label, [...(steps.get(label) ?? []), step.ms]);
    });
  }
  const statements = [...steps.values()].reduce((sum, list) => sum + mean(list), 0);
  console.log(`\nour repository, upsertEntity of a new key (${totals.length} writes; median, mean in ms)`);
  for (const [label, list] of steps) console.log(`${both(list)}  ${label}`);
  console.log(`${ms(Number.NaN)} ${ms(statements)}  all ${steps.size} statements`);
  console.log(`${both(openings)}  session + BEGIN (call -> first statement sent)`);
  console.log(`${both(gaps)}  our JavaScript between statements (domain rules, row mapping)`);
  console.log(`${both(commits)}  commit (work done -> executeWrite answered)`);
  console.log(`${both(totals)}  total`);
}

async function bare(driver: Driver, label: string, cypher: string, parameters: (n: number) => object) {
  const totals: number[] = [];
  const commits: number[] = [];
  for (let n = 0; n < WRITES; n += 1) {
    const session = driver.session({ database: DATABASE });
    const started = performance.now();
    let ran = 0;
    await session.executeWrite(async (tx) => {
      await tx.run(cypher, parameters(n));
      ran = performance.now();
    });
    const ended = performance.now();
    await session.close();
    if (n < 5) continue;
    totals.push(ended - started);
    commits.push(ended - ran);
  }
  console.log(`${both(totals)} total, ${both(commits)} commit  ${label}`);
}

async function main() {
  const db = await ensureSeed();
  const driver = benchDriver(db);
  const run = Date.now().toString(36);
  try {
    const executor = new Executor(driver, DATABASE);
    await ours(new Repositories(executor), executor, run);
    console.log(
      `\nbare driver, one statement per write transaction (${WRITES - 5} writes; median, mean in ms)`,
    );
    await bare(driver, 'read-only statement in a write transaction (RETURN 1)', 'RETURN 1', () => ({}));
    await bare(
      driver,
      'a node without indexed labels (CREATE (:BenchProbe))',
      'CREATE (:BenchProbe {n: $n})',
      (n) => ({
        n,
      }),
    );
    await bare(
      driver,
      'a :BenchProbe node with the entity properties and one citation',
      `CREATE (e:BenchProbe) SET e += $props WITH e MATCH (s:Source {key: $source}) CREATE (e)-[:CITED_IN {quote: $quote}]->(s)`,
      (n) => ({ props: entityProperties(entity('x', n)), source: 'qianjiang-2021-04-15', quote: '三联三促' }),
    );
    await bare(
      driver,
      'the floor: MERGE (:Entity:Initiative) with properties and citation (full-text indexed)',
      `MERGE (e:Entity {key: $key}) SET e:Initiative, e += $props, e.version = coalesce(e.version, 0) + 1
       WITH e MATCH (s:Source {key: $source}) CREATE (e)-[:CITED_IN {quote: $quote, ordinal: 0}]->(s)`,
      (n) => ({
        key: `${PREFIX}${run}-floor-${n}`,
        props: entityProperties(entity('x', n)),
        source: 'qianjiang-2021-04-15',
        quote: '三联三促',
      }),
    );
    await bare(
      driver,
      'the same without the full-text index (:Entity label left off)',
      `MERGE (e:BenchProbe {key: $key}) SET e:Initiative, e += $props, e.version = coalesce(e.version, 0) + 1
       WITH e MATCH (s:Source {key: $source}) CREATE (e)-[:CITED_IN {quote: $quote, ordinal: 0}]->(s)`,
      (n) => ({
        key: `${PREFIX}${run}-probe-${n}`,
        props: entityProperties(entity('x', n)),
        source: 'qianjiang-2021-04-15',
        quote: '三联三促',
      }),
    );
  } finally {
    const session = driver.session({ database: DATABASE });
    await session.run(
      `MATCH (n) WHERE n:BenchProbe OR (n:Entity AND n.key STARTS WITH $prefix)
          OR (n:Change AND any(k IN n.keys WHERE k STARTS WITH $prefix))
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`,
      { prefix: PREFIX },
    );
    await session.close();
    await driver.close();
    if (!values['keep-neo4j']) await stopSeedNeo4j();
  }
  log('probe done');
}

await main();
