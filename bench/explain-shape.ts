/**
 * Prints, per query, the database hits and operators of one shape's Cypher (a profiling aid):
 *   npx tsx bench/explain-shape.ts 6 [--entities 10000]
 */
import { parseArgs } from 'node:util';
import type { ProfiledPlan } from 'neo4j-driver';
import { Repositories } from '../src/graph/repositories.ts';
import { type CypherParameters, Executor } from '../src/neo4j/executor.ts';
import { benchDriver, DATABASE, ensureScale } from './neo4j.ts';
import { repositoryShapes } from './repository-shapes.ts';
import { SHAPES } from './shapes.ts';

const { values, positionals } = parseArgs({
  options: { entities: { type: 'string', default: '10000' } },
  allowPositionals: true,
});

function print(plan: ProfiledPlan, depth = 0) {
  const details = String(plan.arguments?.Details ?? '').slice(0, 110);
  console.log(`${'  '.repeat(depth)}${plan.operatorType} hits=${plan.dbHits} rows=${plan.rows} ${details}`);
  for (const child of plan.children) print(child, depth + 1);
}

class Printing extends Executor {
  override async read<Row extends Record<string, unknown>>(
    cypher: string,
    parameters: CypherParameters = {},
  ) {
    const result = await this.driver.executeQuery(`PROFILE ${cypher}`, parameters, {
      database: this.database,
    });
    console.log(`\n--- ${cypher.replace(/\s+/g, ' ').slice(0, 160)}`);
    if (result.summary.profile) print(result.summary.profile);
    return result.records.map((record) => record.toObject() as Row);
  }
}

const entities = Number(values.entities);
const shape = SHAPES.find((s) => s.name.startsWith(`${positionals[0] ?? '1'} `));
if (!shape) throw new Error('usage: explain-shape.ts <shape number>');
const driver = benchDriver(await ensureScale(entities));
const [params] = await shape.pool(driver, entities);
const url = new URL(shape.floor(params ?? {}), 'http://localhost');
await repositoryShapes(new Repositories(new Printing(driver, DATABASE)))[url.pathname]?.(url.searchParams);
await driver.close();
