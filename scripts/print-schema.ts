/**
 * `npm run schema:print`: writes schema.graphql (the API at /graphql) and subgraph.graphql (the
 * federation subgraph at /subgraph) from the Pothos schema; both are checked in, and a test keeps
 * them fresh.
 */
import { writeFileSync } from 'node:fs';
import { fromRoot } from '../src/project-root.ts';
import { printedSchema } from '../src/schema/print.ts';
import { printedSubgraphSchema } from '../src/schema/subgraph.ts';

writeFileSync(fromRoot('schema.graphql'), printedSchema());
writeFileSync(fromRoot('subgraph.graphql'), printedSubgraphSchema());
console.log('[schema] wrote schema.graphql and subgraph.graphql');
