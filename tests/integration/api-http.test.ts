import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { fetchDistrictOverview } from '../../client/examples/district-overview.ts';
import type { AuthSettings } from '../../src/http/auth.ts';
import { DEFAULT_HTTP_SETTINGS, type HttpSettings, type Server } from '../../src/http/server.ts';
import { loadTrustedDocuments } from '../../src/http/trusted-documents.ts';
import { jinxiInput, SOURCE } from '../support/data.ts';
import { useSeededServer } from '../support/fixture.ts';

/** What frontends get from the HTTP layer: CORS, GET caching with ETags, the response cache, trusted documents. */

const AUTH: AuthSettings = {
  editors: [{ name: 'alice', token: 'alice-editor-token-0001' }],
  readers: [{ name: 'rita', token: 'rita-reader-token-0003' }],
  publicReads: true,
};
const EDITOR = { authorization: 'Bearer alice-editor-token-0001' };
const READER = { authorization: 'Bearer rita-reader-token-0003' };
const JSON_ACCEPT = { accept: 'application/graphql-response+json' };

const kg = useSeededServer({ seed: true, auth: AUTH, listen: true });

const serverWith = (http: Partial<HttpSettings>): Server => kg.serverWith({ http });

const get = (target: Server, params: Record<string, string>, headers: Record<string, string> = {}) =>
  target.yoga.fetch(`http://localhost/graphql?${new URLSearchParams(params)}`, {
    headers: { ...JSON_ACCEPT, ...headers },
  });

const post = (target: Server, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  target.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...JSON_ACCEPT, ...headers },
    body: JSON.stringify(body),
  });

async function neo4jTransactions(target: Server): Promise<number> {
  const metric = await target.metrics.neo4jTransactions.get();
  return metric.values.reduce((sum, { value }) => sum + value, 0);
}

describe('CORS', () => {
  const preflight = (target: Server, origin: string) =>
    target.yoga.fetch('http://localhost/graphql', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization',
      },
    });

  it('answers the preflight of a localhost dev origin with what it may send, and no credentials', async () => {
    const response = await preflight(kg.server, 'http://localhost:5173');
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('Authorization');
    expect(response.headers.get('access-control-allow-headers')).toContain('If-None-Match');
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('lets an allowed origin read the answer and its ETag', async () => {
    const response = await post(
      kg.server,
      { query: '{ entity(key: "town:jinxi") { name } }' },
      {
        origin: 'http://127.0.0.1:3000',
      },
    );
    expect(await response.json()).toEqual({ data: { entity: { name: '金溪镇' } } });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:3000');
    expect(response.headers.get('access-control-expose-headers')).toContain('ETag');
    expect(response.headers.get('vary')).toContain('Origin');
  });

  it('gives a refused origin no CORS headers, on the preflight and on the request', async () => {
    const refused = await preflight(kg.server, 'https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    expect(refused.headers.get('access-control-allow-methods')).toBeNull();
    const request = await post(
      kg.server,
      { query: '{ entity(key: "town:jinxi") { name } }' },
      {
        origin: 'https://evil.example',
      },
    );
    expect(request.headers.get('access-control-allow-origin')).toBeNull();
    // A look-alike of an allowed localhost origin is refused too.
    const lookalike = await preflight(kg.server, 'http://localhost.evil.example:5173');
    expect(lookalike.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('always allows its own origin, and follows a configured list with credentials', async () => {
    const configured = serverWith({ corsOrigins: ['https://app.example.org'], corsCredentials: true });
    const allowed = await preflight(configured, 'https://app.example.org');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.org');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const dev = await preflight(configured, 'http://localhost:5173');
    expect(dev.headers.get('access-control-allow-origin')).toBeNull();
    const own = await preflight(configured, 'http://localhost');
    expect(own.headers.get('access-control-allow-origin')).toBe('http://localhost');
  });
});

describe('HTTP caching of reads', () => {
  beforeEach(() => kg.server.responseCache.clear());
  const query = '{ entity(key: "scenic:zhuoshui") { name nameEn } }';

  it('answers a GET read with Cache-Control and an ETag, and a matching If-None-Match with 304 and no body', async () => {
    const first = await get(kg.server, { query });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({
      data: { entity: { name: '濯水景区', nameEn: 'Zhuoshui Scenic Area' } },
    });
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{43}"$/);

    const again = await get(kg.server, { query }, { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');

    const stale = await get(kg.server, { query }, { 'if-none-match': '"not-this-one"' });
    expect(stale.status).toBe(200);
  });

  it('uses HTTP_CACHE_MAX_AGE, keeps token reads private, and never stores POSTs or errors', async () => {
    const longer = serverWith({ cacheMaxAgeSeconds: 300 });
    expect((await get(longer, { query })).headers.get('cache-control')).toBe('public, max-age=300');
    expect((await get(longer, { query }, READER)).headers.get('cache-control')).toBe('private, max-age=300');
    expect((await post(longer, { query })).headers.get('cache-control')).toBe('no-store');
    const failing = await get(longer, { query: '{ subgraph(key: "town:atlantis") { truncated } }' });
    expect(
      ((await failing.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('NOT_FOUND');
    expect(failing.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a mutation over GET with 405, and writes nothing', async () => {
    const before = await kg.checksum();
    const response = await get(
      kg.server,
      { query: 'mutation { deleteEntity(key: "town:jinxi") { change { seq } } }' },
      EDITOR,
    );
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toBe('Can only perform a mutation operation from a POST request.');
    expect(await kg.checksum()).toBe(before);
  });
});

describe('response cache', () => {
  beforeEach(() => kg.reseed());

  it('answers a repeated read from memory, without a database transaction', async () => {
    const query = '{ entity(key: "industry:sericulture") { name statistics { metric valueText } } }';
    const first = await (await post(kg.server, { query })).json();
    const transactions = await neo4jTransactions(kg.server);
    const second = await (await post(kg.server, { query })).json();
    expect(second).toEqual(first);
    expect(await neo4jTransactions(kg.server)).toBe(transactions);
    // Another role gets its own entry: readers' answers are not served to anonymous callers.
    await post(kg.server, { query }, READER);
    expect(await neo4jTransactions(kg.server)).toBeGreaterThan(transactions);
  });

  it('forgets every cached read after a mutation, even one whose answer names no cached entity', async () => {
    const neighbours = `{ entity(key: "industry:sericulture") {
      relationships(first: 100) { totalCount edges { node { from { key } } } } } }`;
    type Neighbours = {
      data: {
        entity: { relationships: { totalCount: number; edges: { node: { from: { key: string } } }[] } };
      };
    };
    const before = (await (await get(kg.server, { query: neighbours })).json()) as Neighbours;
    const supporters = before.data.entity.relationships.edges.map((edge) => edge.node.from.key);
    expect(supporters).not.toContain('org:citic-group');

    const added = await post(
      kg.server,
      {
        query: `mutation { addRelationship(input: { from: "org:citic-group", type: SUPPORTS, to: "industry:sericulture",
          citation: { source: "${SOURCE}", quote: "凝聚中信集团、山东日照、重庆永川、市卫生健康委帮扶集团和区级部门、重点企事业单位的帮扶合力" } }) { change { seq } } }`,
      },
      EDITOR,
    );
    expect(((await added.json()) as { errors?: unknown }).errors).toBeUndefined();

    const after = (await (await get(kg.server, { query: neighbours })).json()) as Neighbours;
    expect(after.data.entity.relationships.totalCount).toBe(before.data.entity.relationships.totalCount + 1);
    expect(after.data.entity.relationships.edges.map((edge) => edge.node.from.key)).toContain(
      'org:citic-group',
    );
  });

  it('keeps its answers when a mutation is refused, so callers without a token cannot flush it', async () => {
    const query = '{ entity(key: "town:jinxi") { name } }';
    await post(kg.server, { query });
    const refused = await post(kg.server, {
      query: 'mutation { deleteEntity(key: "town:jinxi") { change { seq } } }',
    });
    const refusal = (await refused.json()) as { errors: { extensions: { code: string } }[] };
    expect(refusal.errors[0]?.extensions.code).toBe('UNAUTHENTICATED');
    const transactions = await neo4jTransactions(kg.server);
    expect(await (await post(kg.server, { query })).json()).toEqual({ data: { entity: { name: '金溪镇' } } });
    expect(await neo4jTransactions(kg.server)).toBe(transactions);
  });

  it('gives a new ETag after an edit, so a conditional GET gets the new data, not 304', async () => {
    const query = '{ entity(key: "town:jinxi") { nameEn } }';
    const first = await get(kg.server, { query });
    expect(await first.json()).toEqual({ data: { entity: { nameEn: 'Jinxi Town' } } });
    const etag = first.headers.get('etag') ?? '';

    const edited = await post(
      kg.server,
      {
        query: `mutation ($input: UpsertEntityInput!) { upsertEntity(input: $input) { entity { key } } }`,
        variables: { input: jinxiInput() },
      },
      EDITOR,
    );
    expect(((await edited.json()) as { errors?: unknown }).errors).toBeUndefined();

    const after = await get(kg.server, { query }, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ data: { entity: { nameEn: 'Jinxi' } } });
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it('is off with RESPONSE_CACHE_TTL_MS=0: every read reaches the database', async () => {
    const uncached = serverWith({ responseCacheTtlMs: 0 });
    const query = '{ entity(key: "town:jinxi") { name } }';
    await post(uncached, { query });
    const transactions = await neo4jTransactions(uncached);
    await post(uncached, { query });
    expect(await neo4jTransactions(uncached)).toBeGreaterThan(transactions);
  });
});

describe('trusted documents', () => {
  const documents = loadTrustedDocuments();
  const idOf = (operationName: string) => {
    const entry = [...documents].find(([, text]) => new RegExp(`query ${operationName}\\b`).test(text));
    if (!entry) throw new Error(`${operationName} is not in the manifest`);
    return entry[0];
  };
  type Overview = {
    data: { entity: { name: string; industries: { name: string }[]; honors: { name: string }[] } };
  };

  beforeEach(() => kg.server.responseCache.clear());

  it('runs a document by its id, over POST and over GET, and answers the GET from the cache next time', async () => {
    const documentId = idOf('DistrictOverview');
    const variables = { key: 'district:qianjiang' };
    const posted = (await (await post(kg.server, { documentId, variables })).json()) as Overview;
    expect(posted.data.entity.name).toBe('黔江区');
    expect(posted.data.entity.honors.map((honor) => honor.name)).toEqual(['全国脱贫攻坚交流基地']);

    const first = await get(kg.server, { documentId, variables: JSON.stringify(variables) });
    expect(await first.json()).toEqual(posted);
    const transactions = await neo4jTransactions(kg.server);
    const again = await get(
      kg.server,
      { documentId, variables: JSON.stringify(variables) },
      { 'if-none-match': first.headers.get('etag') ?? '' },
    );
    expect(again.status).toBe(304);
    expect(await neo4jTransactions(kg.server)).toBe(transactions);
  });

  it("accepts Apollo's persistedQuery extension with the bare hash", async () => {
    const hash = idOf('ExplorerTimeline').slice('sha256:'.length);
    const response = await post(kg.server, {
      extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
    });
    const body = (await response.json()) as { data: { timeline: { name: string; date: string }[] } };
    expect(body.data.timeline[0]).toMatchObject({
      date: '2015-07',
      name: '黔江吹响“贫困户越线、贫困村脱贫、贫困区摘帽”冲锋号',
    });
    expect(body.data.timeline.map((event) => event.date)).toEqual(
      [...body.data.timeline.map((event) => event.date)].sort(),
    );
  });

  it('refuses an unknown document id with 400, naming it', async () => {
    const response = await post(kg.server, { documentId: 'sha256:0000', variables: {} });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(body.errors[0]?.message).toContain('"sha256:0000"');
  });

  it('in strict mode runs only trusted documents, except for editors, and serves no playground', async () => {
    const strict = serverWith({ trustedDocumentsOnly: true });
    const arbitrary = await post(strict, { query: '{ entity(key: "town:jinxi") { name } }' }, READER);
    expect(arbitrary.status).toBe(400);
    const refusal = (await arbitrary.json()) as {
      errors: { message: string; extensions: { code: string } }[];
    };
    expect(refusal.errors[0]?.extensions.code).toBe('PERSISTED_QUERY_ONLY');
    expect(refusal.errors[0]?.message).toContain('documentId');

    const trusted = (await (
      await post(strict, { documentId: idOf('DistrictOverview'), variables: { key: 'district:qianjiang' } })
    ).json()) as Overview;
    expect(trusted.data.entity.industries.map((industry) => industry.name)).toContain('蚕桑');

    const editor = await post(strict, { query: '{ entity(key: "town:jinxi") { name } }' }, EDITOR);
    expect(await editor.json()).toEqual({ data: { entity: { name: '金溪镇' } } });

    const playground = await strict.yoga.fetch('http://localhost/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await playground.text()).not.toContain('GraphiQL');
  });

  it('keeps arbitrary queries and the playground in the default mode', async () => {
    const response = await post(kg.server, { query: '{ entity(key: "town:jinxi") { name } }' });
    expect(await response.json()).toEqual({ data: { entity: { name: '金溪镇' } } });
    const playground = await kg.server.yoga.fetch('http://localhost/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(playground.status).toBe(200);
    expect(await playground.text()).toContain('GraphiQL');
  });
});

describe('compression of answers', () => {
  beforeEach(() => kg.server.responseCache.clear());
  // 黔江区's details with all its relationships: about 44 KB of JSON.
  const large = `{ entity(key: "district:qianjiang") { name relationships(first: 100) { totalCount
    edges { node { type from { key name nameEn } to { key name nameEn } citation { quote } } } } } }`;
  const small = '{ entity(key: "scenic:zhuoshui") { name } }';
  const plain = async (query: string) => {
    const response = await post(kg.server, { query }, { 'accept-encoding': 'identity' });
    expect(response.headers.get('content-encoding')).toBeNull();
    return Buffer.from(await response.arrayBuffer());
  };

  it('sends large answers brotli-compressed when accepted, else gzip, with Vary: Accept-Encoding', async () => {
    const identity = await plain(large);
    expect(identity.length).toBeGreaterThan(20_000);
    expect(JSON.parse(identity.toString('utf8')).errors).toBeUndefined();

    const br = await post(kg.server, { query: large }, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept, Authorization, Origin, Accept-Encoding');
    const brBody = Buffer.from(await br.arrayBuffer());
    expect(Number(br.headers.get('content-length'))).toBe(brBody.length);
    expect(brBody.length).toBeLessThan(identity.length / 3);
    expect(brotliDecompressSync(brBody).equals(identity)).toBe(true);

    const gzip = await post(kg.server, { query: large }, { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gzip.arrayBuffer())).equals(identity)).toBe(true);

    const none = await post(kg.server, { query: large }, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(none.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await none.arrayBuffer()).equals(identity)).toBe(true);
  });

  it('leaves answers under GRAPHQL_COMPRESS_MIN_BYTES alone, and all of them with off', async () => {
    const identity = await plain(small);
    expect(identity.length).toBeLessThan(DEFAULT_HTTP_SETTINGS.compressMinBytes);
    const response = await post(kg.server, { query: small }, { 'accept-encoding': 'br, gzip' });
    expect(response.headers.get('content-encoding')).toBeNull();
    expect(response.headers.get('vary')).toContain('Accept-Encoding');
    expect(Buffer.from(await response.arrayBuffer()).equals(identity)).toBe(true);

    const off = serverWith({ compressMinBytes: Number.POSITIVE_INFINITY });
    const uncompressed = await post(off, { query: large }, { 'accept-encoding': 'br, gzip' });
    expect(uncompressed.headers.get('content-encoding')).toBeNull();
    expect(JSON.parse(await uncompressed.text()).data.entity.name).toBe('黔江区');
  });

  it('answers a conditional GET with 304 whatever the encoding of the first answer', async () => {
    const first = await get(kg.server, { query: large }, { 'accept-encoding': 'br' });
    expect(first.headers.get('content-encoding')).toBe('br');
    const etag = first.headers.get('etag') ?? '';
    const again = await get(kg.server, { query: large }, { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('vary')).toContain('Accept-Encoding');
  });
});

describe('the example client', () => {
  it('fetches the district overview over HTTP with its typed, trusted document', async () => {
    const district = await fetchDistrictOverview(`${kg.url}/graphql`);
    expect(district.name).toBe('黔江区');
    expect(district.nameEn).toBe('Qianjiang District');
    expect(district.industries.map((industry) => industry.name)).toEqual(
      expect.arrayContaining(['蚕桑', '水果', '旅游']),
    );
    expect(district.supporters.map((support) => support.from.name)).toEqual(
      expect.arrayContaining(['中信集团', '山东日照', '重庆永川']),
    );
    expect(district.teams.map((team) => team.name)).toEqual(
      expect.arrayContaining(['驻村干部团队', '教育工作者团队', '医务工作者团队']),
    );
  });
});

describe('batching and partial results', () => {
  beforeEach(() => kg.server.responseCache.clear());

  it('answers every field it can when others fail, with each error at its path', async () => {
    const response = await post(kg.server, {
      query: `{
        overview: entity(key: "district:qianjiang") { name }
        path: shortestPath(fromKey: "town:atlantis", toKey: "scenic:zhuoshui") { length }
        broken: entity(key: "town:jinxi") { name relationships(first: 500) { totalCount } }
        scenic: entity(key: "scenic:zhuoshui") { name }
      }`,
    });
    const body = (await response.json()) as {
      data: Record<string, { name: string } | null>;
      errors: { path: string[]; extensions: { code: string } }[];
    };
    expect(body.data).toEqual({
      overview: { name: '黔江区' },
      path: null,
      broken: null,
      scenic: { name: '濯水景区' },
    });
    expect(body.errors.map((error) => [error.path.join('.'), error.extensions.code]).sort()).toEqual([
      ['broken.relationships', 'BAD_USER_INPUT'],
      ['path', 'BAD_USER_INPUT'],
    ]);
  });

  it('refuses an array of operations: batch by asking for many fields in one operation', async () => {
    const response = await kg.server.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...JSON_ACCEPT },
      body: JSON.stringify([{ query: '{ sources { title } }' }, { query: '{ sources { title } }' }]),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toContain('Batching is not supported');
  });
});
