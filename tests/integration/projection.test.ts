import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/context.ts';
import { Executor } from '../../src/neo4j/executor.ts';
import { countingDriver } from '../support/counting-driver.ts';
import { useSeededServer } from '../support/fixture.ts';
import { assemble, multipartParts, postIncremental } from '../support/incremental.ts';
import { graphqlData, testServer } from '../support/server.ts';

/**
 * Field-aware projection: subgraph, search, entity lists and pages of neighbours read the
 * relationships among a subgraph's nodes and the entities' details and citations only when the
 * selection reads them (src/schema/lookahead.ts's `selects`
 * and `entityParts`; the statements: tests/unit/graph-statements.test.ts). Whatever the
 * selection, the answers are the same and each query is one round trip: a selection whose
 * citations the lookahead missed would cost a second one (the `citations` field's loader).
 */

/** 濯水景区's citations in the seed (seed/entities/scenic-area.yaml), in their seed order. */
const ZHUOSHUI_QUOTES = ['去年12月，黔江濯水景区成功创建国家5A级旅游景区。', '濯水古镇'];

type Node = { key: string; name?: string; type?: string; citations?: { quote: string }[] };

describe('only what the selection reads, in one round trip', () => {
  const kg = useSeededServer({ seed: true });

  async function roundTripsFor<Data>(query: string, variables: Record<string, unknown> = {}) {
    const { driver, counter } = countingDriver(kg.driver);
    const server = testServer(driver, { http: { responseCacheTtlMs: 0 } });
    const data = await graphqlData<Data>(server, query, variables);
    return { roundTrips: counter.roundTrips, data };
  }

  type Subgraph = {
    subgraph: { truncated: boolean; nodes: Node[]; relationships?: { id: string }[] };
  };

  it('gives a subgraph the same nodes with and without its relationships selected', async () => {
    const withRelationships = await roundTripsFor<Subgraph>(
      '{ subgraph(key: "scenic:zhuoshui", depth: 2, limit: 100) { truncated nodes { key name type } relationships { id } } }',
    );
    const without = await roundTripsFor<Subgraph>(
      '{ subgraph(key: "scenic:zhuoshui", depth: 2, limit: 100) { truncated nodes { key name type } } }',
    );
    expect(without.data.subgraph.nodes[0]).toEqual({
      key: 'scenic:zhuoshui',
      name: '濯水景区',
      type: 'SCENIC_AREA',
    });
    expect(without.data.subgraph.nodes.length).toBeGreaterThan(10);
    expect(without.data.subgraph).toEqual({
      truncated: withRelationships.data.subgraph.truncated,
      nodes: withRelationships.data.subgraph.nodes,
    });
    expect(withRelationships.data.subgraph.relationships?.length).toBeGreaterThan(10);
    expect(without.data.subgraph).not.toHaveProperty('relationships');
    expect([withRelationships.roundTrips, without.roundTrips]).toEqual([1, 1]);
  });

  it("gives a subgraph's nodes their citations when they are selected, in seed order", async () => {
    const { data, roundTrips } = await roundTripsFor<Subgraph>(
      '{ subgraph(key: "scenic:zhuoshui", depth: 1) { truncated nodes { key citations { quote } } } }',
    );
    expect(data.subgraph.nodes[0]?.citations?.map((c) => c.quote)).toEqual(ZHUOSHUI_QUOTES);
    const qianjiang = data.subgraph.nodes.find((node) => node.key === 'district:qianjiang');
    expect(qianjiang?.citations?.length).toBeGreaterThan(0);
    expect(roundTrips).toBe(1);
  });

  it('sees citations selected through a fragment on Entity, an inline fragment on the concrete type and aliases', async () => {
    const viaFragment = await roundTripsFor<Subgraph>(
      `{ subgraph(key: "scenic:zhuoshui", depth: 1) { truncated nodes { key ...Cited } } }
       fragment Cited on Entity { citations { quote } }`,
    );
    expect(viaFragment.data.subgraph.nodes[0]?.citations?.map((c) => c.quote)).toEqual(ZHUOSHUI_QUOTES);
    expect(viaFragment.roundTrips).toBe(1);

    type Aliased = {
      around: {
        done: boolean;
        entities: { k: string; cites?: { q: string }[] }[];
        links: { id: string }[];
      };
    };
    const aliased = await roundTripsFor<Aliased>(
      `{ around: subgraph(key: "scenic:zhuoshui", depth: 1) {
          done: truncated
          entities: nodes { k: key ... on ScenicArea { cites: citations { q: quote } } }
          links: relationships { id } } }`,
    );
    const [centre, ...others] = aliased.data.around.entities;
    expect(centre?.cites?.map((c) => c.q)).toEqual(ZHUOSHUI_QUOTES);
    // The inline fragment is on ScenicArea: the district and the others have no `cites`.
    expect(others.find((node) => node.k === 'district:qianjiang')).toEqual({ k: 'district:qianjiang' });
    expect(aliased.data.around.links.length).toBeGreaterThan(0);
    expect(aliased.roundTrips).toBe(1);
  });

  it('follows @include and @skip on the relationships and the citations', async () => {
    const query = `query($rels: Boolean!, $noCites: Boolean!) {
      subgraph(key: "scenic:zhuoshui", depth: 1) {
        nodes { key citations @skip(if: $noCites) { quote } }
        relationships @include(if: $rels) { id } } }`;
    const both = await roundTripsFor<Subgraph>(query, { rels: true, noCites: false });
    const neither = await roundTripsFor<Subgraph>(query, { rels: false, noCites: true });
    expect(both.data.subgraph.nodes[0]?.citations?.map((c) => c.quote)).toEqual(ZHUOSHUI_QUOTES);
    expect(both.data.subgraph.relationships?.length).toBeGreaterThan(0);
    expect(neither.data.subgraph).toEqual({
      nodes: both.data.subgraph.nodes.map(({ key }) => ({ key })),
    });
    expect([both.roundTrips, neither.roundTrips]).toEqual([1, 1]);
  });

  it('reads deferred relationships and citations with the subgraph, in its one round trip', async () => {
    const { driver, counter } = countingDriver(kg.driver);
    const server = testServer(driver, { http: { responseCacheTtlMs: 0 } });
    const { body } = await postIncremental(
      (url, init) => server.yoga.fetch(url, init),
      'http://localhost/graphql',
      'multipart/mixed',
      {
        query: `{ subgraph(key: "scenic:zhuoshui", depth: 1) { nodes { key ... @defer { citations { quote } } }
          ... @defer { relationships { id } } } }`,
      },
    );
    const result = assemble(multipartParts(body));
    expect(result.errors).toBeUndefined();
    const { subgraph } = result.data as Subgraph;
    expect(subgraph.nodes[0]?.citations?.map((c) => c.quote)).toEqual(ZHUOSHUI_QUOTES);
    expect(subgraph.relationships?.length).toBeGreaterThan(0);
    expect(counter.roundTrips).toBe(1);
  });

  it("reads the nodes' details only when one is selected, through fragments and on a concrete type", async () => {
    type Detailed = Node & { nameEn?: string; aliases?: string[]; version?: number; date?: string };
    const names = await roundTripsFor<{ subgraph: { nodes: Detailed[] } }>(
      '{ subgraph(key: "scenic:zhuoshui", depth: 1) { nodes { key name type } } }',
    );
    const detailed = await roundTripsFor<{ subgraph: { nodes: Detailed[] } }>(
      `{ subgraph(key: "scenic:zhuoshui", depth: 1) { nodes { key ...Named ... on Event { date } } } }
       fragment Named on Entity { nameEn aliases version }`,
    );
    expect(names.data.subgraph.nodes[0]).toEqual({
      key: 'scenic:zhuoshui',
      name: '濯水景区',
      type: 'SCENIC_AREA',
    });
    const [zhuoshui] = detailed.data.subgraph.nodes;
    expect(zhuoshui).toMatchObject({ key: 'scenic:zhuoshui', nameEn: 'Zhuoshui Scenic Area' });
    expect(zhuoshui?.aliases).toContain('濯水古镇');
    expect(zhuoshui?.version).toBeGreaterThanOrEqual(1);
    const becameFiveA = detailed.data.subgraph.nodes.find(
      (node) => node.key === 'event:2020-12-zhuoshui-becomes-5a-scenic-area',
    );
    expect(becameFiveA?.date).toBe('2020-12');
    expect(detailed.data.subgraph.nodes.map((node) => node.key)).toEqual(
      names.data.subgraph.nodes.map((node) => node.key),
    );
    expect([names.roundTrips, detailed.roundTrips]).toEqual([1, 1]);
  });

  it("sees a search hit's detail selected on its concrete type", async () => {
    const { data, roundTrips } = await roundTripsFor<{
      search: { entity: Node & { description?: string } }[];
    }>('{ search(query: "濯水", first: 1) { entity { key ... on ScenicArea { description } } } }');
    expect(data.search[0]?.entity.key).toBe('scenic:zhuoshui');
    expect(data.search[0]?.entity.description).toMatch(/^黔江的景区/);
    expect(roundTrips).toBe(1);
  });

  it('loads a part a row was read without from the whole row, in one batch', async () => {
    const { driver, counter } = countingDriver(kg.driver);
    const { loaders } = createContext(new Executor(driver, kg.database), {
      viewer: undefined,
      publicReads: true,
    });
    const rows = [
      { key: 'scenic:zhuoshui', type: 'SCENIC_AREA', name: '濯水景区' },
      { key: 'district:qianjiang', type: 'DISTRICT', name: '黔江区' },
    ] as const;
    const [nameEn, description] = await Promise.all([
      loaders.part(rows[0], 'nameEn'),
      loaders.part(rows[1], 'description'),
    ]);
    expect(nameEn).toBe('Zhuoshui Scenic Area');
    expect(description).toMatch(/^地处渝东南中心和武陵山区腹地的区/);
    expect(counter.roundTrips).toBe(1);
    expect(await loaders.part({ ...rows[0], nameEn: null }, 'nameEn')).toBeNull();
    expect(counter.roundTrips).toBe(1);
  });

  type Search = { search: { score: number; entity: Node }[] };

  it('gives search hits the same entities with and without citations, and the citations when selected', async () => {
    const plain = await roundTripsFor<Search>(
      '{ search(query: "濯水", first: 10) { score entity { key name type } } }',
    );
    const cited = await roundTripsFor<Search>(
      '{ search(query: "濯水", first: 10) { score entity { key name type ... on Entity { citations { quote } } } } }',
    );
    expect(plain.data.search[0]?.entity).toEqual({
      key: 'scenic:zhuoshui',
      name: '濯水景区',
      type: 'SCENIC_AREA',
    });
    expect(
      cited.data.search.map(({ score, entity: { key, name, type } }) => ({
        score,
        entity: { key, name, type },
      })),
    ).toEqual(plain.data.search);
    expect(cited.data.search[0]?.entity.citations?.map((c) => c.quote)).toEqual(ZHUOSHUI_QUOTES);
    for (const hit of cited.data.search) expect(hit.entity.citations?.length).toBeGreaterThan(0);
    expect([plain.roundTrips, cited.roundTrips]).toEqual([1, 1]);
  });
});

describe('lists and pages of neighbours read what their selection reads of their entities', () => {
  const kg = useSeededServer({ seed: true });

  async function read<Data>(query: string) {
    const { driver, counter } = countingDriver(kg.driver);
    const server = testServer(driver, { http: { responseCacheTtlMs: 0 } });
    const data = await graphqlData<Data>(server, query);
    return { data, roundTrips: counter.roundTrips, statements: counter.statements };
  }
  /** Whether a statement reads details (storage.ts's detailsOf) or citations of any entity. */
  const readsDetails = (statements: string[]) => statements.some((s) => s.includes('.nameEn'));
  const readsCitations = (statements: string[]) => statements.some((s) => s.includes('CITED_IN'));

  type Named = { key: string; name: string; nameEn?: string; citations?: { quote: string }[] };
  type Towns = {
    entities: {
      edges: { node: Named & { neighbors: { totalCount: number; edges: { node: Named }[] } } }[];
    };
  };
  const towns = (fields: string) => `{ entities(type: TOWN, first: 3) { edges { node { key name ${fields}
    neighbors(first: 5) { totalCount edges { node { key name ${fields} } } } } } } }`;

  it('reads a page of towns and their neighbours by key and name alone, the same entities as read whole', async () => {
    const names = await read<Towns>(towns(''));
    const whole = await read<Towns>(towns('nameEn citations { quote }'));
    expect([names.roundTrips, whole.roundTrips]).toEqual([1, 1]);
    expect(readsDetails(names.statements) || readsCitations(names.statements)).toBe(false);
    expect(readsDetails(whole.statements) && readsCitations(whole.statements)).toBe(true);

    const jinxi = whole.data.entities.edges[0]?.node;
    expect(jinxi).toMatchObject({ key: 'town:jinxi', name: '金溪镇', nameEn: 'Jinxi Town' });
    expect(jinxi?.citations?.map((c) => c.quote)).toEqual([
      '黔江区金溪镇、李家溪易地扶贫安置点、重庆旅游职业学院被确定为全国脱贫攻坚考察点。',
      '市卫健委帮扶集团等单位连续在黔江金溪、中塘等多个乡镇开展消费扶贫专项行动',
    ]);
    expect(jinxi?.neighbors.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ key: 'district:qianjiang', name: '黔江区', nameEn: 'Qianjiang District' }),
    );
    const keysAndNames = (data: Towns) =>
      data.entities.edges.map(({ node }) => ({
        key: node.key,
        name: node.name,
        neighbors: {
          totalCount: node.neighbors.totalCount,
          edges: node.neighbors.edges.map((e) => ({ node: { key: e.node.key, name: e.node.name } })),
        },
      }));
    expect(names.data).toEqual({ entities: { edges: keysAndNames(whole.data).map((node) => ({ node })) } });
  });

  it("sees a neighbour's detail selected on its concrete type, and loads nothing twice", async () => {
    const { data, roundTrips, statements } = await read<{
      entity: { neighbors: { edges: { node: Named & { aliases?: string[] } }[] } };
    }>(`{ entity(key: "town:jinxi") { key neighbors(first: 50) { edges { node { key name
        ... on District { aliases } } } } } }`);
    const district = data.entity.neighbors.edges.find((e) => e.node.key === 'district:qianjiang')?.node;
    expect(district?.aliases).toEqual(['黔江', 'Qianjiang', 'Qianjiang District']);
    // Other types have no `aliases` in the answer: the fragment is on District.
    expect(data.entity.neighbors.edges.filter((e) => e.node.aliases !== undefined)).toHaveLength(1);
    expect(roundTrips).toBe(1);
    // `entity` reads its entity whole; the page of neighbours reads no citations.
    expect(statements.join('\n').match(/CITED_IN/g)).toHaveLength(1);
  });

  it("gives relationships their ends' names and neighbours their keys from one page read whole", async () => {
    type Around = {
      entity: {
        relationships: { edges: { node: { type: string; from: Named; to: Named } }[] };
        neighbors: { edges: { node: { key: string } }[] };
      };
    };
    const { data, roundTrips } = await read<Around>(`{ entity(key: "town:jinxi") {
      relationships(first: 50) { edges { node { type from { key nameEn } to { key nameEn } } } }
      neighbors(first: 50) { edges { node { key } } } } }`);
    // relationships(first: 50) and neighbors(first: 50) are one page: their ends come primed, whole.
    expect(roundTrips).toBe(1);
    expect(data.entity.relationships.edges.map((e) => e.node)).toContainEqual({
      type: 'LOCATED_IN',
      from: { key: 'town:jinxi', nameEn: 'Jinxi Town' },
      to: { key: 'district:qianjiang', nameEn: 'Qianjiang District' },
    });
    expect(data.entity.neighbors.edges.map((e) => e.node.key)).toContain('district:qianjiang');
  });

  it("reads a district's towns by what the list selects, through a fragment too", async () => {
    type District = { entity: { towns: Named[] } };
    const names = await read<District>(
      '{ entity(key: "district:qianjiang") { ... on District { towns { key name } } } }',
    );
    const detailed =
      await read<District>(`{ entity(key: "district:qianjiang") { ... on District { towns { key ...English } } } }
      fragment English on Town { nameEn }`);
    expect([names.roundTrips, detailed.roundTrips]).toEqual([1, 1]);
    expect(names.data.entity.towns).toContainEqual({ key: 'town:jinxi', name: '金溪镇' });
    expect(detailed.data.entity.towns).toContainEqual({ key: 'town:jinxi', nameEn: 'Jinxi Town' });
    expect(names.data.entity.towns.map((t) => t.key)).toEqual(detailed.data.entity.towns.map((t) => t.key));
    // The district itself is read whole by `entity`; its towns' page reads no details.
    expect(names.statements).toHaveLength(1);
    expect(names.statements[0]?.match(/\.nameEn/g)).toHaveLength(1);
    expect(detailed.statements[0]?.match(/\.nameEn/g)).toHaveLength(2);
  });

  it("reads a path's entities by what its nodes and its hops' ends select", async () => {
    type Path = {
      shortestPath: {
        nodes?: Named[];
        hops?: { from: Named; to: { key: string } }[];
      };
    };
    const ends = 'fromKey: "town:jinxi", toKey: "scenic:zhuoshui"';
    const names = await read<Path>(`{ shortestPath(${ends}) { nodes { key name } } }`);
    const detailed = await read<Path>(
      `{ shortestPath(${ends}) { hops { from { key nameEn } to { key } } } }`,
    );
    const keys = names.data.shortestPath.nodes?.map((node) => node.key) ?? [];
    expect(keys[0]).toBe('town:jinxi');
    expect(keys.at(-1)).toBe('scenic:zhuoshui');
    expect(names.data.shortestPath.nodes?.[0]).toEqual({ key: 'town:jinxi', name: '金溪镇' });
    expect(detailed.data.shortestPath.hops?.[0]?.from).toEqual({ key: 'town:jinxi', nameEn: 'Jinxi Town' });
    expect(detailed.data.shortestPath.hops?.map((hop) => hop.to.key)).toEqual(keys.slice(1));
    expect([names.roundTrips, detailed.roundTrips]).toEqual([1, 1]);
    expect(readsDetails(names.statements) || readsCitations(names.statements)).toBe(false);
    expect(readsDetails(detailed.statements)).toBe(true);
    expect(readsCitations(detailed.statements)).toBe(false);
  });
});
