import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundExamples } from '../../src/http/playground-examples.ts';
import { useSeededServer } from '../support/fixture.ts';
import { type Listening, listen } from '../support/http.ts';

/** The API over HTTP and the playground examples; the contract and schema.graphql checks are in tests/unit/schema-contract.test.ts. */

const kg = useSeededServer({ seed: true });

describe('over HTTP', () => {
  // GraphQL alone (yoga), not the whole HTTP surface, at /graphql.
  let yoga: Listening;
  let url: string;
  beforeAll(async () => {
    yoga = await listen(kg.server.yoga);
    url = `${yoga.url}/graphql`;
  });
  afterAll(() => yoga.close());

  it('passes the GraphQL-over-HTTP audit of graphql-http with no failure', async () => {
    const results = await auditServer({ url });
    const failures = results
      .filter((result) => result.status === 'error')
      .map((result) => `${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failures).toEqual([]);
    expect(results.filter((result) => result.status === 'ok').length).toBeGreaterThan(40);
  });

  it('serves GraphiQL with the example tabs, without loading it from a CDN', async () => {
    const response = await fetch(url, { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    for (const example of playgroundExamples) {
      const operation = /query (\w+)/.exec(example.query)?.[1];
      expect(html).toContain(operation);
    }
    expect(html).not.toMatch(/unpkg\.com|cdn\.jsdelivr/);
  });
});

describe('playground examples', () => {
  const run = (name: string) => {
    const example = playgroundExamples.find((e) => e.name === name);
    if (!example) throw new Error(`no example ${name}`);
    return kg.data<unknown>(example.query, example.variables);
  };

  it('District overview: industries, its honour and the supporters with citations', async () => {
    const { entity } = (await run('District overview')) as {
      entity: {
        honors: { name: string; date: string }[];
        supporters: { citation: { quote: string } }[];
        industries: unknown[];
      };
    };
    expect(entity.honors.map((h) => h.date)).toEqual(['2021-01']);
    expect(entity.supporters.every((s) => s.citation.quote.length > 0)).toBe(true);
    expect(entity.industries.length).toBeGreaterThanOrEqual(3);
  });

  it("the filter and group-by tabs answer with the article's places, supporters and totals", async () => {
    const places = (await run('Filter: places named 水')) as {
      entities: { edges: { node: { name: string } }[] };
    };
    expect(places.entities.edges.map((edge) => edge.node.name)).toEqual(['水市乡', '水市村']);
    const supporters = (await run('Filter: who supports the towns')) as {
      entities: { edges: { node: { nameEn: string } }[] };
    };
    expect(supporters.entities.edges.map((edge) => edge.node.nameEn)).toEqual([
      'Municipal Health Commission Assistance Group',
    ]);
    const totals = (await run('Group-by: sericulture figures')) as {
      statisticGroups: { edges: { node: { key: { unit: string }; sum: number } }[] };
      entityGroups: { edges: { node: { count: number } }[] };
    };
    expect(totals.statisticGroups.edges.map((edge) => [edge.node.key.unit, edge.node.sum])).toEqual([
      ['dan', 70_000],
      ['kg', 1_046_900],
    ]);
    expect(totals.entityGroups.edges.reduce((sum, edge) => sum + edge.node.count, 0)).toBe(131);
  });

  it('searches find 濯水景区 and 中信集团 first', async () => {
    const zhuoshui = (await run('Search 濯水')) as { search: { entity: { key: string } }[] };
    const citic = (await run('Search CITIC')) as { search: { entity: { key: string } }[] };
    expect(zhuoshui.search[0]?.entity.key).toBe('scenic:zhuoshui');
    expect(citic.search[0]?.entity.key).toBe('org:citic-group');
  });

  it('the neighbourhood of 濯水景区 starts at it, holds its four relationships and is cut at 50 nodes', async () => {
    type End = { key: string };
    const { subgraph } = (await run('Neighbourhood of 濯水景区')) as {
      subgraph: {
        truncated: boolean;
        nodes: End[];
        relationships: { type: string; from: End; to: End }[];
      };
    };
    expect(subgraph.nodes[0]?.key).toBe('scenic:zhuoshui');
    expect(subgraph.nodes).toHaveLength(50);
    expect(subgraph.truncated).toBe(true);
    const own = subgraph.relationships
      .filter((r) => r.from.key === 'scenic:zhuoshui')
      .map((r) => `${r.type} ${r.to.key}`)
      .sort();
    expect(own).toEqual([
      'DESIGNATED_AS brand:municipal-tourism-poverty-alleviation-demonstration-scenic-area',
      'DESIGNATED_AS brand:national-5a-scenic-area',
      'IMPLEMENTS initiative:tourism-poverty-alleviation',
      'LOCATED_IN district:qianjiang',
    ]);
  });

  it('the path with its sentences, the 2020 sericulture figures and the timeline answer', async () => {
    const path = (await run('Why 中信集团 → 濯水景区')) as {
      explain: { length: number; hops: { citation: { sentence: { plain: string } } }[] };
      source: { coverage: { sentences: number; supported: number } };
    };
    const sericulture = (await run('Sericulture 2020')) as { statistics: { totalCount: number } };
    const timeline = (await run('Timeline')) as { timeline: unknown[] };
    expect(path.explain.length).toBe(2);
    expect(path.explain.hops[1]?.citation.sentence.plain).toBe(
      '去年12月，黔江濯水景区成功创建国家5A级旅游景区。',
    );
    expect(path.source.coverage.supported).toBeLessThan(path.source.coverage.sentences);
    expect(sericulture.statistics.totalCount).toBe(17);
    expect(timeline.timeline).toHaveLength(9);
  });
});
