import { describe, expect, it } from 'vitest';
import { type Entity, relationshipKey, type Statistic, statisticKey } from '../../src/domain/shapes.ts';
import type { RelationshipRow, StatisticRow } from '../../src/graph/storage.ts';
import { loadSeed, readValidSeed, type SeedReport } from '../../src/seed/load.ts';
import type { SeedData } from '../../src/seed/read.ts';
import { jinxiInput, SOURCE } from '../support/data.ts';
import { useSeededServer } from '../support/fixture.ts';
import { batchWork } from '../support/neo4j.ts';
import { editorAuth } from '../support/server.ts';

/**
 * Upgrading a database loaded from an older seed (issue 20): `loadSeed` removes what the seed dropped
 * (recorded as changes by "seed", undone with the usual mutations), updates what it changed, and
 * keeps what editors created or edited through the API.
 */

const EDITOR = { authorization: 'Bearer alice-editor-token-0001' };
const RIVER = 'place:apeng-river';
const BELT = 'place:apeng-river-national-leisure-agriculture-rural-tourism-demonstration-belt';
const OLD_BELT = 'brand:apeng-river-national-leisure-agriculture-rural-tourism-demonstration-belt';

/**
 * The seed as it was before commit 80e8ef5, derived from today's: the belt was a BRAND (under another
 * key), the river was DESIGNATED_AS the belt, 黔江 did not yet BUILD it; plus, for this test, the
 * 2020 cocoon output filed under 2019 as well, and 濯水's English name as an earlier draft had it.
 */
function olderSeed(): SeedData {
  const data = readValidSeed();
  const old = structuredClone(data);
  const belt = one(data.entities, (e) => e.value.key === BELT);
  const locatedIn = one(data.relationships, (r) => r.value.from === BELT && r.value.to === RIVER);
  const cocoons = one(
    data.statistics,
    (s) => statisticKey(s.value) === 'industry:sericulture|cocoon_output|2020',
  );
  const zhuoshui = one(old.entities, (e) => e.value.key === 'scenic:zhuoshui');
  zhuoshui.value = { ...zhuoshui.value, nameEn: 'Zhuoshui (draft)' };
  old.entities.push({ ...belt, value: { ...belt.value, key: OLD_BELT, type: 'BRAND' } satisfies Entity });
  old.relationships = old.relationships.filter((r) => !(r.value.type === 'BUILDS' && r.value.to === BELT));
  old.relationships.push({
    ...locatedIn,
    value: { from: RIVER, type: 'DESIGNATED_AS', to: BELT, citation: locatedIn.value.citation },
  });
  old.statistics.push({ ...cocoons, value: { ...cocoons.value, year: 2019 } satisfies Statistic });
  return old;
}

function one<T>(list: T[], test: (item: T) => boolean): T {
  const found = list.find(test);
  if (!found) throw new Error('the seed lacks a fact this test derives from');
  return found;
}

const DESIGNATION = relationshipKey({ from: RIVER, type: 'DESIGNATED_AS', to: BELT });
const WRONG_YEAR = 'industry:sericulture|cocoon_output|2019';
const CITIC_SUPPORTS_SERICULTURE = {
  from: 'org:citic-group',
  type: 'SUPPORTS',
  to: 'industry:sericulture',
  citation: {
    source: SOURCE,
    quote: '凝聚中信集团、山东日照、重庆永川、市卫生健康委帮扶集团和区级部门、重点企事业单位的帮扶合力',
  },
};

interface Change {
  who: string;
  mutation: string;
  keys: string[];
  before: Record<string, unknown> | null;
  after: unknown;
}

describe('loading a newer seed into a database loaded from an older one', () => {
  // An empty graph: the first test loads the older seed itself.
  const kg = useSeededServer({
    seed: false,
    auth: editorAuth({ name: 'alice', token: 'alice-editor-token-0001' }),
  });
  const load = (data: SeedData) => loadSeed(batchWork(kg.driver), data);
  const read = <Data>(query: string) => kg.data<Data>(query);
  const edit = <Data>(query: string, variables: Record<string, unknown> = {}) =>
    kg.data<Data>(query, variables, EDITOR);

  const riverRelationships = async () =>
    (
      await read<{ entity: { relationships: { edges: { node: { type: string; to: { key: string } } }[] } } }>(
        `{ entity(key: "${RIVER}") { relationships(first: 100) { edges { node { type to { key } } } } } }`,
      )
    ).entity.relationships.edges.map(({ node }) => `${node.type} ${node.to.key}`);
  const cocoonYears = async () =>
    (
      await read<{ statistics: { edges: { node: { year: number; valueText: string } }[] } }>(
        '{ statistics(subjectKey: "industry:sericulture", metric: "cocoon_output") { edges { node { year valueText } } } }',
      )
    ).statistics.edges.map(({ node }) => `${node.year} ${node.valueText}`);
  const nameEn = async (key: string) =>
    (await read<{ entity: { nameEn: string } | null }>(`{ entity(key: "${key}") { nameEn } }`)).entity
      ?.nameEn;
  const citicSupports = async () =>
    (
      await read<{ entity: { supports: { to: { key: string } }[] } }>(
        '{ entity(key: "org:citic-group") { ... on Organization { supports { to { key } } } } }',
      )
    ).entity.supports.map((s) => s.to.key);
  const seedChanges = async () =>
    (
      await read<{ changes: { edges: { node: Change }[] } }>(
        '{ changes(first: 100) { edges { node { who mutation keys before after } } } }',
      )
    ).changes.edges
      .map(({ node }) => node)
      .filter((change) => change.who === 'seed');

  let upgrade: SeedReport;

  it('removes what the seed dropped, updates what it changed and keeps the edits made through the API', async () => {
    await load(olderSeed());
    kg.server.responseCache.clear();
    expect(await riverRelationships()).toContain(`DESIGNATED_AS ${BELT}`);
    expect(await cocoonYears()).toEqual(['2019 7万担', '2020 7万担']);
    expect(await nameEn('scenic:zhuoshui')).toBe('Zhuoshui (draft)');

    // An editor corrects 金溪镇 (which today's seed has as before) and adds a relationship no seed has.
    await edit('mutation ($input: UpsertEntityInput!) { upsertEntity(input: $input) { change { seq } } }', {
      input: jinxiInput({ nameEn: 'Jinxi (edited)' }),
    });
    await edit(
      'mutation ($input: AddRelationshipInput!) { addRelationship(input: $input) { change { seq } } }',
      { input: CITIC_SUPPORTS_SERICULTURE },
    );

    upgrade = await load(readValidSeed());
    kg.server.responseCache.clear();

    expect(upgrade.removedKeys).toEqual([OLD_BELT, DESIGNATION, WRONG_YEAR]);
    expect(upgrade.entities).toEqual({ added: 0, updated: 1, removed: 1, kept: 1 });
    expect(upgrade.relationships).toEqual({ added: 1, updated: 0, removed: 1, kept: 1 });
    expect(upgrade.statistics).toEqual({ added: 0, updated: 0, removed: 1, kept: 0 });
    expect(upgrade.sources).toEqual({ added: 0, updated: 0, removed: 0, kept: 0 });

    // Removed: gone from every read.
    expect(await riverRelationships()).not.toContain(`DESIGNATED_AS ${BELT}`);
    expect(await cocoonYears()).toEqual(['2020 7万担']);
    expect(await nameEn(OLD_BELT)).toBeUndefined();
    // Added and updated: as today's seed has them.
    const districtBuilds = await read<{
      entity: { relationships: { edges: { node: { to: { key: string } } }[] } };
    }>(
      '{ entity(key: "district:qianjiang") { relationships(first: 100, types: [BUILDS]) { edges { node { to { key } } } } } }',
    );
    expect(districtBuilds.entity.relationships.edges.map(({ node }) => node.to.key)).toContain(BELT);
    const zhuoshui = one(readValidSeed().entities, (e) => e.value.key === 'scenic:zhuoshui');
    expect(await nameEn('scenic:zhuoshui')).toBe(zhuoshui.value.nameEn);
    // Kept: the editor's values, not the seed's.
    expect(await nameEn('town:jinxi')).toBe('Jinxi (edited)');
    expect(await citicSupports()).toContain('industry:sericulture');
    // Two whole loads, the first on a cold database: each statement planned once.
  }, 240_000);

  it('records each removal as a change by the seed, with the fact as it was', async () => {
    const changes = await seedChanges();
    expect(changes.map(({ mutation, keys }) => ({ mutation, keys }))).toEqual([
      { mutation: 'deleteEntity', keys: [OLD_BELT] },
      { mutation: 'removeRelationship', keys: [RIVER, BELT] },
      { mutation: 'removeStatistic', keys: ['industry:sericulture'] },
    ]);
    expect(changes.map((change) => change.after)).toEqual([null, null, null]);
    expect(changes[0]?.before).toMatchObject({
      key: OLD_BELT,
      type: 'BRAND',
      name: '阿蓬江国家休闲农业与乡村旅游示范带',
    });
    expect(changes[1]?.before).toMatchObject({
      key: DESIGNATION,
      type: 'DESIGNATED_AS',
      from: RIVER,
      to: BELT,
    });
    expect(changes[2]?.before).toMatchObject({
      key: WRONG_YEAR,
      year: 2019,
      value: 70000,
      valueText: '7万担',
    });
  });

  it('lets the usual mutations undo the removals, and the next load keeps what was undone', async () => {
    const [entity, relationship, statistic] = await seedChanges();
    const removedRelationship = relationship?.before as unknown as RelationshipRow;
    const removedStatistic = statistic?.before as unknown as StatisticRow;

    await edit(`mutation { restoreEntity(key: "${entity?.keys[0]}") { entity { key } } }`);
    await edit(
      'mutation ($input: AddRelationshipInput!) { addRelationship(input: $input) { change { seq } } }',
      {
        input: {
          from: removedRelationship.from,
          type: removedRelationship.type,
          to: removedRelationship.to,
          citation: { source: removedRelationship.source, quote: removedRelationship.quote },
        },
      },
    );
    // A change records where the quote stood; the editor may pin it there again with `start`.
    const { key: _key, subject, source, quote, start, end: _end, ...figure } = removedStatistic;
    await edit(
      'mutation ($input: UpsertStatisticInput!) { upsertStatistic(input: $input) { change { seq } } }',
      {
        input: {
          ...Object.fromEntries(Object.entries(figure).filter(([, value]) => value !== null)),
          subject,
          citation: { source, quote, start },
        },
      },
    );
    kg.server.responseCache.clear();
    expect(await nameEn(OLD_BELT)).toBe(
      one(readValidSeed().entities, (e) => e.value.key === BELT).value.nameEn,
    );
    expect(await riverRelationships()).toContain(`DESIGNATED_AS ${BELT}`);
    expect(await cocoonYears()).toEqual(['2019 7万担', '2020 7万担']);

    // Undone, they are the editors' now: the seed leaves them, and finds nothing else to do.
    const again = await load(readValidSeed());
    kg.server.responseCache.clear();
    expect(again.removedKeys).toEqual([]);
    expect(again.entities).toEqual({ added: 0, updated: 0, removed: 0, kept: 2 });
    expect(again.relationships).toEqual({ added: 0, updated: 0, removed: 0, kept: 2 });
    expect(again.statistics).toEqual({ added: 0, updated: 0, removed: 0, kept: 1 });
    expect(await riverRelationships()).toContain(`DESIGNATED_AS ${BELT}`);
    expect(await cocoonYears()).toEqual(['2019 7万担', '2020 7万担']);
    expect(await nameEn('town:jinxi')).toBe('Jinxi (edited)');
    expect(await seedChanges()).toHaveLength(3);
  }, 120_000);

  it('gives entities and figures written before the folded names (issue 21) their folded names', async () => {
    // A database from before: 金溪镇 (kept as the editor left it) and the figures lack the folded copies.
    await kg.cypher(
      `MATCH (e:Entity {key: 'town:jinxi'}) REMOVE e.nameFolded, e.nameEnFolded, e.aliasFolded
       WITH count(*) AS done
       MATCH (s:Statistic) WHERE s.scope IS NOT NULL REMOVE s.scopeFolded`,
    );
    const find = async () =>
      await read<{ entities: { edges: { node: { key: string } }[] }; statistics: { totalCount: number } }>(
        `{ entities(where: { nameEn: { eq: "JINXI (edited)" } }) { edges { node { key } } }
             statistics(where: { scope: { contains: "73个贫困村" } }) { totalCount } }`,
      );
    const before = await find();
    expect(before.entities.edges).toEqual([]);
    expect(before.statistics.totalCount).toBe(0);
    const again = await load(readValidSeed());
    kg.server.responseCache.clear();
    expect(again.entities).toEqual({ added: 0, updated: 0, removed: 0, kept: 2 });
    const after = await find();
    expect(after.entities.edges).toEqual([{ node: { key: 'town:jinxi' } }]);
    expect(after.statistics.totalCount).toBe(6);
  }, 120_000);
});
