import { readFileSync } from 'node:fs';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthSettings } from '../../src/http/auth.ts';
import { fromRoot } from '../../src/project-root.ts';
import { SOURCE } from '../support/data.ts';
import { useSeededServer } from '../support/fixture.ts';
import { type Listening, listen } from '../support/http.ts';

/** The MCP endpoint with the SDK's own client, over HTTP: the tools, their citations, their errors. */

const READER_TOKEN = 'rita-reader-token-0003';
const AUTH: AuthSettings = {
  editors: [],
  readers: [{ name: 'rita', token: READER_TOKEN }],
  publicReads: true,
};
const ARTICLE = readFileSync(fromRoot('seed', 'sources', `${SOURCE}.txt`), 'utf8');
const ZHUOSHUI_5A = '去年12月，黔江濯水景区成功创建国家5A级旅游景区。';
/** What the designation quotes: the sentence without its full stop. */
const DESIGNATION_QUOTE = ZHUOSHUI_5A.slice(0, -1);

const kg = useSeededServer({ seed: true, listen: true, auth: AUTH, mcp: { mcpEnabled: true } });

interface Citation {
  quote: string;
  exact: string | null;
  start: number | null;
  end: number | null;
  sentence: { plain: string } | null;
  source: { key: string };
}

/** The article between two offsets as it reads: code points, without the page's line breaks and spaces. */
const span = (start: number, end: number) =>
  Array.from(ARTICLE).slice(start, end).join('').replace(/\s/g, '');

async function connect(url: string, headers: Record<string, string> = {}): Promise<Client> {
  const client = new Client({ name: 'mcp-test', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL('/mcp', url), { requestInit: { headers } }));
  return client;
}

type ToolAnswer = {
  isError?: boolean;
  structuredContent?: unknown;
  content: { type: string; text?: string }[];
};

const textOf = (answer: ToolAnswer) => answer.content.map((part) => part.text ?? '').join('\n');

/** The tool's data, failing the test with its error text when it answers with one. */
async function callData<Data>(client: Client, name: string, args: Record<string, unknown>): Promise<Data> {
  const answer = (await client.callTool({ name, arguments: args })) as ToolAnswer;
  if (answer.isError) throw new Error(`${name} failed: ${textOf(answer)}`);
  expect(JSON.parse(textOf(answer))).toEqual(answer.structuredContent);
  return answer.structuredContent as Data;
}

describe('the MCP endpoint, enabled', () => {
  let client: Client;
  beforeAll(async () => {
    client = await connect(kg.url);
  });
  afterAll(() => client?.close());

  it('lists one tool per trusted MCP operation, each with an input schema derived from its variables', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual([
      'explain_link',
      'figure_groups',
      'figures',
      'get_entity',
      'neighbourhood',
      'read_passage',
      'search_entities',
      'timeline',
    ]);
    for (const tool of tools) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(40);
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.annotations?.readOnlyHint).toBe(true);
    }
    const byName = new Map(tools.map((tool) => [tool.name, tool]));
    expect(byName.get('get_entity')?.inputSchema).toMatchObject({
      properties: { key: { type: 'string' } },
      required: ['key'],
    });
    const search = byName.get('search_entities')?.inputSchema;
    expect(search?.required).toEqual(['query']);
    expect(search?.properties?.first).toMatchObject({ type: 'integer' });
    expect(search?.properties?.types).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(search?.properties?.types).toMatchObject({
      items: { enum: expect.arrayContaining(['SCENIC_AREA']) },
    });
    // Input objects become $defs, so the recursive filter stays finite.
    expect(byName.get('figures')?.inputSchema).toMatchObject({
      properties: { where: { $ref: '#/$defs/StatisticFilter' } },
      $defs: {
        StatisticFilter: {
          properties: { AND: { type: 'array', items: { $ref: '#/$defs/StatisticFilter' } } },
        },
      },
    });
    expect(byName.get('figure_groups')?.inputSchema).toMatchObject({
      required: ['by'],
      properties: { by: { type: 'array', items: { enum: ['METRIC', 'YEAR', 'UNIT', 'SCOPE', 'SUBJECT'] } } },
    });
  });

  it('get_entity: 濯水景区 with its 5A designation, the sentence and its offsets in the article', async () => {
    const data = await callData<{
      entity: {
        name: string;
        relationships: {
          edges: { node: { type: string; to: { key: string }; citation: Citation | null } }[];
        };
      };
    }>(client, 'get_entity', { key: 'scenic:zhuoshui' });
    expect(data.entity.name).toBe('濯水景区');
    const designation = data.entity.relationships.edges
      .map((edge) => edge.node)
      .find((node) => node.type === 'DESIGNATED_AS' && node.to.key === 'brand:national-5a-scenic-area');
    const citation = designation?.citation;
    expect(citation?.quote).toBe(DESIGNATION_QUOTE);
    expect(citation?.sentence?.plain).toBe(ZHUOSHUI_5A);
    expect(citation?.source.key).toBe(SOURCE);
    expect(span(citation?.start ?? 0, citation?.end ?? 0)).toBe(DESIGNATION_QUOTE);
    for (const { node } of data.entity.relationships.edges) {
      if (node.citation?.start != null && node.citation.end != null) {
        expect(span(node.citation.start, node.citation.end)).toBe(node.citation.quote);
      }
    }
  });

  it('search_entities finds 濯水 and explain_link goes from CITIC to it in 2 cited hops', async () => {
    const { search } = await callData<{ search: { entity: { key: string } }[] }>(client, 'search_entities', {
      query: '濯水',
      first: 5,
    });
    expect(search.map((hit) => hit.entity.key)).toContain('scenic:zhuoshui');

    const { explain } = await callData<{
      explain: { length: number; hops: { from: { key: string }; to: { key: string }; citation: Citation }[] };
    }>(client, 'explain_link', { fromKey: 'org:citic-group', toKey: 'scenic:zhuoshui' });
    expect(explain.length).toBe(2);
    expect(explain.hops).toHaveLength(2);
    expect(explain.hops[0]?.from.key).toBe('org:citic-group');
    expect(explain.hops[1]?.to.key).toBe('scenic:zhuoshui');
    for (const hop of explain.hops) {
      expect(hop.citation.source.key).toBe(SOURCE);
      expect(span(hop.citation.start ?? 0, hop.citation.end ?? 0)).toBe(hop.citation.quote);
      expect(hop.citation.sentence?.plain).toContain(hop.citation.quote.replace(/。$/, ''));
    }
  });

  it('neighbourhood, timeline and figures answer with cited facts', async () => {
    const { subgraph } = await callData<{
      subgraph: { nodes: { key: string }[]; relationships: { citation: Citation | null }[] };
    }>(client, 'neighbourhood', { key: 'scenic:zhuoshui', depth: 1, limit: 50 });
    expect(subgraph.nodes.map((node) => node.key)).toContain('brand:national-5a-scenic-area');
    expect(subgraph.relationships.some((r) => r.citation?.quote === DESIGNATION_QUOTE)).toBe(true);

    const { timeline } = await callData<{ timeline: { date: string; citations: Citation[] }[] }>(
      client,
      'timeline',
      { from: '2020-12', to: '2020-12' },
    );
    expect(timeline.length).toBeGreaterThan(0);
    expect(timeline.every((event) => event.date.startsWith('2020'))).toBe(true);
    expect(timeline.flatMap((event) => event.citations).map((c) => c.sentence?.plain)).toContain(ZHUOSHUI_5A);

    const { statistics } = await callData<{
      statistics: { totalCount: number; edges: { node: { year: number | null; citation: Citation } }[] };
    }>(client, 'figures', { where: { year: { gte: 2020 } }, first: 5 });
    expect(statistics.totalCount).toBeGreaterThan(0);
    for (const { node } of statistics.edges) {
      expect(node.year).toBeGreaterThanOrEqual(2020);
      expect(ARTICLE.replace(/\s/g, '')).toContain(node.citation.quote.replace(/\s/g, ''));
    }
  });

  it('figure_groups adds up to the figures that figures lists, one group per metric and unit', async () => {
    const { statisticGroups } = await callData<{
      statisticGroups: {
        edges: { node: { key: { metric: string | null; unit: string }; count: number; sum: number } }[];
      };
    }>(client, 'figure_groups', { by: ['METRIC', 'UNIT'], first: 100 });
    const { statistics } = await callData<{ statistics: { totalCount: number } }>(client, 'figures', {
      first: 1,
    });
    const counted = statisticGroups.edges.reduce((total, { node }) => total + node.count, 0);
    expect(counted).toBe(statistics.totalCount);
    expect(statisticGroups.edges.every(({ node }) => node.key.metric !== null && node.count > 0)).toBe(true);
  });

  it('read_passage returns the sentence around a known span', async () => {
    const start = findSpan(ZHUOSHUI_5A);
    if (!start) throw new Error('the 5A sentence is not in the article');
    const { source } = await callData<{
      source: { passage: { text: string; sentences: { plain: string }[] } };
    }>(client, 'read_passage', { sourceKey: SOURCE, start: start.start, end: start.end });
    expect(source.passage.sentences.map((sentence) => sentence.plain)).toContain(ZHUOSHUI_5A);
  });

  it("keeps the API's limits, request ids and metrics", async () => {
    const tooDeep = (await client.callTool({
      name: 'neighbourhood',
      arguments: { key: 'scenic:zhuoshui', depth: 9 },
    })) as ToolAnswer;
    expect(tooDeep.isError).toBe(true);
    expect(textOf(tooDeep)).toMatch(/^BAD_USER_INPUT: .*\(argument: depth\)$/);

    const response = await fetch(new URL('/mcp', kg.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'x-request-id': 'mcp-request-0001',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('mcp-request-0001');
    const metrics = await (await fetch(new URL('/metrics', kg.url))).text();
    expect(metrics).toMatch(/http_requests_total\{method="POST",route="mcp",status="200"\} [1-9]/);
  });

  it('offers the article as a resource, its text the one citation offsets count into', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual([`kg://sources/${SOURCE}`]);
    const { contents } = await client.readResource({ uri: `kg://sources/${SOURCE}` });
    expect(contents).toEqual([{ uri: `kg://sources/${SOURCE}`, mimeType: 'text/plain', text: ARTICLE }]);
    await expect(client.readResource({ uri: 'kg://sources/nowhere' })).rejects.toThrow(
      /no source has the key/,
    );
  });

  it('names the field of bad input, and answers an unknown key as the API does', async () => {
    const missing = (await client.callTool({ name: 'get_entity', arguments: {} })) as ToolAnswer;
    expect(missing.isError).toBe(true);
    expect(textOf(missing)).toMatch(/\$key/);

    const wrongType = (await client.callTool({ name: 'get_entity', arguments: { key: 42 } })) as ToolAnswer;
    expect(wrongType.isError).toBe(true);
    expect(textOf(wrongType)).toMatch(/\$key/);

    const extra = (await client.callTool({
      name: 'get_entity',
      arguments: { key: 'x', cypher: 'MATCH (n) RETURN n' },
    })) as ToolAnswer;
    expect(extra.isError).toBe(true);
    expect(textOf(extra)).toContain('"cypher"');

    const unknown = await callData<{ entity: null }>(client, 'get_entity', { key: 'scenic:nowhere' });
    expect(unknown.entity).toBeNull();

    const unlinked = (await client.callTool({
      name: 'explain_link',
      arguments: { fromKey: 'org:nobody', toKey: 'scenic:zhuoshui' },
    })) as ToolAnswer;
    expect(unlinked.isError).toBe(true);
    expect(textOf(unlinked)).toMatch(/^BAD_USER_INPUT: .*\(argument: fromKey\)/);
    expect(textOf(unlinked)).not.toMatch(/at .*\.ts|Neo4j|Cypher/);
  });
});

/** Where a quote stands in the article, in code points of the text as stored (line breaks included). */
function findSpan(quote: string): { start: number; end: number } | undefined {
  const chars = Array.from(ARTICLE);
  for (let start = 0; start < chars.length; start++) {
    if (chars[start] !== quote[0]) continue;
    for (let end = start + 1; end <= chars.length && end - start < quote.length * 2; end++) {
      if (span(start, end) === quote) return { start, end };
    }
  }
  return undefined;
}

describe('the MCP endpoint, disabled or private', () => {
  let disabled: Listening;
  let privateReads: Listening;
  beforeAll(async () => {
    disabled = await listen(kg.serverWith({ mcp: { mcpEnabled: false } }).listener);
    privateReads = await listen(
      kg.serverWith({ auth: { ...AUTH, publicReads: false }, mcp: { mcpEnabled: true } }).listener,
    );
  });
  afterAll(async () => {
    await disabled?.close();
    await privateReads?.close();
  });

  it('answers 404 at /mcp when MCP_ENABLED is off', async () => {
    const response = await fetch(new URL('/mcp', disabled.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(response.status).toBe(404);
    await expect(connect(disabled.url)).rejects.toThrow();
  });

  it('refuses a client without a token where reads are not public, and serves a reader', async () => {
    const response = await fetch(new URL('/mcp', privateReads.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/Bearer/);
    await expect(connect(privateReads.url)).rejects.toThrow();

    const reader = await connect(privateReads.url, { authorization: `Bearer ${READER_TOKEN}` });
    const { entity } = await callData<{ entity: { name: string } }>(reader, 'get_entity', {
      key: 'scenic:zhuoshui',
    });
    expect(entity.name).toBe('濯水景区');
    await reader.close();
  });
});
