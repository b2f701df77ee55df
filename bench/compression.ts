/**
 * `npx tsx bench/compression.ts [--url http://127.0.0.1:4000] [--ms 400]`: what compressing GraphQL
 * answers would cost the server in CPU against the bytes it saves. Fetches real answers from a running,
 * seeded server (`npm start`), uncompressed, then compresses each body with node:zlib, gzip and
 * brotli at a few levels, on this thread, as a server would on its event loop, repeating for about
 * `--ms` milliseconds per level and printing the median time of one compression, the compressed size
 * and the share of bytes saved.
 *
 * The answers: the DistrictOverview example (client/examples/district-overview.ts), the nested page
 * of bench/shapes.ts (shape 6, 50 villages with statistics and 10 neighbours each), and the explorer's
 * two largest reads, an entity's details and its neighbourhood, for 黔江区 (66 neighbours), the
 * largest entity of the seed graph.
 */

import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { print } from 'graphql';
import {
  DistrictOverviewDocument,
  ExplorerEntityDocument,
  ExplorerSubgraphDocument,
} from '../client/generated/graphql.ts';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000' },
    ms: { type: 'string', default: '400' },
    json: { type: 'boolean', default: false },
  },
});

const STATS = 'id metric value year';
const NESTED_PAGE = `query { entities(type: VILLAGE, first: 50) { edges { node {
  key name statistics { ${STATS} }
  neighbors(first: 10) { edges { node { key name statistics { ${STATS} } } } } } } } }`;

const answers: { name: string; query: string; variables: Record<string, unknown> }[] = [
  {
    name: 'DistrictOverview',
    query: print(DistrictOverviewDocument),
    variables: { key: 'district:qianjiang' },
  },
  { name: 'nested page (shape 6)', query: NESTED_PAGE, variables: {} },
  {
    name: 'explorer entity 黔江区',
    query: print(ExplorerEntityDocument),
    variables: { key: 'district:qianjiang' },
  },
  {
    name: 'explorer subgraph 黔江区',
    query: print(ExplorerSubgraphDocument),
    variables: { key: 'district:qianjiang', limit: 120 },
  },
];

const codecs: { name: string; run: (body: Buffer) => Buffer }[] = [
  ...[1, 6, 9].map((level) => ({ name: `gzip ${level}`, run: (body: Buffer) => gzipSync(body, { level }) })),
  ...[1, 4, 5, 11].map((quality) => ({
    name: `br ${quality}`,
    run: (body: Buffer) =>
      brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      }),
  })),
];

async function fetchBody(query: string, variables: Record<string, unknown>): Promise<Buffer> {
  const response = await fetch(`${values.url.replace(/\/$/, '')}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      'accept-encoding': 'identity',
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = Buffer.from(await response.arrayBuffer());
  const parsed = JSON.parse(body.toString('utf8')) as { errors?: unknown[] };
  if (!response.ok || parsed.errors?.length) {
    throw new Error(`${response.status}: ${body.toString('utf8').slice(0, 500)}`);
  }
  return body;
}

/** The median time of one `run(body)` in microseconds, over repetitions filling `budgetMs`. */
function time(run: (body: Buffer) => Buffer, body: Buffer, budgetMs: number): number {
  for (let i = 0; i < 3; i++) run(body);
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (performance.now() < until || samples.length < 5) {
    const started = process.hrtime.bigint();
    run(body);
    samples.push(Number(process.hrtime.bigint() - started) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

const budget = Number(values.ms);
const rows: {
  answer: string;
  bytes: number;
  codec: string;
  compressed: number;
  saved: number;
  us: number;
}[] = [];
// All answers first: the timing below would outlast the server's keep-alive between two fetches.
const bodies = await Promise.all(answers.map((answer) => fetchBody(answer.query, answer.variables)));
for (const [index, answer] of answers.entries()) {
  const body = bodies[index] as Buffer;
  for (const codec of codecs) {
    const compressed = codec.run(body).length;
    rows.push({
      answer: answer.name,
      bytes: body.length,
      codec: codec.name,
      compressed,
      saved: 1 - compressed / body.length,
      us: time(codec.run, body, budget),
    });
  }
}

if (values.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  console.log(
    'answer                      body B  codec   compressed B  saved   µs/compression  µs per KiB saved',
  );
  for (const row of rows) {
    const perKiB = row.us / ((row.bytes - row.compressed) / 1024);
    console.log(
      `${row.answer.padEnd(26)} ${String(row.bytes).padStart(7)}  ${row.codec.padEnd(6)} ${String(row.compressed).padStart(13)}  ${(row.saved * 100).toFixed(0).padStart(4)}%  ${row.us.toFixed(0).padStart(14)}  ${perKiB.toFixed(1).padStart(16)}`,
    );
  }
}
