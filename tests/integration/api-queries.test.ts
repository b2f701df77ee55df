import { describe, expect, it } from 'vitest';
import { luceneQuery, SEARCH_INDEX } from '../../src/graph/search-query.ts';
import { useSeededServer } from '../support/fixture.ts';
import { everySearchHit, type Hit, keysOf } from '../support/search.ts';
import { codeOf, graphqlData } from '../support/server.ts';

const kg = useSeededServer({ seed: true });

interface EntityFields {
  id: string;
  key: string;
  type: string;
  name: string;
  nameEn: string | null;
  aliases: string[];
}

describe('entity(key:)', () => {
  it('returns the entity with its names, aliases, description and citations', async () => {
    const data = await kg.data<{
      entity: EntityFields & {
        kind: string | null;
        description: string;
        descriptionEn: string;
        citations: { quote: string; source: { key: string; page: string } }[];
      };
    }>(`{ entity(key: "scenic:zhuoshui") {
          id key type name nameEn aliases kind description descriptionEn
          citations { quote source { key page } }
        } }`);
    expect(data.entity).toMatchObject({
      key: 'scenic:zhuoshui',
      type: 'SCENIC_AREA',
      name: '濯水景区',
      nameEn: 'Zhuoshui Scenic Area',
    });
    expect(data.entity.aliases).toEqual(expect.arrayContaining(['濯水古镇']));
    expect(data.entity.descriptionEn).toContain('5A');
    expect(data.entity.citations.map((c) => c.quote)).toContain(
      '去年12月，黔江濯水景区成功创建国家5A级旅游景区。',
    );
    expect(data.entity.citations[0]?.source).toEqual({ key: 'qianjiang-2021-04-15', page: 'T4' });
  });

  it('returns null for an unknown key', async () => {
    const data = await kg.data<{ entity: null }>('{ entity(key: "town:atlantis") { key } }');
    expect(data.entity).toBeNull();
  });

  it('resolves concrete types through the Entity interface', async () => {
    const data = await kg.data<{ entity: { __typename: string; date: string } }>(
      '{ entity(key: "event:2021-02-25-national-poverty-alleviation-commendation-conference") { __typename ... on Event { date } } }',
    );
    expect(data.entity).toEqual({ __typename: 'Event', date: '2021-02-25' });
  });
});

describe('node(id:) and nodes(ids:)', () => {
  it('resolves global IDs of entities, relationships, statistics and sources', async () => {
    const ids = await kg.data<{
      entity: {
        id: string;
        relationships: { edges: { node: { id: string } }[] };
        statistics: { id: string }[];
      };
      sources: { id: string }[];
    }>(`{ entity(key: "industry:sericulture") {
          id
          relationships(first: 1) { edges { node { id } } }
          statistics(metric: "cocoon_output") { id }
        }
        sources { id } }`);
    const relationshipId = ids.entity.relationships.edges[0]?.node.id;
    const statisticId = ids.entity.statistics[0]?.id;
    const data = await kg.data<{
      nodes: ({ __typename: string; key?: string; metric?: string; type?: string } | null)[];
    }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) {
          __typename
          ... on Entity { key }
          ... on Statistic { metric valueText }
          ... on Relationship { type }
          ... on Source { key }
        } }`,
      { ids: [ids.entity.id, relationshipId, statisticId, ids.sources[0]?.id] },
    );
    expect(data.nodes).toEqual([
      { __typename: 'Industry', key: 'industry:sericulture' },
      expect.objectContaining({ __typename: 'Relationship' }),
      { __typename: 'Statistic', metric: 'cocoon_output', valueText: '7万担' },
      { __typename: 'Source', key: 'qianjiang-2021-04-15' },
    ]);
  });

  it('uses IDs derived from keys, so they survive a restart', async () => {
    const data = await kg.data<{ entity: { id: string } }>('{ entity(key: "town:jinxi") { id } }');
    expect(Buffer.from(data.entity.id, 'base64url').toString('utf8')).toBe('Town:town:jinxi');
    const again = await graphqlData<{ entity: { id: string } }>(
      kg.serverWith({}),
      '{ entity(key: "town:jinxi") { id } }',
    );
    expect(again.entity.id).toBe(data.entity.id);
    const node = await kg.data<{ node: { name: string } }>(
      `{ node(id: "${data.entity.id}") { ... on Town { name } } }`,
    );
    expect(node.node.name).toBe('金溪镇');
  });

  it('returns null for a well-formed ID that names nothing, or names the wrong type', async () => {
    const missing = Buffer.from('Town:town:atlantis').toString('base64url');
    const wrongType = Buffer.from('Town:district:qianjiang').toString('base64url');
    const data = await kg.data<{ nodes: unknown[] }>(`{ nodes(ids: ["${missing}", "${wrongType}"]) { id } }`);
    expect(data.nodes).toEqual([null, null]);
  });

  it('rejects a malformed ID with BAD_USER_INPUT', async () => {
    const result = await kg.graphql('{ node(id: "not-an-id!") { id } }');
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('is not a valid ID');
  });
});

describe('entities', () => {
  it('pages through one type in key order with totalCount and cursors', async () => {
    type Page = {
      entities: {
        totalCount: number;
        edges: { cursor: string; node: { key: string; name: string } }[];
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
      };
    };
    const first = await kg.data<Page>(
      '{ entities(type: TOWN, first: 2) { totalCount edges { cursor node { key name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }',
    );
    expect(first.entities.totalCount).toBe(3);
    expect(first.entities.edges.map((e) => e.node.name)).toEqual(['金溪镇', '水市乡']);
    expect(first.entities.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second =
      await kg.data<Page>(`{ entities(type: TOWN, first: 2, after: "${first.entities.pageInfo.endCursor}") {
          totalCount edges { cursor node { key name } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);
    expect(second.entities.edges.map((e) => e.node.name)).toEqual(['中塘']);
    expect(second.entities.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('counts every entity when no type is given, 20 per page by default', async () => {
    const data = await kg.data<{ entities: { totalCount: number; edges: unknown[] } }>(
      '{ entities { totalCount edges { cursor } } }',
    );
    expect(data.entities.totalCount).toBe(131);
    expect(data.entities.edges).toHaveLength(20);
  });

  it.each([0, 101, -1])('rejects first: %i with BAD_USER_INPUT', async (first) => {
    const result = await kg.graphql(`{ entities(first: ${first}) { totalCount } }`);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(`\`first\` must be between 1 and 100; got ${first}.`);
  });

  it('rejects a cursor that is not one of its own', async () => {
    const result = await kg.graphql('{ entities(after: "bm9wZQ") { totalCount } }');
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
  const search = async (query: string, extra = '') =>
    (
      await kg.data<{ search: Hit[] }>(
        `query ($q: String!) { search(query: $q${extra}) { score cursor entity { key type } } }`,
        { q: query },
      )
    ).search;
  /** What the full-text index finds for `query`, best first, with no other ranking or filter. */
  const indexed = async (query: string) =>
    (
      await kg.cypher<{ key: string }>(
        `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene) YIELD node RETURN node.key AS key`,
        { lucene: luceneQuery(query) },
      )
    ).map((row) => row.key);

  it('finds 濯水 first for 濯水, and from its first character', async () => {
    expect((await search('濯水'))[0]?.entity.key).toBe('scenic:zhuoshui');
    expect((await search('濯')).map((hit) => hit.entity.key)).toContain('scenic:zhuoshui');
  });

  it('ranks an exact English alias first: CITIC -> 中信集团', async () => {
    const hits = await search('CITIC');
    expect(hits[0]?.entity.key).toBe('org:citic-group');
    expect(hits[0]?.score).toBeGreaterThan(100);
  });

  it('finds English names and pinyin', async () => {
    expect((await search('sericulture'))[0]?.entity.key).toBe('industry:sericulture');
    expect((await search('Jinxi'))[0]?.entity.key).toBe('town:jinxi');
    expect((await search('kiwi')).map((hit) => hit.entity.key)).toContain('product:kiwifruit');
  });

  it('filters by type and limits the hits', async () => {
    const hits = await search('黔江', ', types: [ORGANIZATION], first: 3');
    expect(hits).toHaveLength(3);
    expect(new Set(hits.map((hit) => hit.entity.type))).toEqual(new Set(['ORGANIZATION']));
  });

  it('filters inside the index: every initiative about 黔江, though the index ranks most below 50 others', async () => {
    // Filtering the index's 50 best hits afterwards, as search did, found fewer than 10 of them.
    const best50 = (await indexed('黔江')).slice(0, 50);
    const initiatives = await kg.cypher<{ key: string }>(
      `MATCH (e:Initiative)
       WHERE any(text IN [e.name, e.nameEn, e.aliasText, e.description, e.descriptionEn] WHERE text CONTAINS '黔江')
       RETURN e.key AS key ORDER BY key`,
    );
    const expected = initiatives.map((row) => row.key);
    expect(best50.filter((key) => expected.includes(key)).length).toBeLessThan(10);
    expect(expected.length).toBeGreaterThan(20);

    const first = await search('黔江', ', types: [INITIATIVE], first: 10');
    expect(first).toHaveLength(10);
    const every = keysOf(await everySearchHit(kg, '黔江', { types: ['INITIATIVE'] }));
    expect([...every].sort()).toEqual(expected);
  });

  it("finds every industry and concept about poverty, though no industry is among the index's 50 best hits", async () => {
    const best50 = (await indexed('poverty')).slice(0, 50);
    const wanted = await kg.cypher<{ key: string }>(
      `MATCH (e:Entity) WHERE e.type IN ['INDUSTRY', 'CONCEPT']
         AND any(text IN [e.nameEn, e.aliasText, e.descriptionEn] WHERE toLower(text) CONTAINS 'poverty')
       RETURN e.key AS key ORDER BY key`,
    );
    const expected = wanted.map((row) => row.key);
    expect(best50.filter((key) => key.startsWith('industry:'))).toEqual([]);
    expect(expected.filter((key) => key.startsWith('industry:')).length).toBeGreaterThan(3);
    const every = await everySearchHit(kg, 'poverty', { types: ['INDUSTRY', 'CONCEPT'], first: 5 });
    expect(new Set(every.map((hit) => hit.entity.type))).toEqual(new Set(['INDUSTRY', 'CONCEPT']));
    expect(keysOf(every).sort()).toEqual(expected);
  });

  it('ranks an exact match first whatever the index scores it: Qianjiang -> 黔江区', async () => {
    // The index puts other entities above the district, which is named Qianjiang District and aliased Qianjiang.
    expect((await indexed('Qianjiang')).indexOf('district:qianjiang')).toBeGreaterThan(0);
    const hits = await search('Qianjiang');
    expect(hits[0]?.entity.key).toBe('district:qianjiang');
    expect(hits[0]?.score).toBeGreaterThan(100);
    expect(hits[1]?.score).toBeLessThan(100);
  });

  it('finds an exact English name the index misses: Ministry of Agriculture and Rural Affairs', async () => {
    // `and` is a stop word of the CJK analyzer: never indexed, so the index's query for it matches nothing.
    expect(await indexed('Ministry of Agriculture and Rural Affairs')).toEqual([]);
    const hits = await search('ministry of agriculture and rural affairs');
    expect(keysOf(hits)).toEqual(['org:ministry-of-agriculture-and-rural-affairs']);
    expect(hits[0]?.score).toBe(100);
  });

  it.each([1, 7, 50, 100])(
    'pages %i at a time through every hit of 黔 once, in one order, though most hits tie',
    async (first) => {
      const every = await everySearchHit(kg, '黔', { first });
      const scores = every.map((hit) => hit.score);
      // A single character matches by prefix, and a prefix match scores the same in every entity.
      expect(new Set(scores).size).toBeLessThan(scores.length / 10);
      expect(new Set(keysOf(every)).size).toBe(every.length);
      expect(new Set(keysOf(every))).toEqual(new Set(await indexed('黔')));
      // The same order whatever the page size: the first page of 100 is the first 100 hits.
      expect(keysOf(every).slice(0, 100)).toEqual(keysOf(await search('黔', ', first: 100')));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    },
  );

  it('pages through every hit once, the exact match first and not again', async () => {
    const every = await everySearchHit(kg, 'Qianjiang', { first: 7 });
    expect(every.length).toBeGreaterThan(100);
    expect(keysOf(every)[0]).toBe('district:qianjiang');
    expect(new Set(keysOf(every)).size).toBe(every.length);
    expect(new Set(keysOf(every))).toEqual(new Set([...(await indexed('Qianjiang')), 'district:qianjiang']));
  });

  it('pages through a type filter too, its exact match first', async () => {
    const every = await everySearchHit(kg, 'Chongqing', { types: ['PLACE', 'ORGANIZATION'], first: 2 });
    expect(every[0]?.entity.key).toBe('place:chongqing');
    expect(new Set(every.map((hit) => hit.entity.type))).toEqual(new Set(['PLACE', 'ORGANIZATION']));
    expect(new Set(keysOf(every)).size).toBe(every.length);
    const expected = await kg.cypher<{ key: string }>(
      `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene) YIELD node
       WHERE node.type IN ['PLACE', 'ORGANIZATION'] RETURN node.key AS key`,
      { lucene: luceneQuery('Chongqing') },
    );
    expect(keysOf(every).sort()).toEqual(expected.map((row) => row.key).sort());
  });

  // Another list's offset cursor, and places no page of a search ends at: inside the head, past the depth.
  it.each(['bm9wZQ', 'not base64 at all', ...['o:3', 'si:3', 'si:10000', 'st:1000'].map(base64url)])(
    'rejects a cursor that is not one of its own: %j',
    async (after) => {
      const result = await kg.graphql('query ($a: String) { search(query: "黔江", after: $a) { score } }', {
        a: after,
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.argument).toBe('after');
      expect(result.errors?.[0]?.message).toBe('`after` is not a cursor of this list.');
    },
  );

  it.each(['AND (', '*', '濯水~', '"', 'title:x OR', '\\', '[1 TO 2]', '   '])(
    'never parses user input as Lucene syntax: %j',
    async (query) => {
      const result = await kg.graphql('query ($q: String!) { search(query: $q) { entity { key } } }', {
        q: query,
      });
      expect(result.errors).toBeUndefined();
      expect(Array.isArray((result.data as { search: unknown[] }).search)).toBe(true);
    },
  );

  it('still finds 濯水 when the query carries Lucene operators', async () => {
    expect((await search('濯水~'))[0]?.entity.key).toBe('scenic:zhuoshui');
  });
});

describe('statistics', () => {
  it('lists the 2020 sericulture figures, normalised', async () => {
    const data = await kg.data<{
      statistics: {
        totalCount: number;
        edges: {
          node: {
            metric: string;
            value: number;
            unit: string;
            valueText: string;
            year: number;
            subject: { key: string };
          };
        }[];
      };
    }>(
      '{ statistics(subjectKey: "industry:sericulture", year: 2020, first: 100) { totalCount edges { node { metric value unit valueText year subject { key } } } } }',
    );
    const byMetric = new Map(data.statistics.edges.map((edge) => [edge.node.metric, edge.node]));
    expect(byMetric.get('cocoon_output')).toEqual({
      metric: 'cocoon_output',
      value: 70000,
      unit: 'dan',
      valueText: '7万担',
      year: 2020,
      subject: { key: 'industry:sericulture' },
    });
    expect(byMetric.get('comprehensive_output_value')).toMatchObject({
      value: 170000000,
      unit: 'CNY',
      valueText: '1.7亿元以上',
    });
    expect(data.statistics.totalCount).toBe(data.statistics.edges.length);
    expect(data.statistics.edges.every((edge) => edge.node.year === 2020)).toBe(true);
  });

  it('filters by metric across subjects and pages with cursors', async () => {
    type Page = {
      statistics: {
        totalCount: number;
        edges: { node: { valueText: string } }[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
    };
    const all = await kg.data<Page>(
      '{ statistics(first: 100) { totalCount edges { node { valueText } } pageInfo { endCursor hasNextPage } } }',
    );
    expect(all.statistics.totalCount).toBe(67);
    const page1 = await kg.data<Page>(
      '{ statistics(first: 40) { totalCount edges { node { valueText } } pageInfo { endCursor hasNextPage } } }',
    );
    const page2 = await kg.data<Page>(
      `{ statistics(first: 40, after: "${page1.statistics.pageInfo.endCursor}") { totalCount edges { node { valueText } } pageInfo { endCursor hasNextPage } } }`,
    );
    expect(page1.statistics.pageInfo.hasNextPage).toBe(true);
    expect(page2.statistics.pageInfo.hasNextPage).toBe(false);
    expect([...page1.statistics.edges, ...page2.statistics.edges].map((e) => e.node.valueText)).toEqual(
      all.statistics.edges.map((e) => e.node.valueText),
    );
  });

  it('says whom a figure counts: the households of the sericulture paragraph, the tourism projects', async () => {
    type Figure = { metric: string; label: string; scope: string | null; scopeEn: string | null };
    const data = await kg.data<{
      sericulture: { edges: { node: Figure }[] };
      tourism: { edges: { node: Figure }[] };
    }>(`{ sericulture: statistics(subjectKey: "industry:sericulture", year: 2020, first: 100) { edges { node { metric label scope scopeEn } } }
         tourism: statistics(subjectKey: "industry:tourism") { edges { node { metric label scope scopeEn } } } }`);
    const sericulture = new Map(data.sericulture.edges.map((edge) => [edge.node.metric, edge.node]));
    for (const metric of [
      'silkworm_egg_sheets_reared_in_poor_villages',
      'cocoon_output_in_poor_villages',
      'cocoon_sales_income_in_poor_villages',
      'average_income_per_household_in_poor_villages',
    ]) {
      expect(sericulture.get(metric), metric).toMatchObject({
        scope: '73个贫困村1757户贫困户',
        scopeEn: 'the 1,757 poor households of 73 poor villages',
      });
    }
    expect(sericulture.get('cocoon_output_in_poor_villages')?.label).toBe('产茧量');
    expect(sericulture.get('cocoon_output')).toEqual({
      metric: 'cocoon_output',
      label: '产茧量',
      scope: null,
      scopeEn: null,
    });
    const tourism = new Map(data.tourism.edges.map((edge) => [edge.node.metric, edge.node]));
    for (const metric of ['tourism_income', 'poor_people_in_jobs_or_business'])
      expect(tourism.get(metric)?.scope, metric).toBe(
        '9个市级示范村（社区）、阿蓬江示范带和10条精品旅游线路',
      );
    expect(tourism.get('boutique_tourist_routes_developed')?.scope).toBeNull();
  });

  it('returns the poverty-incidence figures of 2014 and 2020', async () => {
    const data = await kg.data<{
      statistics: { edges: { node: { year: number; value: number; valueText: string } }[] };
    }>('{ statistics(metric: "poverty_incidence") { edges { node { year value valueText } } } }');
    expect(data.statistics.edges.map((e) => e.node)).toEqual([
      { year: 2014, value: 13, valueText: '13%' },
      { year: 2020, value: 0, valueText: '0' },
    ]);
  });
});

describe('shortestPath', () => {
  const APENG_BELT = 'place:apeng-river-national-leisure-agriculture-rural-tourism-demonstration-belt';

  it('finds 中信集团 -> 黔江区 -> 濯水景区', async () => {
    const data = await kg.data<{
      shortestPath: {
        length: number;
        nodes: { key: string }[];
        relationships: { type: string; from: { key: string }; to: { key: string } }[];
      };
    }>(
      '{ shortestPath(fromKey: "org:citic-group", toKey: "scenic:zhuoshui") { length nodes { key } relationships { type from { key } to { key } } } }',
    );
    expect(data.shortestPath.length).toBe(2);
    expect(data.shortestPath.nodes.map((n) => n.key)).toEqual([
      'org:citic-group',
      'district:qianjiang',
      'scenic:zhuoshui',
    ]);
    expect(data.shortestPath.relationships).toEqual([
      { type: 'SUPPORTS', from: { key: 'org:citic-group' }, to: { key: 'district:qianjiang' } },
      { type: 'LOCATED_IN', from: { key: 'scenic:zhuoshui' }, to: { key: 'district:qianjiang' } },
    ]);
  });

  it('joins 阿蓬江 to 黔江区 in two hops: 黔江 builds the belt that runs along the river', async () => {
    const data = await kg.data<{
      shortestPath: {
        length: number;
        relationships: {
          type: string;
          from: { key: string };
          to: { key: string };
          citation: { quote: string };
        }[];
      };
      river: { __typename: string; relationships: { totalCount: number } };
      belt: { __typename: string };
    }>(`{ shortestPath(fromKey: "place:apeng-river", toKey: "district:qianjiang", maxHops: 2) {
           length relationships { type from { key } to { key } citation { quote } } }
         river: entity(key: "place:apeng-river") { __typename relationships(types: [DESIGNATED_AS]) { totalCount } }
         belt: entity(key: "${APENG_BELT}") { __typename } }`);
    expect(data.shortestPath.length).toBe(2);
    expect(data.shortestPath.relationships).toEqual([
      {
        type: 'LOCATED_IN',
        from: { key: APENG_BELT },
        to: { key: 'place:apeng-river' },
        citation: { quote: '阿蓬江国家休闲农业与乡村旅游示范带' },
      },
      {
        type: 'BUILDS',
        from: { key: 'district:qianjiang' },
        to: { key: APENG_BELT },
        citation: {
          quote:
            '黔江还成功打造水市乡水市村等9个市级休闲农业与乡村旅游示范村（社区），和阿蓬江国家休闲农业与乡村旅游示范带',
        },
      },
    ]);
    // The river holds no designation; the belt is a place, not a brand.
    expect(data.river).toEqual({ __typename: 'Place', relationships: { totalCount: 0 } });
    expect(data.belt).toEqual({ __typename: 'Place' });
  });

  it('returns null when no path fits in maxHops, and a zero-length path to itself', async () => {
    const data = await kg.data<{
      none: null;
      self: { length: number; nodes: { key: string }[] };
    }>(`{ none: shortestPath(fromKey: "org:citic-group", toKey: "scenic:zhuoshui", maxHops: 1) { length }
         self: shortestPath(fromKey: "town:jinxi", toKey: "town:jinxi") { length nodes { key } } }`);
    expect(data.none).toBeNull();
    expect(data.self).toEqual({ length: 0, nodes: [{ key: 'town:jinxi' }] });
  });

  it('follows only the relationship types asked for', async () => {
    const data = await kg.data<{ shortestPath: { relationships: { type: string }[] } | null }>(
      '{ shortestPath(fromKey: "org:citic-group", toKey: "scenic:zhuoshui", relationshipTypes: [SUPPORTS, DESIGNATED_AS, CONCERNS]) { relationships { type } } }',
    );
    for (const relationship of data.shortestPath?.relationships ?? []) {
      expect(['SUPPORTS', 'DESIGNATED_AS', 'CONCERNS']).toContain(relationship.type);
    }
  });

  it('passes only through the entity types asked for, taking a longer path when the shortest does not fit', async () => {
    type Hops = { length: number; nodes: { key: string; type: string }[] };
    const data = await kg.data<{
      any: Hops;
      typed: Hops | null;
    }>(`{ any: shortestPath(fromKey: "brand:china-cuihong-plum-hometown", toKey: "product:cuihong-plum") { length nodes { key type } }
         typed: shortestPath(fromKey: "brand:china-cuihong-plum-hometown", toKey: "product:cuihong-plum", entityTypes: [DISTRICT, INDUSTRY]) {
           length nodes { key type } } }`);
    // The shortest way is through an entity of another type (the 2018 award event concerns both).
    expect(data.any.length).toBe(2);
    expect(['DISTRICT', 'INDUSTRY']).not.toContain(data.any.nodes[1]?.type);
    // Through the district and an industry it takes a hop more, and that path is found.
    expect(data.typed?.length).toBe(3);
    expect(data.typed?.nodes[0]?.key).toBe('brand:china-cuihong-plum-hometown');
    expect(data.typed?.nodes[3]?.key).toBe('product:cuihong-plum');
    for (const node of data.typed?.nodes.slice(1, -1) ?? [])
      expect(['DISTRICT', 'INDUSTRY']).toContain(node.type);
  });

  it('rejects an unknown key and an out-of-range maxHops with BAD_USER_INPUT', async () => {
    const unknown = await kg.graphql(
      '{ shortestPath(fromKey: "org:citic-group", toKey: "town:atlantis") { length } }',
    );
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toBe('No entity has the key "town:atlantis".');
    for (const maxHops of [0, 11, -3]) {
      const result = await kg.graphql(
        `{ shortestPath(fromKey: "a", toKey: "b", maxHops: ${maxHops}) { length } }`,
      );
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
    }
  });
});

describe('subgraph', () => {
  type Subgraph = {
    subgraph: {
      nodes: { key: string }[];
      relationships: { from: { key: string }; to: { key: string } }[];
      truncated: boolean;
    };
  };

  it('draws the neighbourhood of 濯水景区 with every relationship inside it', async () => {
    const data = await kg.data<Subgraph>(
      '{ subgraph(key: "scenic:zhuoshui") { nodes { key } relationships { from { key } to { key } } truncated } }',
    );
    const keys = data.subgraph.nodes.map((n) => n.key);
    expect(keys[0]).toBe('scenic:zhuoshui');
    expect(keys).toEqual(expect.arrayContaining(['district:qianjiang', 'brand:national-5a-scenic-area']));
    expect(data.subgraph.truncated).toBe(false);
    for (const relationship of data.subgraph.relationships) {
      expect(keys).toContain(relationship.from.key);
      expect(keys).toContain(relationship.to.key);
    }
  });

  it('reports truncation at the limit, nearest nodes first', async () => {
    const data = await kg.data<Subgraph>(
      '{ subgraph(key: "scenic:zhuoshui", depth: 3, limit: 3) { nodes { key } relationships { from { key } to { key } } truncated } }',
    );
    expect(data.subgraph.nodes).toHaveLength(3);
    expect(data.subgraph.truncated).toBe(true);
    const wide = await kg.data<Subgraph>(
      '{ subgraph(key: "scenic:zhuoshui", depth: 1, limit: 1000) { nodes { key } truncated } }',
    );
    const nearest = new Set(wide.subgraph.nodes.map((n) => n.key));
    for (const node of data.subgraph.nodes) expect(nearest).toContain(node.key);
  });

  it('filters reached entities by type', async () => {
    const data = await kg.data<Subgraph>(
      '{ subgraph(key: "district:qianjiang", entityTypes: [TOWN]) { nodes { key } relationships { from { key } to { key } } truncated } }',
    );
    expect(data.subgraph.nodes.map((n) => n.key).sort()).toEqual([
      'district:qianjiang',
      'town:jinxi',
      'town:shuishi',
      'town:zhongtang',
    ]);
  });

  it('walks only through the entity types asked for, so what it returns stays joined to the centre', async () => {
    // 水市乡 -> 水市村 (a village) -> the municipal demonstration-village brand: two hops, through a village.
    const brand = 'brand:municipal-leisure-agriculture-rural-tourism-demonstration-village';
    const throughVillages = await kg.data<Subgraph>(
      '{ subgraph(key: "town:shuishi", depth: 2, entityTypes: [VILLAGE, BRAND]) { nodes { key } relationships { from { key } to { key } } truncated } }',
    );
    expect(throughVillages.subgraph.nodes.map((n) => n.key)).toEqual([
      'town:shuishi',
      'village:shuishi',
      brand,
    ]);
    expect(throughVillages.subgraph.relationships.map((r) => `${r.from.key} -> ${r.to.key}`).sort()).toEqual([
      `village:shuishi -> ${brand}`,
      'village:shuishi -> town:shuishi',
    ]);
    // Brands alone: that brand (and those of 黔江区, two hops away through the district) are reached
    // only through entities of other types, so none is returned, rather than brands cut off from the centre.
    const brandsOnly = await kg.data<Subgraph>(
      '{ subgraph(key: "town:shuishi", depth: 2, entityTypes: [BRAND]) { nodes { key } relationships { from { key } to { key } } truncated } }',
    );
    expect(brandsOnly.subgraph).toEqual({
      nodes: [{ key: 'town:shuishi' }],
      relationships: [],
      truncated: false,
    });
  });

  it('rejects depth and limit out of range, and an unknown key', async () => {
    expect(codeOf(await kg.graphql('{ subgraph(key: "town:jinxi", depth: 4) { truncated } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await kg.graphql('{ subgraph(key: "town:jinxi", limit: 1001) { truncated } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await kg.graphql('{ subgraph(key: "town:jinxi", limit: 0) { truncated } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await kg.graphql('{ subgraph(key: "town:atlantis") { truncated } }'))).toBe('NOT_FOUND');
  });
});

describe('timeline', () => {
  it('lists the events from the 2015-07 launch to the 2021 honours, in date order', async () => {
    const data = await kg.data<{ timeline: { date: string; name: string }[] }>('{ timeline { date name } }');
    expect(data.timeline.map((e) => e.date)).toEqual([
      '2015-07',
      '2017',
      '2018',
      '2020',
      '2020',
      '2020-12',
      '2021-01',
      '2021-02-25',
      '2021-03',
    ]);
    expect(data.timeline[0]?.name).toContain('冲锋号');
    expect(data.timeline[7]?.name).toBe('全国脱贫攻坚总结表彰大会');
  });

  it('keeps events between two dates, comparing at the coarser precision', async () => {
    const data = await kg.data<{ timeline: { date: string }[] }>(
      '{ timeline(from: "2020-06", to: "2021-01") { date } }',
    );
    expect(data.timeline.map((e) => e.date)).toEqual(['2020', '2020', '2020-12', '2021-01']);
  });

  it('rejects a malformed date', async () => {
    const result = await kg.graphql('{ timeline(from: "last spring") { date } }');
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('`from` must be an ISO 8601 date');
  });
});

describe('sources', () => {
  it('describes the newspaper page', async () => {
    const data = await kg.data<{ sources: Record<string, unknown>[] }>(
      '{ sources { key title subtitle titleEn section publishedOn page editors designers } }',
    );
    expect(data.sources).toEqual([
      {
        key: 'qianjiang-2021-04-15',
        title: '凝聚脱贫合力 同奔小康之路',
        subtitle: '黔江 三大产业强支撑 三支团队忙帮扶 三块招牌显作为',
        titleEn: 'Pooling strength against poverty, racing together on the road to moderate prosperity',
        section: '脱贫攻坚·黔江',
        publishedOn: '2021-04-15',
        page: 'T4',
        editors: ['胡东强', '王萃'],
        designers: ['陈文静'],
      },
    ]);
  });
});
