/**
 * Hive Gateway in front of ours, for the federation section (bench/federation.ts): the supergraph
 * composes our checked-in subgraph SDL alone, pointing at ours' /subgraph (BENCH_SUBGRAPH_URL), and
 * the runtime is configured as tests/integration/federation.test.ts configures it: no logging, the
 * client's token and request id propagated to the subgraph, everything else Hive Gateway's defaults
 * (its parse, validation and query-plan caches on; no response cache). It runs in its own process,
 * as a gateway would in production, so its CPU is its own and the harness can read it.
 */

import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { fromRoot } from '../../src/project-root.ts';
import { childEnv, serveChild } from './child.ts';

const env = childEnv();
const subgraphUrl = process.env.BENCH_SUBGRAPH_URL;
if (!subgraphUrl) throw new Error('BENCH_SUBGRAPH_URL missing');
const composed = composeServices([
  {
    name: 'knowledge-graph',
    typeDefs: parse(readFileSync(fromRoot('subgraph.graphql'), 'utf8')),
    url: subgraphUrl,
  },
]);
if (!composed.supergraphSdl) throw new Error((composed.errors ?? []).map((e) => e.message).join('\n'));
const runtime = createGatewayRuntime({
  supergraph: composed.supergraphSdl,
  logging: false,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => ({
      authorization: request.headers.get('authorization'),
      'x-request-id': request.headers.get('x-request-id'),
    }),
  },
});
await serveChild(env, runtime, async () => runtime.dispose());
