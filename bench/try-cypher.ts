/** PROFILEs one Cypher statement on the running bench Neo4j (read-only aid): npx tsx bench/try-cypher.ts file.cypher '{"p":1}' */
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { BENCH_NEO4J } from './neo4j.ts';
import { inspect } from './plan-check.ts';

const { password } = JSON.parse(readFileSync(`${BENCH_NEO4J.dir}/credentials.json`, 'utf8')) as {
  password: string;
};
const driver = neo4j.driver(`bolt://127.0.0.1:${BENCH_NEO4J.boltPort}`, neo4j.auth.basic('neo4j', password), {
  disableLosslessIntegers: true,
});
const cypher = readFileSync(process.argv[2] as string, 'utf8');
const params = JSON.parse(process.argv[3] ?? '{}') as Record<string, unknown>;
const result = await driver.executeQuery(`PROFILE ${cypher}`, params, { database: 'neo4j' });
const profile = result.summary.profile;
if (profile) {
  const p = inspect(cypher, profile);
  console.log(
    `db hits ${p.dbHits}; operators ${[...new Set(p.operators)].join(', ')}; problems ${p.problems.join('; ') || 'none'}`,
  );
}
console.log(JSON.stringify(result.records.map((r) => r.toObject())).slice(0, 300));
await driver.close();
