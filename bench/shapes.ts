import type { Driver } from 'neo4j-driver';
import type { EntityType } from '../src/domain/vocabulary.ts';
import { luceneQuery } from '../src/graph/search-query.ts';
import { DATABASE } from './neo4j.ts';
import { PEER_RELATIONSHIP_FIELDS } from './servers/peer-typedefs.ts';
import { countsFor, ISLAND_PAIRS, syntheticKey } from './synthetic.ts';

/**
 * The nine request shapes, each as the three systems are asked it (ours and peer: a GraphQL
 * operation; floor: a URL), with a fixed parameter pool drawn from real keys and a normaliser per
 * system, so the harness can check that all three return the same data before timing them.
 */

export type System = 'ours' | 'peer' | 'floor';
export const SYSTEMS: System[] = ['ours', 'peer', 'floor'];

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  /** Beyond `content-type: application/json`, which every request with a body gets. */
  headers?: Record<string, string>;
}

type Params = Record<string, string>;
// biome-ignore lint/suspicious/noExplicitAny: GraphQL and floor answers, checked by the normalisers
type Json = any;

export interface Shape {
  name: string;
  pool(driver: Driver, entities: number): Promise<Params[]>;
  ours(p: Params): { query: string; variables: Record<string, unknown> };
  peer(p: Params): { query: string; variables: Record<string, unknown> };
  floor(p: Params): string;
  /** The comparable essence of each system's answer to the request made of `p`. */
  normalize: Record<System, (data: Json, p: Params) => unknown>;
}

export function request(shape: Shape, system: System, p: Params): HttpRequest {
  if (system === 'floor') return { method: 'GET', path: shape.floor(p) };
  return { method: 'POST', path: '/graphql', body: JSON.stringify(shape[system](p)) };
}

// ---- parameter pools -------------------------------------------------------------------------

/** Deterministic spread of indices over 0..n-1. */
const spread = (n: number, count: number, salt = 0) =>
  Array.from({ length: count }, (_, i) => (i * 7919 + salt * 104_729) % n);

const KEY_TYPES: EntityType[] = [
  'VILLAGE',
  'ORGANIZATION',
  'TOWN',
  'PRODUCT',
  'INITIATIVE',
  'EVENT',
  'BRAND',
  'INDUSTRY',
];

/** Keys of every type, weighted towards the common ones. */
function mixedKeys(entities: number, count: number): string[] {
  const counts = countsFor(entities) as Record<string, number>;
  return spread(count, count).map((i) => {
    const type = KEY_TYPES[i % KEY_TYPES.length] as EntityType;
    return syntheticKey(type, (i * 7919) % (counts[type] as number));
  });
}

async function read<T>(driver: Driver, cypher: string, params: Record<string, unknown>): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params, { database: DATABASE });
  return records.map((r) => r.toObject() as T);
}

/** Keys with at most `max` knowledge relationships: lists short enough to compare whole. */
async function modestKeys(driver: Driver, keys: string[], max: number): Promise<string[]> {
  const rows = await read<{ key: string }>(
    driver,
    `UNWIND $keys AS key MATCH (e:Entity {key: key})
     WHERE COUNT { (e)-[r]-(:Entity) } <= $max RETURN e.key AS key`,
    { keys, max },
  );
  return rows.map((r) => r.key);
}

const cursor = (prefix: string, value: string | number) =>
  Buffer.from(`${prefix}${value}`).toString('base64url');

// ---- selections --------------------------------------------------------------------------------

const ENTITY_FIELDS = 'key type name nameEn aliases kind description descriptionEn';
const STATS = 'id metric value year';
const peerStats = 'statistics(sort: [{ key: ASC }]) { key metric value year }';

/** Every relationship field of the peer, both directions, with one selection. */
const peerAll = (select: (field: string) => string) =>
  PEER_RELATIONSHIP_FIELDS.flatMap(([out, into]) => [select(out), select(into)]).join('\n');

/** Peer relationship lists, merged into our order (type, then the other end's key). */
function peerMerged<T extends { key: string }>(node: Json, suffix = ''): { type: string; item: T }[] {
  return PEER_RELATIONSHIP_FIELDS.flatMap(([out, into, type]) => [
    ...((node[out + suffix] ?? []) as T[]).map((item) => ({ type, item })),
    ...((node[into + suffix] ?? []) as T[]).map((item) => ({ type, item })),
  ]);
}

const byTypeThenKey = (a: { type: string; k: string }, b: { type: string; k: string }) =>
  a.type < b.type ? -1 : a.type > b.type ? 1 : a.k < b.k ? -1 : a.k > b.k ? 1 : 0;

/** Our relationship IDs are base64url of `Relationship:<key>` (src/schema/builder.ts). */
const relationshipKey = (id: string) =>
  Buffer.from(id, 'base64url')
    .toString('utf8')
    .replace(/^Relationship:/, '');
const statisticKey = (id: string) =>
  Buffer.from(id, 'base64url')
    .toString('utf8')
    .replace(/^Statistic:/, '');

const statKeys = (stats: Json[] | undefined) =>
  (stats ?? []).map((s) => `${s.key ?? statisticKey(s.id)}=${s.value}`);

// ---- the shapes ------------------------------------------------------------------------------

const entityByKey: Shape = {
  name: '1 entity by key',
  pool: async (_driver, entities) => mixedKeys(entities, 200).map((key) => ({ key })),
  ours: ({ key }) => ({
    query: `query($key: String!) { entity(key: $key) { ${ENTITY_FIELDS} citations { quote } } }`,
    variables: { key: key as string },
  }),
  peer: ({ key }) => ({
    query: `query($key: String!) { entities(where: { key: { eq: $key } }) {
      ${ENTITY_FIELDS} citedInConnection { edges { properties { quote } } } } }`,
    variables: { key: key as string },
  }),
  floor: ({ key }) => `/entity?key=${encodeURIComponent(key as string)}`,
  normalize: {
    ours: (d) => ({ ...d.entity, citations: d.entity.citations.map((c: Json) => c.quote) }),
    peer: (d) => {
      const { citedInConnection, ...e } = d.entities[0];
      return { ...e, citations: citedInConnection.edges.map((edge: Json) => edge.properties.quote) };
    },
    floor: ({ date: _date, version: _version, ...entity }) => entity,
  },
};

const search: Shape = {
  name: '2 search, 10 hits',
  pool: async (driver, entities) => {
    const keys = mixedKeys(entities, 100);
    const rows = await read<{ name: string; nameEn: string }>(
      driver,
      'UNWIND $keys AS key MATCH (e:Entity {key: key}) RETURN e.name AS name, e.nameEn AS nameEn',
      { keys },
    );
    // Chinese names (bigram matches: many hits) and English names (word and prefix matches).
    return rows.map((r, i) => ({ q: i % 2 ? r.nameEn : r.name }));
  },
  ours: ({ q }) => ({
    query: 'query($q: String!) { search(query: $q, first: 10) { score entity { key name type } } }',
    variables: { q: q as string },
  }),
  peer: ({ q }) => ({
    // The peer gets the same Lucene query our server builds from the text (src/graph/search-query.ts).
    query: `query($q: String!) { entitySearch(phrase: $q, first: 10, sort: [{ score: DESC }]) {
      edges { score node { key name type } } } }`,
    variables: { q: luceneQuery(q as string) ?? '' },
  }),
  floor: ({ q }) => `/search?q=${encodeURIComponent(q as string)}`,
  // The peer ranks by Lucene score alone (no exact-name boost), so what must agree is the number of
  // hits and the best hit (the entity named exactly so).
  normalize: {
    ours: (d) => ({ hits: d.search.length, top: d.search[0]?.entity.key }),
    peer: (d) => ({ hits: d.entitySearch.edges.length, top: d.entitySearch.edges[0]?.node.key }),
    floor: (d) => ({ hits: d.length, top: d[0]?.entity.key }),
  },
};

const oneHop: Shape = {
  name: '3 entity + 1-hop',
  pool: async (driver, entities) =>
    (await modestKeys(driver, mixedKeys(entities, 300), 50)).slice(0, 200).map((key) => ({ key })),
  ours: ({ key }) => ({
    query: `query($key: String!) { entity(key: $key) { key name
      relationships(first: 50) { totalCount edges { node { id type date citation { quote } } } }
      neighbors(first: 50) { edges { node { key name type } } } } }`,
    variables: { key: key as string },
  }),
  peer: ({ key }) => ({
    query: `query($key: String!) { entities(where: { key: { eq: $key } }) { key name
      ${peerAll((f) => `${f}Connection(first: 50, sort: [{ node: { key: ASC } }]) { totalCount edges { properties { key date quote } node { key name type } } }`)}
    } }`,
    variables: { key: key as string },
  }),
  floor: ({ key }) => `/around?key=${encodeURIComponent(key as string)}`,
  normalize: {
    ours: (d) => ({
      total: d.entity.relationships.totalCount,
      relationships: d.entity.relationships.edges.map((e: Json) => relationshipKey(e.node.id)),
      neighbors: d.entity.neighbors.edges.map((e: Json) => e.node.key),
    }),
    peer: (d) => {
      const node = d.entities[0];
      const merged = PEER_RELATIONSHIP_FIELDS.flatMap(([out, into, type]) =>
        [out, into].flatMap((f) =>
          node[`${f}Connection`].edges.map((e: Json) => ({ type, k: e.node.key, rel: e.properties.key })),
        ),
      )
        .sort((a, b) => byTypeThenKey(a, b) || (a.rel < b.rel ? -1 : 1))
        .slice(0, 50);
      const total = PEER_RELATIONSHIP_FIELDS.reduce(
        (sum, [out, into]) =>
          sum + node[`${out}Connection`].totalCount + node[`${into}Connection`].totalCount,
        0,
      );
      return { total, relationships: merged.map((m) => m.rel), neighbors: merged.map((m) => m.k) };
    },
    floor: (d) => ({
      total: d.total,
      relationships: d.items.map((i: Json) => i.relationship.key),
      neighbors: d.items.map((i: Json) => i.entity.key),
    }),
  },
};

const subgraph: Shape = {
  name: '4 2-hop subgraph <=100',
  pool: async (driver, entities) =>
    (await modestKeys(driver, mixedKeys(entities, 150), 50)).slice(0, 100).map((key) => ({ key })),
  // What the peer is asked: the nodes' key, name and type. Ours reads the relationships among the
  // nodes (the explorer selects them) and the nodes' citations only when they are selected.
  ours: ({ key }) => ({
    query: `query($key: String!) { subgraph(key: $key, depth: 2, limit: 100) {
      truncated nodes { key name type } } }`,
    variables: { key: key as string },
  }),
  // The peer's @cypher field returns the nodes (nearest first); it has no way to return the
  // relationships among them in the same field.
  peer: ({ key }) => ({
    query: 'query($key: String!) { subgraph(key: $key) { key name type } }',
    variables: { key: key as string },
  }),
  floor: ({ key }) => `/subgraph?key=${encodeURIComponent(key as string)}`,
  normalize: {
    ours: (d) => d.subgraph.nodes.map((n: Json) => n.key),
    peer: (d) => d.subgraph.map((n: Json) => n.key),
    floor: (d) => d.nodes.map((n: Json) => n.key),
  },
};

const shortestPath: Shape = {
  name: '5 shortest path',
  pool: async (_driver, entities) => {
    const counts = countsFor(entities);
    const firstIsland = counts.CONCEPT - 2 * ISLAND_PAIRS;
    return spread(counts.VILLAGE, 60, 1).map((v, i) => ({
      from: syntheticKey('VILLAGE', v),
      to:
        i % 2
          ? syntheticKey('CONCEPT', firstIsland + (i % (2 * ISLAND_PAIRS))) // unreachable
          : syntheticKey(i % 4 ? 'ORGANIZATION' : 'VILLAGE', (v * 31 + i) % counts.ORGANIZATION),
    }));
  },
  ours: ({ from, to }) => ({
    query: `query($from: String!, $to: String!) { shortestPath(fromKey: $from, toKey: $to, maxHops: 6) {
      length nodes { key name } relationships { id } } }`,
    variables: { from: from as string, to: to as string },
  }),
  peer: ({ from, to }) => ({
    query: 'query($from: String!, $to: String!) { shortestPath(fromKey: $from, toKey: $to) { key name } }',
    variables: { from: from as string, to: to as string },
  }),
  floor: ({ from, to }) =>
    `/path?from=${encodeURIComponent(from as string)}&to=${encodeURIComponent(to as string)}`,
  // Equal-length alternatives may differ; the length (or no path) must agree.
  normalize: {
    ours: (d) => d.shortestPath?.length ?? null,
    peer: (d) => (d.shortestPath.length ? d.shortestPath.length - 1 : null),
    floor: (d) => d.path?.relationships.length ?? null,
  },
};

const nestedPage: Shape = {
  name: '6 nested page (N+1)',
  pool: async (_driver, entities) => {
    const villages = countsFor(entities).VILLAGE;
    return spread(villages - 60, 40, 2).map((offset) => ({ offset: String(offset) }));
  },
  ours: ({ offset }) => ({
    query: `query($after: String) { entities(type: VILLAGE, first: 50, after: $after) { edges { node {
      key name statistics { ${STATS} }
      neighbors(first: 10) { edges { node { key name statistics { ${STATS} } } } } } } } }`,
    variables: { after: cursor('k:', syntheticKey('VILLAGE', Number(offset))) },
  }),
  peer: ({ offset }) => ({
    // entitiesConnection(first, after) with these nested fields exceeds Neo4j's transaction memory
    // limit (the peer projects every village before paging), so the peer pages by offset here.
    query: `query($offset: Int) { entities(where: { type: { eq: "VILLAGE" } }, limit: 50, offset: $offset,
      sort: [{ key: ASC }]) { key name ${peerStats}
      ${peerAll((f) => `${f}(limit: 10, sort: [{ key: ASC }]) { key name ${peerStats} }`)} } }`,
    variables: { offset: Number(offset) + 1 },
  }),
  floor: ({ offset }) => `/page?after=${encodeURIComponent(syntheticKey('VILLAGE', Number(offset)))}`,
  normalize: {
    ours: (d) =>
      d.entities.edges.map(({ node }: Json) => ({
        key: node.key,
        stats: statKeys(node.statistics),
        neighbors: node.neighbors.edges.map((e: Json) => [e.node.key, statKeys(e.node.statistics)]),
      })),
    peer: (d) =>
      d.entities.map((node: Json) => ({
        key: node.key,
        stats: statKeys(node.statistics),
        neighbors: peerMerged<Json>(node)
          .map(({ type, item }) => ({ type, k: item.key, item }))
          .sort(byTypeThenKey)
          .slice(0, 10)
          .map(({ item }) => [item.key, statKeys(item.statistics)]),
      })),
    floor: (d) =>
      d.map((e: Json) => ({
        key: e.key,
        stats: statKeys(e.statistics),
        neighbors: e.neighbors.map((n: Json) => [n.key, statKeys(n.statistics)]),
      })),
  },
};

const deepPage: Shape = {
  name: '7 deep cursor page',
  pool: async (driver, entities) => {
    const keys = mixedKeys(entities, 40);
    const rows = await read<{ key: string; offset: number }>(
      driver,
      `UNWIND $keys AS key
       CALL (key) { MATCH (e:Entity) WHERE e.key < key RETURN count(e) AS offset }
       RETURN key, offset`,
      { keys },
    );
    return rows.map((r) => ({ key: r.key, offset: String(r.offset) }));
  },
  ours: ({ key }) => ({
    query: `query($after: String) { entities(first: 20, after: $after) { totalCount
      edges { node { key name type } } pageInfo { hasNextPage } } }`,
    variables: { after: cursor('k:', key as string) },
  }),
  // entitiesConnection(first: 20, after: <deep cursor>) exceeds Neo4j's transaction memory limit (the
  // peer collects every entity before slicing), so the peer pages by offset and counts separately.
  peer: ({ offset }) => ({
    query: `query($offset: Int) { entities(limit: 20, offset: $offset, sort: [{ key: ASC }]) { key name type }
      entitiesConnection { totalCount } }`,
    variables: { offset: Number(offset) + 1 },
  }),
  floor: ({ key }) => `/entities?after=${encodeURIComponent(key as string)}`,
  normalize: {
    ours: (d) => ({ total: d.entities.totalCount, keys: d.entities.edges.map((e: Json) => e.node.key) }),
    peer: (d) => ({ total: d.entitiesConnection.totalCount, keys: d.entities.map((e: Json) => e.key) }),
    floor: (d) => ({ total: d.total, keys: d.rows.map((r: Json) => r.key) }),
  },
};

/**
 * `count` indices at the same relative positions in 0..n-1 at every scale. Villages pick their town
 * by a power law over the town index (synthetic.ts: `hub(c.TOWN, 1.3)`), so a town's expected number
 * of villages depends only on its relative position: about 21 x^-0.23 at position x (58 at 1.25%,
 * 21 at 99%), whether the graph has 200 towns or 20,000. Fixed absolute indices would not: town 0
 * has ~94 villages at 10k and ~270 at 1M.
 */
const atRelativePositions = (n: number, count: number) =>
  Array.from({ length: count }, (_, i) => Math.floor((n * (i + 0.5)) / count));

const FILTERED_WHERE = (town: string) =>
  `where: { type: { eq: VILLAGE }, relationship: { type: LOCATED_IN, direction: OUT, some: { key: { eq: ${town} } } } }`;

const filteredList: Shape = {
  name: '8 filtered list',
  // 40 towns spread over the hub distribution: 28 villages each on average (14-61 at 10k) and ~12
  // organisations, which the type condition drops; the same at 10k and 1M, so the work per request
  // does not grow with the graph.
  pool: async (_driver, entities) =>
    atRelativePositions(countsFor(entities).TOWN, 40).map((t) => ({ town: syntheticKey('TOWN', t) })),
  ours: ({ town }) => ({
    query: `query($town: String!) { entities(${FILTERED_WHERE('$town')}, orderBy: [{ name: ASC }], first: 20) {
      totalCount edges { node { key name } } pageInfo { hasNextPage } } }`,
    variables: { town },
  }),
  // The peer's nearest equivalent: `where` with a relationship filter (`some`), sorted, first 20.
  peer: ({ town }) => ({
    query: `query($town: String!) { entitiesConnection(first: 20, sort: [{ name: ASC }],
      where: { type: { eq: "VILLAGE" }, locatedIn: { some: { key: { eq: $town } } } }) {
      totalCount edges { node { key name } } pageInfo { hasNextPage } } }`,
    variables: { town },
  }),
  floor: ({ town }) => `/filtered?town=${encodeURIComponent(town as string)}`,
  normalize: {
    ours: ({ entities: e }) => ({
      total: e.totalCount,
      more: e.pageInfo.hasNextPage,
      rows: e.edges.map(({ node }: Json) => [node.key, node.name]),
    }),
    peer: ({ entitiesConnection: e }) => ({
      total: e.totalCount,
      more: e.pageInfo.hasNextPage,
      rows: e.edges.map(({ node }: Json) => [node.key, node.name]),
    }),
    floor: (d) => ({ total: d.total, more: d.hasNextPage, rows: d.rows.map((r: Json) => [r.key, r.name]) }),
  },
};

/** A statistic group as the three systems are compared on it; the mean to 12 significant digits. */
const group = (key: { metric: string; year: number; unit: string }, a: Json) => ({
  key: [key.metric, key.year, key.unit],
  count: a.count,
  sum: a.sum,
  min: a.min,
  max: a.max,
  average: Number(Number(a.average).toPrecision(12)),
});

/** The groups a pool entry names (metric, year, unit), in our key order. */
const groupKeys = (p: Params): [string, number, string][] => JSON.parse(p.groups as string);

const groupBy: Shape = {
  name: '9 group-by',
  // The figures of a district's towns, by metric and year. Every district has exactly 20 towns at
  // every scale (synthetic.ts: town i lies in district i mod the number of districts, 20 times as
  // many towns) and each town 3 figures, so a request aggregates 60 figures in 3 groups from 10k to
  // 1M. The groups of each district are read here, because the peer needs them in its request.
  pool: async (driver, entities) => {
    const keys = atRelativePositions(countsFor(entities).DISTRICT, 10).map((d) =>
      syntheticKey('DISTRICT', d),
    );
    const rows = await read<{ key: string; groups: [string, number, string][] }>(
      driver,
      `UNWIND $keys AS key
       MATCH (:Entity {key: key})<-[:LOCATED_IN]-(t:Entity {type: 'TOWN'})-[:HAS_STATISTIC]->(s:Statistic)
       WITH DISTINCT key, s.metric AS metric, s.year AS year, s.unit AS unit ORDER BY key, metric, year, unit
       RETURN key, collect([metric, year, unit]) AS groups`,
      { keys },
    );
    return rows.map((r) => ({ district: r.key, groups: JSON.stringify(r.groups) }));
  },
  ours: ({ district }) => ({
    query: `query($district: String!) { statisticGroups(by: [METRIC, YEAR], where: { subject: { where: {
      type: { eq: TOWN }, relationship: { type: LOCATED_IN, direction: OUT, some: { key: { eq: $district } } } } } }) {
      totalCount edges { node { key { metric year unit } count sum min max average } } } }`,
    variables: { district },
  }),
  // The peer has no group-by. Its nearest equivalent is one aliased connection `aggregate` per group,
  // each with the group's values and the subject filter in its `where` (through `Statistic.subject`,
  // the HAS_STATISTIC relationship read from the statistic's side). The group keys come from the pool
  // for free: a real client would first need another request to learn them.
  peer: (p) => {
    const groups = groupKeys(p);
    const variables: Record<string, unknown> = { district: p.district };
    const aliases = groups.map(([metric, year, unit], i) => {
      Object.assign(variables, { [`m${i}`]: metric, [`y${i}`]: year, [`u${i}`]: unit });
      return `g${i}: statisticsConnection(where: {
        metric: { eq: $m${i} }, year: { eq: $y${i} }, unit: { eq: $u${i} },
        subject: { some: { type: { eq: "TOWN" }, locatedIn: { some: { key: { eq: $district } } } } } }) {
        aggregate { count { nodes } node { value { sum min max average } } } }`;
    });
    const declared = [
      '$district: String!',
      ...groups.map((_, i) => `$m${i}: String!, $y${i}: Int!, $u${i}: String!`),
    ];
    return { query: `query(${declared.join(', ')}) { ${aliases.join('\n')} }`, variables };
  },
  floor: ({ district }) => `/groups?district=${encodeURIComponent(district as string)}`,
  normalize: {
    ours: ({ statisticGroups: g }) => ({
      total: g.totalCount,
      groups: g.edges.map(({ node }: Json) => group(node.key, node)),
    }),
    peer: (d, p) => {
      const groups = groupKeys(p)
        .map(([metric, year, unit], i) => {
          const { count, node } = d[`g${i}`].aggregate;
          return group({ metric, year, unit }, { count: count.nodes, ...node.value });
        })
        .filter((g) => g.count > 0);
      return { total: groups.length, groups };
    },
    floor: (d) => ({ total: d.total, groups: d.groups.map((g: Json) => group(g.key, g)) }),
  },
};

export const SHAPES: Shape[] = [
  entityByKey,
  search,
  oneHop,
  subgraph,
  shortestPath,
  nestedPage,
  deepPage,
  filteredList,
  groupBy,
];
