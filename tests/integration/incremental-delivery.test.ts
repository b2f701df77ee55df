import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { Defer20220824Handler } from '@apollo/client/incremental';
import { print } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { DistrictOverviewDeferredDocument } from '../../client/examples/district-overview.ts';
import { documentIdOf } from '../../client/request.ts';
import type { Server } from '../../src/http/server.ts';
import { jinxiInput } from '../support/data.ts';
import { useSeededServer } from '../support/fixture.ts';
import {
  assemble,
  multipartParts,
  type Payload,
  postIncremental,
  serverSentEvents,
} from '../support/incremental.ts';
import { bearer, editorAuth, errorLog } from '../support/server.ts';

/**
 * @defer and @stream over multipart/mixed and text/event-stream, against the seeded graph: what
 * arrives in which part, what the response cache keeps, the limits and the codes of what goes wrong.
 */

const MULTIPART = 'multipart/mixed';
const EVENT_STREAM = 'text/event-stream';

const kg = useSeededServer({ seed: true, listen: true });

/** POSTs to the fixture's in-process server (or `server`) asking for multipart parts. */
async function parts(
  query: string,
  variables: Record<string, unknown> = {},
  { server = kg.server, headers = {} }: { server?: Server; headers?: Record<string, string> } = {},
) {
  const { response, body } = await postIncremental(
    (url, init) => server.yoga.fetch(url, init),
    'http://localhost/graphql',
    MULTIPART,
    { query, variables },
    headers,
  );
  return { response, payloads: multipartParts(body) };
}

const ZHUOSHUI_RELATIONSHIPS = `query ($key: String!) {
  entity(key: $key) {
    key
    name
    ... @defer(label: "relationships") {
      relationships(first: 5) { totalCount edges { node { type } } }
    }
  }
}`;

// In type order: an event concerns it, it holds two designations, carries out one initiative, lies in the district.
const ZHUOSHUI_TYPES = ['CONCERNS', 'DESIGNATED_AS', 'DESIGNATED_AS', 'IMPLEMENTS', 'LOCATED_IN'];

describe('@defer over multipart/mixed', () => {
  it('sends the entity first, then its relationships at their path, then hasNext: false', async () => {
    const response = await fetch(`${kg.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: MULTIPART },
      body: JSON.stringify({ query: ZHUOSHUI_RELATIONSHIPS, variables: { key: 'scenic:zhuoshui' } }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^multipart\/mixed/);
    // Parts of one answer are never kept by a browser or a CDN.
    expect(response.headers.get('cache-control')).toBe('no-store');
    const payloads = multipartParts(await response.text());
    expect(payloads).toHaveLength(2);
    const [first, last] = payloads as [Payload, Payload];
    expect(first).toEqual({ data: { entity: { key: 'scenic:zhuoshui', name: '濯水景区' } }, hasNext: true });
    expect(last.hasNext).toBe(false);
    expect(last.incremental).toEqual([
      {
        label: 'relationships',
        path: ['entity'],
        data: {
          relationships: { totalCount: 5, edges: ZHUOSHUI_TYPES.map((type) => ({ node: { type } })) },
        },
      },
    ]);
  });

  it('runs on graphql-js: the same selection without @defer answers the same data in one JSON body', async () => {
    const plain = await kg.data<{ entity: unknown }>(
      '{ entity(key: "town:jinxi") { key name statistics { metric } relationships(first: 3) { totalCount } } }',
    );
    const { payloads } = await parts(
      '{ entity(key: "town:jinxi") { key name ... @defer { statistics { metric } relationships(first: 3) { totalCount } } } }',
    );
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads[0]?.data).toEqual({ entity: { key: 'town:jinxi', name: '金溪镇' } });
    expect(assemble(payloads)).toEqual({ data: plain });
  });
});

describe('@defer over text/event-stream', () => {
  it('sends the same parts as events, in order, and `complete` at the end', async () => {
    const query = `{ entity(key: "district:qianjiang") { key name
      ... @defer(label: "statistics") { statistics(metric: "poverty_incidence") { year value valueText } } } }`;
    const response = await fetch(`${kg.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: EVENT_STREAM },
      body: JSON.stringify({ query }),
    });
    expect(response.headers.get('content-type')).toBe(EVENT_STREAM);
    const events = serverSentEvents(await response.text());
    expect(events.map((event) => event.event)).toEqual(['next', 'next', 'complete']);
    const [first, second] = events.slice(0, 2).map((event) => JSON.parse(event.data) as Payload);
    expect(first).toEqual({ data: { entity: { key: 'district:qianjiang', name: '黔江区' } }, hasNext: true });
    expect(second).toEqual({
      hasNext: false,
      incremental: [
        {
          label: 'statistics',
          path: ['entity'],
          // The article: incidence of poverty 13% in 2014, none in 2020.
          data: {
            statistics: [
              { year: 2014, value: 13, valueText: '13%' },
              { year: 2020, value: 0, valueText: '0' },
            ],
          },
        },
      ],
    });
  });
});

describe('@stream on a list field', () => {
  it("gives a district's towns one part after another, the first `initialCount` at once", async () => {
    const { payloads } = await parts(
      '{ entity(key: "district:qianjiang") { name ... on District { towns @stream(initialCount: 1) { key name } } } }',
    );
    expect(payloads[0]).toEqual({
      data: { entity: { name: '黔江区', towns: [{ key: 'town:jinxi', name: '金溪镇' }] } },
      hasNext: true,
    });
    const streamed = payloads.slice(1).flatMap((payload) => payload.incremental ?? []);
    expect(streamed.map((patch) => patch.path)).toEqual([
      ['entity', 'towns', 1],
      ['entity', 'towns', 2],
    ]);
    expect(payloads.at(-1)?.hasNext).toBe(false);
    expect(assemble(payloads).data).toEqual({
      entity: {
        name: '黔江区',
        towns: [
          { key: 'town:jinxi', name: '金溪镇' },
          { key: 'town:shuishi', name: '水市乡' },
          { key: 'town:zhongtang', name: '中塘' },
        ],
      },
    });
  });

  it("streams a connection's edges", async () => {
    const { payloads } = await parts(
      '{ entities(type: TOWN, first: 3) { totalCount edges @stream { node { key } } } }',
    );
    expect(payloads[0]).toEqual({ data: { entities: { totalCount: 3, edges: [] } }, hasNext: true });
    expect(assemble(payloads).data).toEqual({
      entities: {
        totalCount: 3,
        edges: ['town:jinxi', 'town:shuishi', 'town:zhongtang'].map((key) => ({ node: { key } })),
      },
    });
  });

  it('refuses @stream on a field that is not a list', async () => {
    const { response, payloads } = await parts('{ entity(key: "town:jinxi") { name @stream } }');
    expect(response.status).toBe(400);
    expect(payloads[0]?.errors?.[0]?.message).toMatch(/non-list field "name"/);
    expect(payloads[0]?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('Apollo Client 4 with Defer20220824Handler', () => {
  const clients: ApolloClient[] = [];
  afterAll(() => {
    for (const client of clients) client.stop();
  });

  const newClient = () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${kg.url}/graphql` }),
      cache: new InMemoryCache(),
      incrementalHandler: new Defer20220824Handler(),
    });
    clients.push(client);
    return client;
  };

  type Seen = { dataState: string; data: unknown };

  /** Every result `watchQuery` gives until the complete one. */
  function watchUntilComplete(client: ApolloClient): Promise<Seen[]> {
    return new Promise((resolve, reject) => {
      const seen: Seen[] = [];
      const subscription = client
        .watchQuery({ query: DistrictOverviewDeferredDocument, variables: { key: 'district:qianjiang' } })
        .subscribe({
          next: (result) => {
            if (result.error) reject(result.error);
            seen.push({ dataState: result.dataState, data: result.data });
            if (result.dataState === 'complete' && !result.loading) {
              subscription.unsubscribe();
              resolve(seen);
            }
          },
          error: reject,
        });
    });
  }

  const complete = {
    __typename: 'District',
    name: '黔江区',
    nameEn: 'Qianjiang District',
  };

  it("watches DistrictOverviewDeferred: the district's names while streaming, then its lists", async () => {
    const seen = await watchUntilComplete(newClient());
    const streaming = seen.find((result) => result.dataState === 'streaming');
    expect(streaming?.data).toEqual({ entity: complete });
    const done = seen.at(-1)?.data as {
      entity: {
        name: string;
        industries: { name: string }[];
        honors: { name: string }[];
        supporters: { from: { name: string }; citation: { quote: string } | null }[];
        teams: { name: string }[];
      };
    };
    expect(done.entity).toMatchObject(complete);
    expect(done.entity.industries.map((industry) => industry.name)).toEqual(
      expect.arrayContaining(['蚕桑', '水果', '旅游', '生猪', '烤烟', '中药材', '蔬菜']),
    );
    expect(done.entity.honors.map((honor) => honor.name)).toEqual(['全国脱贫攻坚交流基地']);
    expect(done.entity.supporters.find((support) => support.from.name === '中信集团')?.citation?.quote).toBe(
      '凝聚中信集团、山东日照、重庆永川、市卫生健康委帮扶集团和区级部门、重点企事业单位的帮扶合力',
    );
    expect(done.entity.teams.map((team) => team.name)).toEqual(
      expect.arrayContaining(['驻村干部团队', '教育工作者团队', '医务工作者团队']),
    );
  });

  it('accepts a response-cache hit, the whole result in one part, as complete at once', async () => {
    // The test before left this exact request in the server's response cache.
    const seen = await watchUntilComplete(newClient());
    // Loading (no data yet), then complete: nothing streams.
    expect(seen.map((result) => result.dataState)).toEqual(['empty', 'complete']);
    const honors = (seen.at(-1)?.data as { entity?: { honors?: unknown } } | undefined)?.entity?.honors;
    expect(honors).toEqual([{ __typename: 'Honor', name: '全国脱贫攻坚交流基地' }]);
  });
});

describe('the response cache and deferred answers', () => {
  it('keeps the answer once every part has come, and a hit answers it whole in one part', async () => {
    const server = kg.serverWith({});
    const variables = { key: 'scenic:zhuoshui' };
    const miss = await parts(ZHUOSHUI_RELATIONSHIPS, variables, { server });
    expect(miss.payloads).toHaveLength(2);
    const hit = await parts(ZHUOSHUI_RELATIONSHIPS, variables, { server });
    expect(hit.response.headers.get('etag')).toMatch(/^".+"$/);
    // No hasNext: one complete result, which multipart clients take as the whole answer.
    expect(hit.payloads).toEqual([assemble(miss.payloads)]);
    // The same selection without @defer is another document: its own entry, not the deferred one's.
    const plain = await kg.data(
      ZHUOSHUI_RELATIONSHIPS.replace('@defer(label: "relationships")', ''),
      variables,
    );
    expect(plain).toEqual(hit.payloads[0]?.data);
  });

  it('keeps nothing when a deferred part failed, so no later request gets a partial answer', async () => {
    const server = kg.serverWith({});
    const query = '{ entity(key: "town:jinxi") { name } ... @defer { node(id: "garbage") { id } } }';
    for (let attempt = 0; attempt < 2; attempt++) {
      const { payloads } = await parts(query, {}, { server });
      expect(payloads).toHaveLength(2);
      expect(payloads[1]?.incremental?.[0]?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('hostile and mistaken documents', () => {
  it.each([
    ['on a subscription root', 'subscription { ... @defer { changes { seq } } }', /root subscription type/],
    [
      'on a mutation root',
      'mutation { ... @defer { deleteEntity(key: "town:jinxi") { change { seq } } } }',
      /root mutation type/,
    ],
    [
      'with a label used twice',
      '{ entity(key: "town:jinxi") { ... @defer(label: "a") { key } ... @defer(label: "a") { name } } }',
      /label argument must be unique/,
    ],
    [
      'with a label from a variable',
      'query ($l: String) { entity(key: "town:jinxi") { ... @defer(label: $l) { key } } }',
      /label argument must be a static string/,
    ],
  ])('refuses @defer %s before anything runs', async (_label, query, message) => {
    const before = await kg.checksum();
    const { response, payloads } = await parts(query);
    expect(response.status).toBe(400);
    expect(payloads).toHaveLength(1);
    expect(payloads[0]?.errors?.[0]?.message).toMatch(message);
    expect(payloads[0]?.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await kg.checksum()).toBe(before);
  });

  it.each([
    [
      'written',
      '{ entity(key: "district:qianjiang") { ... on District { towns @stream(initialCount: -1) { name } } } }',
      {},
    ],
    [
      'in a variable',
      'query ($n: Int) { entity(key: "district:qianjiang") { ... on District { towns @stream(initialCount: $n) { name } } } }',
      { n: -1 },
    ],
  ])('refuses @stream(initialCount: -1) %s as BAD_USER_INPUT', async (_label, query, variables) => {
    const { payloads } = await parts(query, variables);
    expect(payloads).toEqual([
      {
        errors: [
          expect.objectContaining({
            message:
              '@stream(initialCount: -1): initialCount is how many items come in the first part, 0 or more.',
            extensions: { code: 'BAD_USER_INPUT', argument: 'initialCount' },
          }),
        ],
      },
    ]);
  });

  it('counts the fields of deferred fragments against the cost limit', async () => {
    const { payloads } = await parts(
      '{ entity(key: "district:qianjiang") { name ... @defer { relationships(first: 100000) { edges { node { type } } } } } }',
    );
    expect(payloads).toHaveLength(1);
    expect(payloads[0]?.data).toBeUndefined();
    expect(payloads[0]?.errors?.[0]?.message).toMatch(/^Query complexity \d+ exceeds the limit of 50000/);
    expect(payloads[0]?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('trusted documents', () => {
  it('runs DistrictOverviewDeferred by its documentId, in parts', async () => {
    const server = kg.serverWith({ http: { trustedDocumentsOnly: true } });
    const { response, body } = await postIncremental(
      (url, init) => server.yoga.fetch(url, init),
      'http://localhost/graphql',
      MULTIPART,
      {
        documentId: documentIdOf(DistrictOverviewDeferredDocument),
        variables: { key: 'district:qianjiang' },
      },
    );
    expect(response.status).toBe(200);
    const payloads = multipartParts(body);
    expect(payloads[0]).toEqual({
      data: { entity: { __typename: 'District', name: '黔江区', nameEn: 'Qianjiang District' } },
      hasNext: true,
    });
    const patch = payloads[1]?.incremental?.[0];
    expect(patch?.label).toBe('lists');
    expect((patch?.data?.honors as { name: string }[] | undefined)?.map((honor) => honor.name)).toEqual([
      '全国脱贫攻坚交流基地',
    ]);
  });

  it('refuses a deferred document that is not trusted, in strict mode, with PERSISTED_QUERY_ONLY', async () => {
    const server = kg.serverWith({ http: { trustedDocumentsOnly: true } });
    const { response, payloads } = await parts(
      print(DistrictOverviewDeferredDocument).replace('teams', 'towns'),
      {
        key: 'district:qianjiang',
      },
      { server },
    );
    expect(response.status).toBe(400);
    expect(payloads[0]?.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_ONLY');
  });
});

describe('errors inside deferred parts', () => {
  it('keep their codes and paths; an unknown key is null, as everywhere', async () => {
    const { payloads } = await parts(`{ entity(key: "district:qianjiang") { name }
      ... @defer { node(id: "garbage") { id } missing: entity(key: "town:nope") { name } } }`);
    expect(payloads[0]).toEqual({ data: { entity: { name: '黔江区' } }, hasNext: true });
    const [patch] = payloads[1]?.incremental ?? [];
    expect(patch?.data).toEqual({ node: null, missing: null });
    expect(patch?.errors).toEqual([
      expect.objectContaining({
        path: ['node'],
        extensions: { code: 'BAD_USER_INPUT', argument: 'id' },
      }),
    ]);
  });
});

// Last: these write, and load the seed again after themselves.
describe('deferred parts after writes', () => {
  it('mask an unexpected error inside a deferred part as INTERNAL_SERVER_ERROR, logged, without its text', async () => {
    // A statistic of nothing: the API cannot make one, and reading its subject fails unexpectedly.
    await kg.cypher(
      "CREATE (:Statistic {key: 'orphan|x|', metric: 'orphan', label: '孤儿', value: 1.0, unit: 'item', valueText: '1个'})",
    );
    const { logger, logged } = errorLog();
    const { payloads } = await parts(
      `{ entity(key: "district:qianjiang") { name }
        ... @defer { statistics(metric: "orphan") { edges { node { metric subject { key } } } } } }`,
      {},
      { server: kg.serverWith({ logger }) },
    );
    expect(payloads[0]).toEqual({ data: { entity: { name: '黔江区' } }, hasNext: true });
    const [patch] = payloads[1]?.incremental ?? [];
    expect(patch?.errors).toEqual([
      { message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true } },
    ]);
    expect(JSON.stringify(payloads)).not.toMatch(/has no subject|orphan\|x|stack|Neo\./);
    expect(logged.join('\n')).toContain('statistic orphan|x| has no subject');
    await kg.reseed();
  });

  it("empty the response cache when they are a mutation's payload, once it has committed", async () => {
    const token = 'alice-editor-token-0001';
    const server = kg.serverWith({ auth: editorAuth({ name: 'alice', token }) });
    const read = '{ entity(key: "town:jinxi") { nameEn } }';
    const readBody = async () => {
      const response = await server.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: read }),
      });
      return response.json();
    };
    expect(await readBody()).toEqual({ data: { entity: { nameEn: 'Jinxi Town' } } });
    const { payloads } = await parts(
      `mutation ($input: UpsertEntityInput!) {
        upsertEntity(input: $input) { entity { key ... @defer { nameEn } } } }`,
      { input: jinxiInput() },
      { server, headers: bearer(token) },
    );
    expect(payloads[0]).toEqual({ data: { upsertEntity: { entity: { key: 'town:jinxi' } } }, hasNext: true });
    expect(assemble(payloads).data).toEqual({
      upsertEntity: { entity: { key: 'town:jinxi', nameEn: 'Jinxi' } },
    });
    expect(await readBody()).toEqual({ data: { entity: { nameEn: 'Jinxi' } } });
    await kg.reseed();
  });
});
