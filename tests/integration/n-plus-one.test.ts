import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DistrictOverviewDocument } from '../../client/examples/district-overview.ts';
import { playgroundExamples } from '../../src/http/playground-examples.ts';
import { countingDriver } from '../support/counting-driver.ts';
import { useSeededServer } from '../support/fixture.ts';
import { assemble, multipartParts, postIncremental } from '../support/incremental.ts';
import { graphqlData, testServer } from '../support/server.ts';

const pageQuery = (first: number) => `{
  entities(first: ${first}) {
    totalCount
    edges { node {
      key name nameEn
      citations { quote source { title } }
      statistics { metric value citation { quote source { key } } }
      relationships(first: 10) { totalCount edges { node {
        type date
        from { key name }
        to { key name }
        citation { quote source { key page } }
      } } }
      neighbors(first: 10) { edges { node { key name statistics { valueText } } } }
      ... on District { towns { name } honors { name recipient { name } } supporters { from { name } } }
      ... on Honor { recipient { name } conferredBy { name } date }
    } }
  }
}`;

describe('no N+1: round trips do not grow with the number of entities', () => {
  const kg = useSeededServer({ seed: true });

  /** A server without its response cache, on a driver that counts round trips. */
  function countedServer() {
    const { driver: counted, counter } = countingDriver(kg.driver);
    const server = testServer(counted, { http: { responseCacheTtlMs: 0 } });
    return { server, counter };
  }

  async function roundTripsFor<Data>(query: string, variables: Record<string, unknown> = {}) {
    const { server, counter } = countedServer();
    const data = await graphqlData<Data>(server, query, variables);
    return { roundTrips: counter.roundTrips, data };
  }

  // The round trips depend on the shape of the query (one per level of the selection, each batched
  // over all entities and fields), not on how many entities it returns. In key order the first 50
  // entities already include the district, the events and the honours, so every field below runs.
  it('fetches 50 entities with relationships, neighbours and statistics in one round trip per level', async () => {
    type Page = { entities: { edges: { node: { relationships: { edges: unknown[] } } }[] } };
    const fifty = await roundTripsFor<Page>(pageQuery(50));
    const hundred = await roundTripsFor<Page>(pageQuery(100));
    expect(fifty.data.entities.edges).toHaveLength(50);
    expect(hundred.data.entities.edges).toHaveLength(100);
    expect(
      fifty.data.entities.edges.filter((edge) => edge.node.relationships.edges.length > 0).length,
    ).toBeGreaterThan(40);
    console.log(
      `[n+1] round trips: ${fifty.roundTrips} for 50 entities, ${hundred.roundTrips} for 100 entities`,
    );
    // The page with every field of its entities; then their relationships' ends, neighbours'
    // statistics and honours' recipients; then the citations' sources.
    expect(fifty.roundTrips).toBeLessThanOrEqual(3);
    expect(hundred.roundTrips).toBe(fifty.roundTrips);
  });

  it('fetches an entity with its relationships and neighbours (bench shape 3) in one round trip', async () => {
    const { roundTrips, data } = await roundTripsFor<{
      entity: {
        relationships: {
          totalCount: number;
          edges: { node: { type: string; citation: { quote: string } | null } }[];
        };
        neighbors: { edges: { node: { key: string } }[] };
      };
    }>(
      `query($key: String!) { entity(key: $key) { key name
        relationships(first: 50) { totalCount edges { node { id type date citation { quote } } } }
        neighbors(first: 50) { edges { node { key name type } } } } }`,
      { key: 'scenic:zhuoshui' },
    );
    expect(roundTrips).toBe(1);
    const { relationships, neighbors } = data.entity;
    // In type order: an event concerns it, it holds two designations, carries out one initiative, lies in the district.
    expect(relationships.totalCount).toBe(5);
    expect(relationships.edges.map((edge) => edge.node.type)).toEqual([
      'CONCERNS',
      'DESIGNATED_AS',
      'DESIGNATED_AS',
      'IMPLEMENTS',
      'LOCATED_IN',
    ]);
    expect(relationships.edges.every((edge) => edge.node.citation?.quote)).toBe(true);
    expect(neighbors.edges.map((edge) => edge.node.key)).toContain('district:qianjiang');
  });

  it('fetches a page of villages with statistics and neighbours with theirs (bench shape 6) in two', async () => {
    const { roundTrips, data } = await roundTripsFor<{
      entities: {
        edges: { node: { key: string; neighbors: { edges: { node: { statistics: unknown[] } }[] } } }[];
      };
    }>(`{ entities(type: VILLAGE, first: 50) { edges { node {
      key name statistics { id metric value year }
      neighbors(first: 10) { edges { node { key name statistics { id metric value year } } } } } } } }`);
    expect(roundTrips).toBe(2);
    expect(data.entities.edges.length).toBeGreaterThan(0);
    expect(data.entities.edges.every((edge) => edge.node.neighbors.edges.length > 0)).toBe(true);
  });

  /** The page query's round trips, the whole answer read from multipart parts when it is deferred. */
  async function deferredRoundTrips(query: string) {
    const { server, counter } = countedServer();
    const { body } = await postIncremental(
      (url, init) => server.yoga.fetch(url, init),
      'http://localhost/graphql',
      'multipart/mixed',
      { query },
    );
    const result = assemble(multipartParts(body));
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return { roundTrips: counter.roundTrips, data: result.data };
  }

  // A deferred fragment on every item of a page runs for all the items in the same tick, so the
  // loaders batch it: one more statement for the deferred level, whatever the page size.
  it('answers a page with a deferred fragment on each item in one more round trip, whatever its size', async () => {
    const page = (first: number, defer: boolean) => `{ entities(first: ${first}) { edges { node { key name
      ...${defer ? ' @defer' : ''} { statistics { metric value } relationships(first: 5) { edges { node { type } } } } } } } }`;
    const plain5 = await roundTripsFor(page(5, false));
    const plain20 = await roundTripsFor(page(20, false));
    const deferred5 = await deferredRoundTrips(page(5, true));
    const deferred20 = await deferredRoundTrips(page(20, true));
    console.log(
      `[n+1] page with statistics and relationships: ${plain5.roundTrips} / ${plain20.roundTrips} round trips (5 / 20 entities), ${deferred5.roundTrips} / ${deferred20.roundTrips} with them deferred`,
    );
    expect(deferred5.data).toEqual(plain5.data);
    expect(deferred20.data).toEqual(plain20.data);
    expect(plain20.roundTrips).toBe(plain5.roundTrips);
    // The page, then its deferred level in one statement for every entity.
    expect(deferred20.roundTrips).toBe(deferred5.roundTrips);
    expect(deferred20.roundTrips).toBeLessThanOrEqual(plain20.roundTrips + 1);
  });

  /** Neo4j transactions the server ran so far, as its own /metrics counts them. */
  async function transactions(server: ReturnType<typeof countedServer>['server']) {
    const metric = await server.metrics.neo4jTransactions.get();
    return metric.values.reduce((sum, value) => sum + value.value, 0);
  }

  it("answers the example client's DistrictOverview in one Neo4j transaction, by the server's metric", async () => {
    const { server } = countedServer();
    const before = await transactions(server);
    const data = await graphqlData<{
      entity: {
        __typename: string;
        name: string;
        industries: { name: string }[];
        honors: { name: string }[];
        supporters: { from: { name: string }; citation: { quote: string } }[];
        teams: { name: string }[];
      };
    }>(server, print(DistrictOverviewDocument), { key: 'district:qianjiang' });
    const used = (await transactions(server)) - before;
    console.log(`[n+1] DistrictOverview: ${used} Neo4j transactions`);
    expect(used).toBeLessThanOrEqual(3);
    const district = data.entity;
    expect(district.__typename).toBe('District');
    expect(district.name).toBe('黔江区');
    expect(district.industries.map((industry) => industry.name)).toEqual(
      expect.arrayContaining(['蚕桑', '水果', '旅游', '生猪', '烤烟', '中药材', '蔬菜']),
    );
    // Its own honour: the seed states no body of the district whose honours it would list too.
    expect(district.honors.map((honor) => honor.name)).toEqual(['全国脱贫攻坚交流基地']);
    expect(district.supporters.find((support) => support.from.name === '中信集团')?.citation.quote).toBe(
      '凝聚中信集团、山东日照、重庆永川、市卫生健康委帮扶集团和区级部门、重点企事业单位的帮扶合力',
    );
    expect(district.teams.map((team) => team.name)).toEqual(
      expect.arrayContaining(['驻村干部团队', '教育工作者团队', '医务工作者团队']),
    );
  });

  it("answers the playground's District overview tab in at most three, by the server's metric", async () => {
    const { server } = countedServer();
    const example = playgroundExamples.find((e) => e.name === 'District overview');
    if (!example) throw new Error('no District overview tab');
    const before = await transactions(server);
    const data = await graphqlData<{ entity: { honors: { recipient: { name: string } | null }[] } }>(
      server,
      example.query,
    );
    const used = (await transactions(server)) - before;
    console.log(`[n+1] playground District overview: ${used} Neo4j transactions`);
    // The district with its lists; the honours' recipients and conferrers; the citations' sources.
    expect(used).toBeLessThanOrEqual(3);
    expect(data.entity.honors.every((honor) => honor.recipient?.name)).toBe(true);
  });
});
