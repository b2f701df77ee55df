import { describe, expect, it } from 'vitest';
import { useSeededServer } from '../support/fixture.ts';
import { codeOf } from '../support/server.ts';

/**
 * Filters, orderings and group-by (issue 21) on the article's graph: each filter kind, each
 * ordering with paging under it, each aggregation, with the answers the article gives.
 */

const kg = useSeededServer({ seed: true });

type Connection<Node> = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Node }[];
};

async function entityKeys(where: unknown, orderBy?: unknown): Promise<{ total: number; keys: string[] }> {
  const data = await kg.data<{ entities: Connection<{ key: string }> }>(
    `query($where: EntityFilter, $orderBy: [EntityOrder!]) {
       entities(where: $where, orderBy: $orderBy, first: 100) { totalCount edges { node { key } } } }`,
    { where, orderBy },
  );
  return { total: data.entities.totalCount, keys: data.entities.edges.map((edge) => edge.node.key) };
}

/** Every page of a list, `size` at a time, following `endCursor`. */
async function allPages<Node>(
  list: 'entities' | 'statistics',
  selection: string,
  args: { where?: unknown; orderBy?: unknown },
  size: number,
): Promise<{ pages: Node[][]; totals: number[] }> {
  const [filter, order] =
    list === 'entities' ? ['EntityFilter', 'EntityOrder'] : ['StatisticFilter', 'StatisticOrder'];
  const pages: Node[][] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const data: Record<string, Connection<Node>> = await kg.data(
      `query($where: ${filter}, $orderBy: [${order}!], $after: String) {
         ${list}(where: $where, orderBy: $orderBy, first: ${size}, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
      { ...args, after },
    );
    const page = data[list] as Connection<Node>;
    pages.push(page.edges.map((edge) => edge.node));
    totals.push(page.totalCount);
    if (!page.pageInfo.hasNextPage) return { pages, totals };
    after = page.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

describe('entity filters', () => {
  it('name contains, with a type list: the towns and villages whose name contains 水', async () => {
    expect(await entityKeys({ type: { in: ['TOWN', 'VILLAGE'] }, name: { contains: '水' } })).toEqual({
      total: 2,
      keys: ['town:shuishi', 'village:shuishi'],
    });
    // Without the types: the scenic area, the fruit industry, an event and a concept as well.
    const anyType = await entityKeys({ name: { contains: '水' } });
    expect(anyType.keys).toEqual([
      'concept:drinking-water-safety',
      'event:2020-12-zhuoshui-becomes-5a-scenic-area',
      'industry:fruit',
      'scenic:zhuoshui',
      'town:shuishi',
      'village:shuishi',
    ]);
  });

  it('name equals, starts with and is one of', async () => {
    expect((await entityKeys({ name: { eq: '濯水景区' } })).keys).toEqual(['scenic:zhuoshui']);
    expect((await entityKeys({ name: { startsWith: '水市' } })).keys).toEqual([
      'town:shuishi',
      'village:shuishi',
    ]);
    expect((await entityKeys({ name: { in: ['中信集团', '山东日照', '不存在'] } })).keys).toEqual([
      'org:citic-group',
      'org:rizhao',
    ]);
  });

  it('English names and aliases match whatever their case and width', async () => {
    for (const nameEn of [
      { eq: 'citic group' },
      { startsWith: 'CITIC g' },
      { contains: 'itic gr' },
      { eq: 'ＣＩＴＩＣ Group' },
    ])
      expect((await entityKeys({ nameEn })).keys, JSON.stringify(nameEn)).toEqual(['org:citic-group']);
    expect((await entityKeys({ alias: { eq: 'citic' } })).keys).toEqual(['org:citic-group']);
    expect((await entityKeys({ alias: { eq: '濯水古镇' } })).keys).toEqual(['scenic:zhuoshui']);
    // An alias equal to "CITIC" is not one equal to "CITIC Gr": equality is per alias, not of their joined text.
    expect((await entityKeys({ alias: { eq: 'CITIC Gr' } })).keys).toEqual([]);
    expect((await entityKeys({ alias: { startsWith: 'CITIC G' } })).keys).toEqual(['org:citic-group']);
  });

  it('key equals, is one of and starts with; kind', async () => {
    expect((await entityKeys({ key: { eq: 'town:jinxi' } })).keys).toEqual(['town:jinxi']);
    expect((await entityKeys({ key: { in: ['town:jinxi', 'scenic:zhuoshui'] } })).keys).toEqual([
      'scenic:zhuoshui',
      'town:jinxi',
    ]);
    expect(await entityKeys({ key: { startsWith: 'town:' } })).toEqual({
      total: 3,
      keys: ['town:jinxi', 'town:shuishi', 'town:zhongtang'],
    });
    expect((await entityKeys({ kind: { eq: 'hospital' } })).keys).toEqual([
      'org:qianjiang-central-hospital',
      'org:qianjiang-district-tcm-hospital',
    ]);
  });

  it('date ranges of events compare at the coarser precision', async () => {
    expect((await entityKeys({ date: { from: '2020', to: '2020-12' } }, [{ date: 'ASC' }])).keys).toEqual([
      'event:2020-cuihong-plum-gi-passes-municipal-review',
      'event:2020-qianjiang-completes-poverty-alleviation',
      'event:2020-12-zhuoshui-becomes-5a-scenic-area',
    ]);
    // `2020` (no month) falls within "from June 2020"; December 2020 and 2021 do too.
    expect((await entityKeys({ date: { from: '2020-06' } }, [{ date: 'ASC' }])).keys).toEqual([
      'event:2020-cuihong-plum-gi-passes-municipal-review',
      'event:2020-qianjiang-completes-poverty-alleviation',
      'event:2020-12-zhuoshui-becomes-5a-scenic-area',
      'event:2021-01-qianjiang-named-national-exchange-base',
      'event:2021-02-25-national-poverty-alleviation-commendation-conference',
      'event:2021-03-info-center-named-national-womens-civilization-post',
    ]);
    expect((await entityKeys({ date: { to: '2017' } })).keys).toEqual([
      'event:2015-07-qianjiang-sounds-charge-against-poverty',
      'event:2017-qianjiang-removes-national-poverty-label',
    ]);
  });

  it('relationships, some: the organisations that support the district, and those that support Jinxi', async () => {
    const supporters = await entityKeys({
      type: { eq: 'ORGANIZATION' },
      relationship: { type: 'SUPPORTS', direction: 'OUT', some: { key: { eq: 'district:qianjiang' } } },
    });
    expect(supporters.keys).toEqual(
      expect.arrayContaining(['org:citic-group', 'org:rizhao', 'org:yongchuan']),
    );
    // Direction matters: nothing supports the district by pointing at it from the other side.
    const reversed = await entityKeys({
      relationship: { type: 'SUPPORTS', direction: 'IN', some: { key: { eq: 'district:qianjiang' } } },
    });
    expect(reversed.keys).toEqual([]);
    // With a nested relationship filter: who supports something located in the district (the
    // towns of "帮扶集团等单位连续在黔江金溪、中塘等多...").
    const withinDistrict = await entityKeys({
      relationship: {
        type: 'SUPPORTS',
        direction: 'OUT',
        some: {
          relationship: { type: 'LOCATED_IN', direction: 'OUT', some: { key: { eq: 'district:qianjiang' } } },
        },
      },
    });
    const direct = await kg.cypher<{ key: string }>(
      `MATCH (o:Entity)-[:SUPPORTS]->(:Entity)-[:LOCATED_IN]->(:Entity {key: 'district:qianjiang'})
       RETURN DISTINCT o.key AS key ORDER BY key`,
    );
    expect(withinDistrict.keys).toEqual(['org:chongqing-health-commission-assistance-group']);
    expect(withinDistrict.keys).toEqual(direct.map((row) => row.key));
  });

  it('relationships, none, and a relationship of any kind', async () => {
    // The four national sericulture brands of the article and the district's other designations.
    const designations = await entityKeys({
      type: { eq: 'BRAND' },
      relationship: { type: 'DESIGNATED_AS', direction: 'IN', some: { key: { eq: 'district:qianjiang' } } },
    });
    expect(designations.total).toBe(6);
    const noSericulture = await entityKeys({
      type: { eq: 'BRAND' },
      relationship: { type: 'DESIGNATED_AS', direction: 'IN', some: { key: { eq: 'district:qianjiang' } } },
      NOT: { name: { contains: '蚕' } },
    });
    expect(noSericulture.keys).toEqual([
      'brand:china-cuihong-plum-hometown',
      'brand:poverty-county-exit-case-study-sample',
    ]);
    // Brands no district designated: every brand but those six.
    const brands = await entityKeys({ type: { eq: 'BRAND' } });
    const undesignated = await entityKeys({
      type: { eq: 'BRAND' },
      relationship: { type: 'DESIGNATED_AS', direction: 'IN', none: { type: { eq: 'DISTRICT' } } },
    });
    expect(undesignated.keys).toEqual(brands.keys.filter((key) => !designations.keys.includes(key)));
    // With neither some nor none: entities with at least one relationship of the type.
    const held = await entityKeys({ relationship: { type: 'HELD_IN', direction: 'OUT' } });
    expect(held.total).toBe(1);
  });

  it('AND, OR and NOT combine', async () => {
    const either = await entityKeys({ OR: [{ key: { eq: 'town:jinxi' } }, { name: { eq: '濯水景区' } }] });
    expect(either.keys).toEqual(['scenic:zhuoshui', 'town:jinxi']);
    const both = await entityKeys({
      AND: [{ key: { startsWith: 'town:' } }, { NOT: { name: { contains: '水' } } }],
    });
    expect(both.keys).toEqual(['town:jinxi', 'town:zhongtang']);
  });

  it('the type argument and a filter both hold', async () => {
    const data = await kg.data<{ entities: { totalCount: number; edges: { node: { key: string } }[] } }>(
      `{ entities(type: VILLAGE, where: { name: { contains: "水" } }) { totalCount edges { node { key } } } }`,
    );
    expect(data.entities).toEqual({ totalCount: 1, edges: [{ node: { key: 'village:shuishi' } }] });
  });

  it('filters what surrounds an entity: neighbours and relationships', async () => {
    const data = await kg.data<{
      entity: {
        neighbors: { totalCount: number; edges: { node: { key: string } }[] };
        relationships: { totalCount: number };
        all: { totalCount: number };
      };
    }>(
      `{ entity(key: "industry:sericulture") {
          neighbors(where: { type: { eq: INDUSTRY } }) { totalCount edges { node { key } } }
          relationships(where: { NOT: { type: { eq: INDUSTRY } } }) { totalCount }
          all: relationships { totalCount } } }`,
    );
    expect(data.entity.neighbors.edges.map((edge) => edge.node.key)).toEqual(
      expect.arrayContaining(['industry:garment-manufacturing', 'industry:silk-reeling']),
    );
    expect(data.entity.relationships.totalCount).toBe(
      data.entity.all.totalCount - data.entity.neighbors.totalCount,
    );
  });
});

describe('statistic filters', () => {
  type Figure = { metric: string; value: number; unit: string; year: number | null };
  const figures = async (where: unknown, orderBy?: unknown) => {
    const data = await kg.data<{ statistics: Connection<Figure> }>(
      `query($where: StatisticFilter, $orderBy: [StatisticOrder!]) {
         statistics(where: $where, orderBy: $orderBy, first: 100) { totalCount edges { node { metric value unit year } } } }`,
      { where, orderBy },
    );
    return { total: data.statistics.totalCount, figures: data.statistics.edges.map((edge) => edge.node) };
  };

  it('value ranges: every figure above 10,000, and those in kg', async () => {
    const above = await figures({ value: { gt: 10_000 } }, [{ value: 'DESC' }]);
    expect(above.total).toBe(29);
    expect(above.figures[0]).toMatchObject({ metric: 'target_scale', value: 20_000_000_000, unit: 'CNY' });
    expect(above.figures.at(-1)).toMatchObject({ metric: 'output', value: 10_047, unit: 't' });
    const kg_ = await figures({ value: { gt: 10_000 }, unit: { eq: 'kg' } });
    expect(kg_.figures.map((f) => [f.metric, f.value])).toEqual([
      ['cocoon_output_in_non_poor_villages', 61_700],
      ['cocoon_output_in_poor_villages', 985_200],
    ]);
  });

  it('subject by key or by filter, metric, year range, scope', async () => {
    const sericulture2020 = await figures({
      subject: { key: 'industry:sericulture' },
      metric: { eq: 'cocoon_output' },
    });
    expect(sericulture2020.figures).toEqual([
      { metric: 'cocoon_output', value: 70_000, unit: 'dan', year: 2020 },
    ]);
    const ofTowns = await figures({ subject: { where: { type: { eq: 'TOWN' } } } });
    const direct = await kg.cypher<{ count: number }>(
      'MATCH (:Town)-[:HAS_STATISTIC]->(s:Statistic) RETURN count(s) AS count',
    );
    expect(ofTowns.total).toBe(Number(direct[0]?.count));
    const poorVillages = await figures({ scope: { contains: '73个贫困村' } });
    expect(poorVillages.total).toBe(6);
    const recent = await figures({ year: { gte: 2019, lte: 2020 }, unit: { in: ['kg', 'dan'] } });
    expect(recent.figures.map((f) => f.value).sort((a, b) => a - b)).toEqual([61_700, 70_000, 985_200]);
    const shorthand = await kg.data<{ statistics: { totalCount: number } }>(
      '{ statistics(subjectKey: "industry:sericulture", year: 2020, where: { unit: { eq: "kg" } }) { totalCount } }',
    );
    expect(shorthand.statistics.totalCount).toBe(2);
  });
});

describe('orderings, with paging under each', () => {
  type Row = { key: string; name: string; nameEn: string; date?: string | null };
  const compare = (a: string | null | undefined, b: string | null | undefined) =>
    a === b ? 0 : a == null ? 1 : b == null ? -1 : a < b ? -1 : 1;

  it.each([
    ['name ASC', [{ name: 'ASC' }], (a: Row, b: Row) => compare(a.name, b.name) || compare(a.key, b.key)],
    [
      'nameEn DESC',
      [{ nameEn: 'DESC' }],
      (a: Row, b: Row) => compare(b.nameEn, a.nameEn) || compare(a.key, b.key),
    ],
    // Missing dates come last whichever way the dates go.
    [
      'date DESC',
      [{ date: 'DESC' }],
      (a: Row, b: Row) =>
        (a.date == null ? 1 : 0) - (b.date == null ? 1 : 0) ||
        compare(b.date, a.date) ||
        compare(a.key, b.key),
    ],
    [
      'date ASC then name DESC',
      [{ date: 'ASC' }, { name: 'DESC' }],
      (a: Row, b: Row) => compare(a.date, b.date) || compare(b.name, a.name) || compare(a.key, b.key),
    ],
    ['key DESC', [{ key: 'DESC' }], (a: Row, b: Row) => compare(b.key, a.key)],
  ])('%s: pages of 9 are disjoint, in order, and together every entity', async (_name, orderBy, order) => {
    const { pages, totals } = await allPages<Row>(
      'entities',
      'key name nameEn ... on Event { date }',
      { orderBy },
      9,
    );
    const rows = pages.flat();
    expect(totals.every((total) => total === 131)).toBe(true);
    expect(rows).toHaveLength(131);
    expect(new Set(rows.map((row) => row.key)).size).toBe(131);
    expect(rows.map((row) => row.key)).toEqual([...rows].sort(order).map((row) => row.key));
    expect(pages.slice(0, -1).every((page) => page.length === 9)).toBe(true);
  });

  it('a filtered list pages the same way: villages, towns and brands by name', async () => {
    const where = { type: { in: ['TOWN', 'VILLAGE', 'BRAND'] } };
    const { pages, totals } = await allPages<Row>(
      'entities',
      'key name nameEn',
      { where, orderBy: [{ name: 'ASC' }] },
      4,
    );
    const rows = pages.flat();
    expect(totals[0]).toBe(22);
    expect(rows.map((row) => row.name)).toEqual(rows.map((row) => row.name).sort(compare));
    expect(new Set(rows.map((row) => row.key)).size).toBe(22);
    const withRelationship = {
      type: { eq: 'BRAND' },
      relationship: { type: 'DESIGNATED_AS', direction: 'IN', some: { key: { eq: 'district:qianjiang' } } },
    };
    const designated = await allPages<Row>(
      'entities',
      'key name',
      { where: withRelationship, orderBy: [{ name: 'DESC' }] },
      4,
    );
    expect(designated.pages.map((page) => page.length)).toEqual([4, 2]);
    expect(designated.pages.flat().map((row) => row.name)).toEqual([
      '黔江桑蚕茧中国特色农产品优势区',
      '黔江国家蚕桑生物产业基地',
      '贫困县摘帽案例研究样本区县',
      '桑蚕茧国家地理标志',
      '中国蚕桑之乡',
      '中国脆红李之乡',
    ]);
  });

  it('statistics by value and by year (figures without a year last), pages of 10', async () => {
    type Figure = { metric: string; value: number; year: number | null };
    const byValue = await allPages<Figure>(
      'statistics',
      'metric value year',
      { orderBy: [{ value: 'DESC' }] },
      10,
    );
    const values = byValue.pages.flat().map((f) => f.value);
    expect(values).toHaveLength(67);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const byYear = await allPages<Figure>(
      'statistics',
      'metric value year',
      { orderBy: [{ year: 'ASC' }, { value: 'ASC' }] },
      10,
    );
    const years = byYear.pages.flat();
    expect(years).toHaveLength(67);
    expect(years.filter((f) => f.year === null)).toHaveLength(39);
    expect(years.slice(-39).every((f) => f.year === null)).toBe(true);
    const dated = years.slice(0, 28);
    expect(dated.map((f) => f.year)).toEqual([...dated.map((f) => f.year)].sort());
  });

  it('a cursor of one ordering is refused under another', async () => {
    const first = await kg.data<{ entities: Connection<{ key: string }> }>(
      '{ entities(orderBy: [{ name: ASC }], first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } }',
    );
    const other = await kg.graphql(
      'query($after: String) { entities(orderBy: [{ nameEn: ASC }], first: 2, after: $after) { totalCount } }',
      { after: first.entities.pageInfo.endCursor },
    );
    expect(codeOf(other)).toBe('BAD_USER_INPUT');
    expect(other.errors?.[0]?.message).toMatch(/another `orderBy`/);
  });
});

describe('group-by', () => {
  type Group<Key> = { key: Key; count: number };

  it('entities by type: the count of each type, every entity once', async () => {
    const data = await kg.data<{ entityGroups: Connection<Group<{ type: string; kind: string | null }>> }>(
      '{ entityGroups(by: [TYPE]) { totalCount edges { node { key { type kind } count } } } }',
    );
    const counts = Object.fromEntries(data.entityGroups.edges.map(({ node }) => [node.key.type, node.count]));
    expect(data.entityGroups.totalCount).toBe(14);
    expect(counts).toMatchObject({
      DISTRICT: 1,
      TOWN: 3,
      VILLAGE: 1,
      SCENIC_AREA: 1,
      ORGANIZATION: 16,
      BRAND: 18,
      EVENT: 9,
    });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(131);
    expect(data.entityGroups.edges.every(({ node }) => node.key.kind === null)).toBe(true);
  });

  it('entities by type and kind, under a filter', async () => {
    const data = await kg.data<{ entityGroups: Connection<Group<{ type: string; kind: string | null }>> }>(
      '{ entityGroups(by: [KIND], where: { type: { eq: ORGANIZATION } }) { edges { node { key { type kind } count } } } }',
    );
    const kinds = Object.fromEntries(data.entityGroups.edges.map(({ node }) => [node.key.kind, node.count]));
    expect(kinds).toMatchObject({ hospital: 2, 'government office': 2, 'party committee': 2, city: 1 });
    expect(Object.values(kinds).reduce((a: number, b) => a + Number(b), 0)).toBe(16);
    const all = await kg.data<{ entityGroups: Connection<Group<{ kind: string | null }>> }>(
      '{ entityGroups(by: [KIND], first: 100) { edges { node { key { kind } count } } } }',
    );
    expect(all.entityGroups.edges.reduce((sum, { node }) => sum + node.count, 0)).toBe(131);
    expect(all.entityGroups.edges.find(({ node }) => node.key.kind === 'township')?.node.count).toBe(1);
  });

  it('the article\'s "4 national brands" of sericulture: a filtered count agrees with the figure', async () => {
    const data = await kg.data<{
      entityGroups: Connection<Group<{ type: string }>>;
      statistics: { edges: { node: { value: number } }[] };
    }>(
      `{ entityGroups(by: [TYPE], where: { name: { contains: "蚕" }, relationship: {
            type: DESIGNATED_AS, direction: IN, some: { key: { eq: "district:qianjiang" } } } }) {
           edges { node { key { type } count } } }
         statistics(subjectKey: "district:qianjiang", metric: "national_sericulture_brand_count") {
           edges { node { value } } } }`,
    );
    expect(data.entityGroups.edges).toEqual([{ node: { key: { type: 'BRAND' }, count: 4 } }]);
    expect(data.statistics.edges[0]?.node.value).toBe(4);
  });

  it('relationships by type, and by type and the type at the other end, of one entity', async () => {
    const data = await kg.data<{
      all: Connection<Group<{ type: string }>>;
      ofSericulture: Connection<Group<{ type: string; fromType: string | null; toType: string | null }>>;
    }>(
      `{ all: relationshipGroups(by: [TYPE]) { edges { node { key { type } count } } }
         ofSericulture: relationshipGroups(by: [TYPE, FROM_TYPE], direction: IN,
           where: { key: { eq: "industry:sericulture" } }) { edges { node { key { type fromType toType } count } } } }`,
    );
    const all = Object.fromEntries(data.all.edges.map(({ node }) => [node.key.type, node.count]));
    const direct = await kg.cypher<{ type: string; count: number }>(
      'MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(r) AS count',
    );
    expect(all).toEqual(Object.fromEntries(direct.map((row) => [row.type, Number(row.count)])));
    expect(data.ofSericulture.edges.map(({ node }) => node)).toEqual([
      { key: { type: 'BUILDS', fromType: 'DISTRICT', toType: null }, count: 1 },
      { key: { type: 'HAS_INDUSTRY', fromType: 'DISTRICT', toType: null }, count: 1 },
      { key: { type: 'PART_OF', fromType: 'INDUSTRY', toType: null }, count: 2 },
    ]);
  });

  it('statistics summed by unit: kilograms and dan are never added together', async () => {
    type Aggregates = {
      key: { metric: string | null; unit: string; year: number | null };
      count: number;
      sum: number;
      min: number;
      max: number;
      average: number;
    };
    const data = await kg.data<{ statisticGroups: Connection<Aggregates> }>(
      `{ statisticGroups(by: [YEAR], where: { subject: { key: "industry:sericulture" }, metric: { in: [
           "cocoon_output", "cocoon_output_in_poor_villages", "cocoon_output_in_non_poor_villages"] } }) {
           totalCount edges { node { key { metric unit year } count sum min max average } } } }`,
    );
    // 2020: 7万担 in all; 98.52万公斤 from the poor villages' households and 6.17万公斤 from the others'.
    expect(data.statisticGroups.edges.map(({ node }) => node)).toEqual([
      {
        key: { metric: null, unit: 'dan', year: 2020 },
        count: 1,
        sum: 70_000,
        min: 70_000,
        max: 70_000,
        average: 70_000,
      },
      {
        key: { metric: null, unit: 'kg', year: 2020 },
        count: 2,
        sum: 1_046_900,
        min: 61_700,
        max: 985_200,
        average: 523_450,
      },
    ]);
  });

  it('statistics by metric and subject, paged', async () => {
    type Aggregates = {
      key: { metric: string; subject: { key: string } | null };
      count: number;
      sum: number;
    };
    const query = `query($after: String) { statisticGroups(by: [METRIC, SUBJECT], where: { metric: { eq: "planting_area" } }, first: 1, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { key { metric subject { key } } count sum } } } }`;
    const first = await kg.data<{ statisticGroups: Connection<Aggregates> }>(query);
    expect(first.statisticGroups.totalCount).toBe(2);
    const second = await kg.data<{ statisticGroups: Connection<Aggregates> }>(query, {
      after: first.statisticGroups.pageInfo.endCursor,
    });
    expect(second.statisticGroups.pageInfo.hasNextPage).toBe(false);
    const groups = [...first.statisticGroups.edges, ...second.statisticGroups.edges].map(({ node }) => node);
    expect(groups.map((group) => group.sum).sort((a, b) => a - b)).toEqual([11_000, 44_600]);
    expect(new Set(groups.map((group) => group.key.subject?.key)).size).toBe(2);
  });
});

describe('bad input to filters, orderings and groups', () => {
  const deepNot = (depth: number): unknown =>
    depth === 0 ? { key: { eq: 'town:jinxi' } } : { key: { startsWith: 't' }, NOT: deepNot(depth - 1) };
  it.each([
    ['an empty filter', '{ entities(where: {}) { totalCount } }', /`where`: an empty filter/],
    ['an empty AND', '{ entities(where: { AND: [] }) { totalCount } }', /`where.AND`: give 1 to 20 values/],
    [
      'an empty nested filter',
      '{ entities(where: { key: { eq: "a" }, OR: [{}] }) { totalCount } }',
      /`where.OR\[0\]`: an empty filter/,
    ],
    [
      'two operators where one is asked',
      '{ entities(where: { name: { eq: "a", contains: "b" } }) { totalCount } }',
      /`where`: .*exactly one key/,
    ],
    [
      'an unknown field',
      '{ entities(where: { colour: { eq: "red" } }) { totalCount } }',
      /`where`: Field "colour" is not defined/,
    ],
    [
      'a wrong type',
      '{ entities(where: { date: { from: 2020 } }) { totalCount } }',
      /`where`: String cannot represent a non string value: 2020/,
    ],
    [
      'a wrong enum',
      '{ entities(where: { type: { eq: CITY } }) { totalCount } }',
      /`where`: Value "CITY" does not exist/,
    ],
    [
      'nesting past the bound',
      `{ entities(where: ${JSON.stringify(deepNot(5)).replace(/"(\w+)":/g, '$1:')}) { totalCount } }`,
      /filters nest at most 4 deep/,
    ],
    [
      'too many conditions',
      `{ entities(where: { AND: [${Array.from({ length: 13 }, (_, i) => `{ key: { eq: "k${i}" }, name: { eq: "n${i}" } }`).join(', ')}] }) { totalCount } }`,
      /at most 24 conditions/,
    ],
    [
      'a reversed value range',
      '{ statistics(where: { value: { gt: 10, lt: 5 } }) { totalCount } }',
      /`where.value`: the range is empty: 10 is not below 5/,
    ],
    [
      'an empty value range',
      '{ statistics(where: { value: { gt: 5, lte: 5 } }) { totalCount } }',
      /`where.value`: the range is empty/,
    ],
    [
      'two lower bounds',
      '{ statistics(where: { year: { gt: 2019, gte: 2020 } }) { totalCount } }',
      /give `gt` or `gte`, not both/,
    ],
    [
      'a range without bounds',
      '{ statistics(where: { year: {} }) { totalCount } }',
      /`where.year`: give at least one bound/,
    ],
    [
      'a reversed date range',
      '{ entities(where: { date: { from: "2021", to: "2020-06" } }) { totalCount } }',
      /`where.date`: the range is empty: 2021 is after 2020-06/,
    ],
    [
      'a date that is not one',
      '{ entities(where: { date: { from: "last spring" } }) { totalCount } }',
      /`where.date.from`: an ISO 8601 date/,
    ],
    [
      'an empty list of values',
      '{ entities(where: { name: { in: [] } }) { totalCount } }',
      /`where.name.in`: give 1 to 20 values; got 0/,
    ],
    [
      'too many values',
      `{ entities(where: { key: { in: [${Array.from({ length: 21 }, (_, i) => `"k${i}"`).join(', ')}] } }) { totalCount } }`,
      /`where.key.in`: give 1 to 20 values; got 21/,
    ],
    [
      'an empty text',
      '{ entities(where: { name: { contains: "" } }) { totalCount } }',
      /`where.name.contains`: give 1 to 200 characters; got 0/,
    ],
    [
      'a text too long',
      `{ entities(where: { name: { contains: "${'水'.repeat(201)}" } }) { totalCount } }`,
      /give 1 to 200 characters; got 201/,
    ],
    [
      'a control character',
      '{ entities(where: { alias: { eq: "a\\u001fb" } }) { totalCount } }',
      /`where.alias.eq`: control characters/,
    ],
    [
      'only NOT',
      '{ entities(where: { NOT: { type: { eq: TOWN } } }) { totalCount } }',
      /`where`: no condition narrows the list through an index/,
    ],
    [
      'only none',
      '{ entities(where: { relationship: { type: SUPPORTS, none: { key: { eq: "town:jinxi" } } } }) { totalCount } }',
      /no condition narrows/,
    ],
    [
      'a statistic filter with only NOT',
      '{ statistics(where: { NOT: { unit: { eq: "kg" } } }) { totalCount } }',
      /`where`: no condition narrows the figures/,
    ],
    [
      'a page size past the limit',
      '{ entities(where: { key: { startsWith: "t" } }, first: 101) { totalCount } }',
      /`first` must be between 1 and 100; got 101/,
    ],
    [
      'a sort key twice',
      '{ entities(orderBy: [{ name: ASC }, { name: DESC }]) { totalCount } }',
      /`orderBy\[1\]`: `name` is already a sort key/,
    ],
    ['no sort keys', '{ entities(orderBy: []) { totalCount } }', /`orderBy`: give 1 to 4 sort keys; got 0/],
    [
      'two fields in one sort key',
      '{ entities(orderBy: [{ name: ASC, key: DESC }]) { totalCount } }',
      /`orderBy`: .*exactly one key/,
    ],
    [
      'a cursor that is not one',
      '{ entities(orderBy: [{ name: ASC }], after: "bm9wZQ") { totalCount } }',
      /`after` is not a cursor of this list/,
    ],
    ['no group fields', '{ entityGroups(by: []) { totalCount } }', /`by`: give 1 to 2 fields/],
    [
      'a group field twice',
      '{ statisticGroups(by: [YEAR, YEAR]) { totalCount } }',
      /`by`: each field at most once/,
    ],
    [
      'every relationship by both ends',
      '{ relationshipGroups(by: [FROM_TYPE, TO_TYPE]) { totalCount } }',
      /grouping every relationship by both of its ends/,
    ],
    [
      'a group filter without an anchor',
      '{ statisticGroups(by: [UNIT], where: { NOT: { unit: { eq: "kg" } } }) { totalCount } }',
      /no condition narrows the figures/,
    ],
  ])('%s: BAD_USER_INPUT naming the argument, no data', async (_name, query, message) => {
    const answer = await kg.graphql(query);
    expect(codeOf(answer), JSON.stringify(answer)).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(message);
    expect(JSON.stringify(answer)).not.toMatch(/Neo4j|Cypher|\bat .*\.ts:\d+/);
    expect(answer.data?.entities ?? answer.data?.statistics ?? null).toBeNull();
  });

  it('the same mistakes in variables are BAD_USER_INPUT naming the variable and the path in it', async () => {
    const query = 'query($where: EntityFilter) { entities(where: $where) { totalCount } }';
    for (const [where, path] of [
      [{ name: { eq: 'a', contains: 'b' } }, /"where.name"; Exactly one key/],
      [{ colour: 'red' }, /Field "colour" is not defined by type "EntityFilter"/],
      [{ AND: [{ NOT: { key: 5 } }] }, /at "where.AND\[0\].NOT.key"/],
    ] as const) {
      const answer = await kg.graphql(query, { where });
      expect(codeOf(answer)).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0]?.message).toMatch(path);
    }
    // A filter nested without end in a variable is bounded like one written inline.
    const nested = await kg.graphql(query, { where: deepNot(40) });
    expect(codeOf(nested)).toBe('BAD_USER_INPUT');
    expect(nested.errors?.[0]?.message).toMatch(/filters nest at most 4 deep/);
  });

  it('filters weigh in the cost estimate', async () => {
    // 100 entities of 40 neighbours each is under the limit without a filter, over it with one.
    const plain = '{ entities(first: 100) { edges { node { neighbors(first: 40) { totalCount } } } } }';
    const filtered = `{ entities(first: 100) { edges { node { neighbors(first: 40, where: { AND: [${Array.from({ length: 7 }, (_, i) => `{ name: { contains: "${i}" }, relationship: { type: SUPPORTS, some: { key: { eq: "k${i}" } } } }`).join(', ')}] }) { totalCount } } } } }`;
    expect((await kg.graphql(plain)).errors).toBeUndefined();
    const refused = await kg.graphql(filtered);
    expect(refused.errors?.[0]?.message).toMatch(/Query complexity \d+ exceeds the limit/);
  });
});
