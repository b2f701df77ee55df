import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from '../../src/http/server.ts';
import { fromRoot } from '../../src/project-root.ts';
import { countingDriver } from '../support/counting-driver.ts';
import { useSeededServer } from '../support/fixture.ts';
import { type Listening, listen } from '../support/http.ts';
import { codeOf, type GraphQLResponse, testServer } from '../support/server.ts';

/**
 * The server as an Apollo Federation 2 subgraph, composed with a second subgraph written here (a
 * reading list: notes readers keep on entities, which this server knows nothing of) by
 * @theguild/federation-composition, and queried through Hive Gateway over real HTTP.
 */

const READER = { name: 'gateway-reader', token: 'r'.repeat(32) };
const SUBGRAPH_SDL = readFileSync(fromRoot('subgraph.graphql'), 'utf8');

// The second subgraph: it extends scenic areas and towns with the notes it keeps, and starts a
// query of its own (`readingList`) whose entities this server resolves.
const READING_LIST_SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key"])
  type ScenicArea @key(fields: "key") {
    key: String!
    notes: [String!]!
  }
  type Town @key(fields: "key") {
    key: String!
    notes: [String!]!
  }
  union Saved = ScenicArea | Town
  type Query {
    readingList: [Saved]!
  }
`;
const NOTES: Record<string, string[]> = {
  'scenic:zhuoshui': ['visit in spring'],
  'town:jinxi': ['ask about the cooperative'],
};

function readingListSubgraph(keys: () => string[]) {
  const saved = {
    __resolveReference: (reference: { key: string }) => reference,
    notes: (entity: { key: string }) => NOTES[entity.key] ?? [],
  };
  return createYoga({
    schema: buildSubgraphSchema({
      typeDefs: parse(READING_LIST_SDL),
      resolvers: {
        Query: { readingList: () => keys().map((key) => ({ key })) },
        Saved: {
          __resolveType: ({ key }: { key: string }) => (key.startsWith('town:') ? 'Town' : 'ScenicArea'),
        },
        ScenicArea: saved,
        Town: saved,
      },
    }),
    logging: false,
  });
}

describe('a federation subgraph behind Hive Gateway', () => {
  // Private reads: the gateway must pass the client's token through.
  const kg = useSeededServer({
    seed: true,
    listen: true,
    federation: { subgraphEnabled: true },
    auth: { editors: [], readers: [READER], publicReads: false },
  });
  const readingKeys = ['scenic:zhuoshui', 'town:jinxi'];
  let readingList: Listening;
  let gateway: Listening;

  beforeAll(async () => {
    readingList = await listen(readingListSubgraph(() => readingKeys));
    const composed = composeServices([
      { name: 'knowledge-graph', typeDefs: parse(SUBGRAPH_SDL), url: `${kg.url}/subgraph` },
      { name: 'reading-list', typeDefs: parse(READING_LIST_SDL), url: `${readingList.url}/graphql` },
    ]);
    if (!composed.supergraphSdl) throw new Error((composed.errors ?? []).map((e) => e.message).join('\n'));
    const runtime = createGatewayRuntime({
      supergraph: composed.supergraphSdl,
      logging: false,
      // The client's token and request id go to every subgraph, which checks the token itself.
      propagateHeaders: {
        fromClientToSubgraphs: ({ request }) => ({
          authorization: request.headers.get('authorization'),
          'x-request-id': request.headers.get('x-request-id'),
        }),
      },
    });
    gateway = await listen(runtime);
  });
  afterAll(async () => {
    await gateway?.close();
    await readingList?.close();
  });

  async function throughGateway<Data>(query: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return (await response.json()) as GraphQLResponse<Data>;
  }
  const asReader = { authorization: `Bearer ${READER.token}` };

  it('answers from both subgraphs: the notes of the reading list and the entities of the article', async () => {
    const result = await throughGateway<{
      readingList: {
        key: string;
        name: string;
        notes: string[];
        designations?: { name: string }[];
        district?: { name: string }[];
      }[];
    }>(
      `{ readingList {
          ... on ScenicArea { key name notes designations { name } district { name } }
          ... on Town { key name notes district { name } } } }`,
      asReader,
    );
    expect(result.errors).toBeUndefined();
    const [zhuoshui, jinxi] = result.data?.readingList ?? [];
    expect(zhuoshui).toMatchObject({ key: 'scenic:zhuoshui', name: '濯水景区', notes: ['visit in spring'] });
    expect(zhuoshui?.designations?.map((d) => d.name)).toContain('国家5A级旅游景区');
    expect(zhuoshui?.district).toEqual([{ name: '黔江区' }]);
    expect(jinxi).toMatchObject({ key: 'town:jinxi', name: '金溪镇', notes: ['ask about the cooperative'] });
  });

  it('extends this server’s entities with the other subgraph’s fields', async () => {
    const result = await throughGateway<{
      entity: { name: string; notes: string[]; relationships: { totalCount: number } };
    }>(
      '{ entity(key: "scenic:zhuoshui") { name relationships { totalCount } ... on ScenicArea { notes } } }',
      asReader,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.entity.name).toBe('濯水景区');
    expect(result.data?.entity.notes).toEqual(['visit in spring']);
    const direct = await kg.data<{ entity: { relationships: { totalCount: number } } }>(
      '{ entity(key: "scenic:zhuoshui") { relationships { totalCount } } }',
      {},
      asReader,
    );
    expect(result.data?.entity.relationships.totalCount).toBe(direct.entity.relationships.totalCount);
    // A list of this server's entities, each completed by the other subgraph (one batched call per type).
    const district = await throughGateway<{
      entity: { towns: { name: string; notes: string[] }[] };
    }>('{ entity(key: "district:qianjiang") { ... on District { towns { name notes } } } }', asReader);
    expect(district.errors).toBeUndefined();
    expect(district.data?.entity.towns).toContainEqual({
      name: '金溪镇',
      notes: ['ask about the cooperative'],
    });
    expect(district.data?.entity.towns.length).toBeGreaterThan(1);
  });

  it('refuses a client without a token with this server’s code, and serves none of its data', async () => {
    const result = await throughGateway<{ entity: unknown }>('{ entity(key: "town:jinxi") { name } }');
    expect(result.data?.entity ?? null).toBeNull();
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    const entities = await throughGateway<{ readingList: unknown }>(
      '{ readingList { ... on Town { name } ... on ScenicArea { name } } }',
    );
    expect(JSON.stringify(entities)).not.toContain('金溪镇');
    expect(entities.errors?.map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');
  });

  it('keeps the cost limit and its code behind the gateway', async () => {
    const result = await throughGateway<unknown>(
      `{ entities(first: 100) { edges { node { neighbors(first: 100) { edges { node {
          neighbors(first: 100) { edges { node { name } } } } } } } } } }`,
      asReader,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/complexity \d+ exceeds the limit/);
  });

  /** `_entities` as a gateway asks it, straight to a subgraph counting its round trips. */
  async function entitiesCounted(representations: unknown[], selection: string) {
    const { driver, counter } = countingDriver(kg.driver);
    const server = testServer(driver, {
      federation: { subgraphEnabled: true },
      http: { responseCacheTtlMs: 0 },
      auth: { editors: [], readers: [READER], publicReads: false },
    });
    const result = await subgraphRequest<{ _entities: ({ key: string; name: string } | null)[] }>(
      server,
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`,
      { representations },
      asReader,
    );
    return { result, roundTrips: counter.roundTrips };
  }

  it('resolves 100 entities of a gateway’s batch in one statement per level', async () => {
    const keys = await kg.data<{ entities: { edges: { node: { key: string } }[] } }>(
      '{ entities(first: 100) { edges { node { key } } } }',
      {},
      asReader,
    );
    const representations = keys.entities.edges.map(({ node }) => ({ __typename: 'Entity', key: node.key }));
    const selection = `... on Entity { key name statistics { metric }
      relationships(first: 5) { edges { node { type to { name } citation { quote } } } } }`;
    const ten = await entitiesCounted(representations.slice(0, 10), selection);
    const hundred = await entitiesCounted(representations, selection);
    expect(hundred.result.errors).toBeUndefined();
    expect(hundred.result.data?._entities).toHaveLength(100);
    expect(hundred.result.data?._entities.map((entity) => entity?.key)).toEqual(
      representations.map((r) => r.key),
    );
    expect(hundred.result.data?._entities.find((entity) => entity?.key === 'district:qianjiang')?.name).toBe(
      '黔江区',
    );
    console.log(`[federation] round trips: ${ten.roundTrips} for 10 entities, ${hundred.roundTrips} for 100`);
    // The entities; then their statistics and relationship pages; then the relationships' ends.
    expect(hundred.roundTrips).toBeLessThanOrEqual(3);
    expect(hundred.roundTrips).toBe(ten.roundTrips);
  });

  it('resolves references by key or global ID, and to null when they name nothing', async () => {
    const town = await kg.data<{ entity: { id: string } }>(
      '{ entity(key: "town:jinxi") { id } }',
      {},
      asReader,
    );
    const { result } = await entitiesCounted(
      [
        { __typename: 'Town', id: town.entity.id },
        { __typename: 'Town', key: 'district:qianjiang' }, // a key of another type
        { __typename: 'Entity', key: 'town:no-such-town' },
        { __typename: 'District', id: 'not an id' },
        { __typename: 'Source', key: 'qianjiang-2021-04-15' },
      ],
      '... on Entity { key name } ... on Source { key title }',
    );
    expect(result.errors).toBeUndefined();
    const [byId, otherType, unknown, malformed, source] = result.data?._entities ?? [];
    expect(byId).toEqual({ key: 'town:jinxi', name: '金溪镇' });
    expect([otherType, unknown, malformed]).toEqual([null, null, null]);
    expect(source).toMatchObject({ key: 'qianjiang-2021-04-15' });
  });

  it('refuses bad representations by name, with BAD_USER_INPUT, running nothing', async () => {
    const cases: [unknown[], RegExp][] = [
      [
        [
          { __typename: 'Town', key: 'town:jinxi' },
          { __typename: 'Change', key: 'x' },
        ],
        /representations\[1\].*"Change" is not an entity type/,
      ],
      [[{ key: 'town:jinxi' }], /representations\[0\].*`__typename`/],
      [[{ __typename: 'Town', name: '金溪镇' }], /representations\[0\].*`key` or an `id`/],
      [
        Array.from({ length: 1001 }, () => ({ __typename: 'Town', key: 'town:jinxi' })),
        /1001 given, at most 1000/,
      ],
    ];
    for (const [representations, message] of cases) {
      const { result, roundTrips } = await entitiesCounted(representations, '... on Entity { name }');
      expect(codeOf(result), JSON.stringify(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(roundTrips).toBe(0);
    }
  });

  it('serves the checked-in SDL as `_service { sdl }`, to readers only', async () => {
    const query = '{ _service { sdl } }';
    const refused = await subgraphRequest(kg.server, query);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    const served = await subgraphRequest<{ _service: { sdl: string } }>(kg.server, query, {}, asReader);
    expect(`${served.data?._service.sdl}\n`).toBe(SUBGRAPH_SDL);
  });

  it('leaves /graphql as it was, and /subgraph unknown unless enabled', async () => {
    const plain = await kg.graphql('{ _service { sdl } }', {}, asReader);
    expect(codeOf(plain)).toBe('GRAPHQL_VALIDATION_FAILED');
    const off = kg.serverWith({ federation: { subgraphEnabled: false } });
    expect(off.subgraph).toBeUndefined();
    const listening = await listen(off.listener);
    try {
      const response = await fetch(`${listening.url}/subgraph`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...asReader },
        body: '{"query":"{ _service { sdl } }"}',
      });
      expect(response.status).toBe(404);
    } finally {
      await listening.close();
    }
  });
});

/** POSTs an operation to a server's /subgraph, as a gateway does. */
async function subgraphRequest<Data = Record<string, unknown>>(
  server: Server,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Data>> {
  if (!server.subgraph) throw new Error('the server has no subgraph endpoint');
  const response = await server.subgraph.fetch('http://localhost/subgraph', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}
