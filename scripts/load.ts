/**
 * `npm run load [-- --url http://127.0.0.1:4000 --connections 50 --duration 30]`: a bounded load test
 * of a running server (start it with `npm start`) with a mix of the queries people and frontends
 * send. Targets loopback by default; fails when any request errs or answers non-2xx.
 */
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '30' },
  },
});

const queries = [
  '{ entity(key: "scenic:zhuoshui") { name nameEn aliases description citations { quote } } }',
  '{ search(query: "濯水", first: 10) { score entity { key name nameEn type } } }',
  '{ search(query: "CITIC", first: 10) { score entity { key name } } }',
  '{ entity(key: "district:qianjiang") { relationships(first: 20) { edges { node { type from { key } to { key } } } } } }',
  '{ subgraph(key: "district:qianjiang", depth: 2, limit: 100) { nodes { key name } relationships { type } truncated } }',
  '{ shortestPath(fromKey: "org:citic-group", toKey: "scenic:zhuoshui") { length nodes { key } } }',
  '{ statistics(subjectKey: "industry:sericulture", year: 2020) { totalCount edges { node { valueText value unit } } } }',
  '{ timeline { date name } }',
];

const url = `${values.url.replace(/\/$/, '')}/graphql`;
const duration = Number(values.duration);
console.log(
  `[load] ${values.connections} connections for ${duration} s against ${url}, ${queries.length} query shapes...`,
);
let next = 0;
// A GraphQL error comes back as 200 with an `errors` list; it fails the run like a transport error.
let graphqlErrors = 0;
const result = await autocannon({
  url,
  connections: Number(values.connections),
  duration,
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => {
        const query = queries[next++ % queries.length];
        return { ...request, body: JSON.stringify({ query }) };
      },
      onResponse: (_status, body) => {
        if (body.includes('"errors":[')) graphqlErrors += 1;
      },
    },
  ],
});
const failures = result.errors + result.timeouts + result.non2xx + graphqlErrors;
console.log(
  `[load] ${result.requests.total} requests: ${result.requests.average} req/s, p50 ${result.latency.p50} ms, ` +
    `p99 ${result.latency.p99} ms, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx, ` +
    `${graphqlErrors} GraphQL errors`,
);
process.exit(failures === 0 ? 0 : 1);
