import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Repositories } from '../../src/graph/repositories.ts';
import type { AuthSettings } from '../../src/http/auth.ts';
import { Executor } from '../../src/neo4j/executor.ts';
import { jinxiInput, SOURCE } from '../support/data.ts';
import { useSeededServer } from '../support/fixture.ts';
import { codeOf, graphql, graphqlData } from '../support/server.ts';

const AUTH: AuthSettings = {
  editors: [
    { name: 'alice', token: 'alice-editor-token-0001' },
    { name: 'bob', token: 'bob-editor-token-000002' },
  ],
  readers: [{ name: 'rita', token: 'rita-reader-token-0003' }],
  publicReads: true,
};
const as = (token: string) => ({ authorization: `Bearer ${token}` });
const ALICE = as('alice-editor-token-0001');
const BOB = as('bob-editor-token-000002');
const RITA = as('rita-reader-token-0003');

const kg = useSeededServer({ seed: 'each', auth: AUTH });

const UPSERT = `mutation ($input: UpsertEntityInput!) {
  upsertEntity(input: $input) { entity { key nameEn ... on Town { district { key } } } change { seq who mutation keys before after } }
}`;

async function versionOf(key: string): Promise<number> {
  const { records } = await kg.driver.executeQuery(
    'MATCH (e {key: $key}) RETURN e.version AS v',
    { key },
    {
      database: kg.database,
    },
  );
  return Number(records[0]?.get('v'));
}

describe('who may edit', () => {
  it.each([
    ['no token', {}, 'UNAUTHENTICATED'],
    ['an unknown token', as('not-a-real-token-at-all'), 'UNAUTHENTICATED'],
    ["a reader's token", RITA, 'FORBIDDEN'],
  ])('refuses every mutation with %s, changing nothing', async (_label, headers, code) => {
    const before = await kg.checksum();
    const mutations = [
      [UPSERT, { input: jinxiInput() }],
      ['mutation { deleteEntity(key: "town:jinxi") { change { seq } } }', {}],
      ['mutation { restoreEntity(key: "town:jinxi") { change { seq } } }', {}],
      [
        'mutation { removeRelationship(from: "org:citic-group", type: SUPPORTS, to: "district:qianjiang") { change { seq } } }',
        {},
      ],
      ['mutation { removeStatistic(key: "industry:sericulture|cocoon_output|2020") { change { seq } } }', {}],
    ] as const;
    for (const [mutation, variables] of mutations) {
      const result = await kg.graphql(mutation, variables, headers);
      expect(codeOf(result)).toBe(code);
    }
    expect(await kg.checksum()).toBe(before);
  });

  it('lets readers and anonymous users read while reads are public', async () => {
    const data = await kg.data<{ entity: { name: string } }>(
      '{ entity(key: "town:jinxi") { name } }',
      {},
      RITA,
    );
    expect(data.entity.name).toBe('金溪镇');
  });

  it('requires a token for reads when public reads are off', async () => {
    const closed = kg.serverWith({ auth: { ...AUTH, publicReads: false } });
    expect(codeOf(await graphql(closed, '{ entity(key: "town:jinxi") { name } }'))).toBe('UNAUTHENTICATED');
    const data = await graphqlData<{ entity: { name: string } }>(
      closed,
      '{ entity(key: "town:jinxi") { name } }',
      {},
      RITA,
    );
    expect(data.entity.name).toBe('金溪镇');
  });
});

describe('upsertEntity', () => {
  it('updates an entity, bumps its version, records before and after, and the next read sees it', async () => {
    expect(await versionOf('town:jinxi')).toBe(1);
    const seeded = await kg.data<{ entity: { version: number } }>(
      '{ entity(key: "town:jinxi") { version } }',
    );
    expect(seeded.entity.version).toBe(1);
    const data = await kg.data<{
      upsertEntity: {
        entity: { nameEn: string; district: { key: string }[] };
        change: {
          who: string;
          mutation: string;
          keys: string[];
          before: { nameEn: string };
          after: { nameEn: string };
        };
      };
    }>(UPSERT, { input: jinxiInput({ expectedVersion: 1 }) }, ALICE);
    expect(data.upsertEntity.entity).toEqual({
      key: 'town:jinxi',
      nameEn: 'Jinxi',
      district: [{ key: 'district:qianjiang' }],
    });
    expect(data.upsertEntity.change).toMatchObject({
      who: 'alice',
      mutation: 'upsertEntity',
      keys: ['town:jinxi'],
      before: { nameEn: 'Jinxi Town' },
      after: { nameEn: 'Jinxi' },
    });
    expect(await versionOf('town:jinxi')).toBe(2);
    const read = await kg.data<{ entity: { nameEn: string; version: number } }>(
      '{ entity(key: "town:jinxi") { nameEn version } }',
    );
    // Clients read the version to pass as expectedVersion on their next edit.
    expect(read.entity).toEqual({ nameEn: 'Jinxi', version: 2 });
  });

  it('creates a new entity that search then finds', async () => {
    const input = {
      key: 'place:lijiaxi-creek',
      type: 'PLACE',
      name: '李家溪',
      nameEn: 'Lijiaxi Creek',
      citations: [
        {
          source: SOURCE,
          quote: '黔江区金溪镇、李家溪易地扶贫安置点、重庆旅游职业学院被确定为全国脱贫攻坚考察点',
        },
      ],
    };
    await kg.data(UPSERT, { input }, BOB);
    expect(await versionOf('place:lijiaxi-creek')).toBe(1);
    const hits = await kg.data<{ search: { entity: { key: string } }[] }>(
      '{ search(query: "Lijiaxi Creek") { entity { key } } }',
    );
    expect(hits.search[0]?.entity.key).toBe('place:lijiaxi-creek');
  });

  it.each([
    [
      'a quote the source does not contain',
      { citations: [{ source: SOURCE, quote: '金溪镇是首都' }] },
      'citations.0.quote',
    ],
    ['an unknown source', { citations: [{ source: 'nowhere', quote: '金溪' }] }, 'citations.0.source'],
    ['an empty English name', { nameEn: '' }, 'nameEn'],
    ['a key that does not fit the type', { key: 'village:jinxi' }, 'key'],
    ['a malformed date', { type: 'EVENT', key: 'event:jinxi', date: '2021-13' }, 'date'],
    ['no citation', { citations: [] }, 'citations'],
    ['a 3000-character description', { description: '金'.repeat(3000) }, 'description'],
  ])(
    'rejects %s with BAD_USER_INPUT naming the field, and writes nothing',
    async (_label, overrides, field) => {
      const before = await kg.checksum();
      const result = await kg.graphql(UPSERT, { input: jinxiInput(overrides) }, ALICE);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain(`${field}:`);
      expect(await kg.checksum()).toBe(before);
    },
  );
});

describe('no lost updates', () => {
  it('lets exactly one of several concurrent editors win each round; the others get CONFLICT', async () => {
    const rounds = 5;
    const editorsPerRound = 6;
    let attempts = 0;
    let conflicts = 0;
    let wins = 0;
    for (let round = 0; round < rounds; round += 1) {
      const version = await versionOf('town:jinxi');
      const results = await Promise.all(
        Array.from({ length: editorsPerRound }, (_, editor) =>
          kg.graphql<{ upsertEntity: { entity: { nameEn: string } } }>(
            UPSERT,
            { input: jinxiInput({ nameEn: `Jinxi r${round} e${editor}`, expectedVersion: version }) },
            editor % 2 ? ALICE : BOB,
          ),
        ),
      );
      attempts += results.length;
      const winners = results.filter((result) => !result.errors);
      const losers = results.filter((result) => codeOf(result) === 'CONFLICT');
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(editorsPerRound - 1);
      wins += winners.length;
      conflicts += losers.length;
      expect(await versionOf('town:jinxi')).toBe(version + 1);
      const stored = await kg.data<{ entity: { nameEn: string } }>(
        '{ entity(key: "town:jinxi") { nameEn } }',
      );
      expect(stored.entity.nameEn).toBe(winners[0]?.data?.upsertEntity.entity.nameEn);
    }
    const history = await kg.data<{ entity: { history: { after: { nameEn: string } }[] } }>(
      '{ entity(key: "town:jinxi") { history { after } } }',
    );
    expect(history.entity.history).toHaveLength(wins);
    console.log(
      `[concurrency] ${attempts} attempts, ${wins} committed, ${conflicts} conflicts, 0 lost updates`,
    );
  });

  it('applies an edit once even when the driver retries its transaction', async () => {
    const repos = new Repositories(new Executor(kg.driver, kg.database));
    const edit = { changeId: randomUUID(), who: 'alice' };
    const entity = { ...jinxiInput(), citations: jinxiInput().citations, aliases: ['金溪'] } as never;
    const first = await repos.entities.upsert(entity, 1, edit);
    const retried = await repos.entities.upsert(entity, 1, edit);
    expect(retried.change).toEqual(first.change);
    expect(await versionOf('town:jinxi')).toBe(2);
  });
});

describe('deleteEntity and restoreEntity', () => {
  const NEIGHBOURHOOD = `{ entity(key: "town:jinxi") {
      relationships(first: 100) { edges { node { id type date citation { quote } } } }
      statistics { key: metric valueText }
      citations { quote }
    } }`;

  it('hides the entity from every read path, and restore gives back the identical neighbourhood', async () => {
    const before = await kg.data<{ entity: unknown }>(NEIGHBOURHOOD);
    const knowledge = () => kg.checksum({ ignoreProperties: ['version'], withHistory: false });
    const checksum = await knowledge();
    await kg.data(
      'mutation { deleteEntity(key: "town:jinxi", expectedVersion: 1) { entity { key } change { mutation } } }',
      {},
      ALICE,
    );

    const hidden = await kg.data<{
      entity: null;
      search: { entity: { key: string } }[];
      entities: { totalCount: number; edges: { node: { key: string } }[] };
      district: { towns: { key: string }[]; neighbors: { edges: { node: { key: string } }[] } };
      group: { supports: { to: { key: string } }[] };
    }>(`{ entity(key: "town:jinxi") { key }
         search(query: "金溪") { entity { key } }
         entities(type: TOWN) { totalCount edges { node { key } } }
         district: entity(key: "district:qianjiang") { ... on District { towns { key } } neighbors(first: 100) { edges { node { key } } } }
         group: entity(key: "org:chongqing-health-commission-assistance-group") { ... on Organization { supports { to { key } } } } }`);
    expect(hidden.entity).toBeNull();
    expect(hidden.search.map((hit) => hit.entity.key)).not.toContain('town:jinxi');
    expect(hidden.entities.totalCount).toBe(2);
    expect(hidden.district.towns.map((t) => t.key)).not.toContain('town:jinxi');
    expect(hidden.district.neighbors.edges.map((e) => e.node.key)).not.toContain('town:jinxi');
    expect(hidden.group.supports.map((s) => s.to.key)).not.toContain('town:jinxi');
    const path = await kg.graphql(
      '{ shortestPath(fromKey: "town:jinxi", toKey: "district:qianjiang") { length } }',
    );
    expect(codeOf(path)).toBe('BAD_USER_INPUT');

    await kg.data('mutation { restoreEntity(key: "town:jinxi") { entity { key } } }', {}, BOB);
    expect(await kg.data(NEIGHBOURHOOD)).toEqual(before);
    // Apart from the two history records and the version counter, the graph is exactly as it was.
    expect(await knowledge()).toBe(checksum);
    const changes = await kg.driver.executeQuery(
      'MATCH (c:Change) RETURN count(c) AS n',
      {},
      { database: kg.database },
    );
    expect(changes.records[0]?.get('n')).toBe(2);
  });

  it('refuses a stale version with CONFLICT and an unknown key with NOT_FOUND', async () => {
    const stale = await kg.graphql(
      'mutation { deleteEntity(key: "town:jinxi", expectedVersion: 7) { change { seq } } }',
      {},
      ALICE,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const unknown = await kg.graphql(
      'mutation { deleteEntity(key: "town:atlantis") { change { seq } } }',
      {},
      ALICE,
    );
    expect(codeOf(unknown)).toBe('NOT_FOUND');
  });
});

describe('relationships, statistics and sources', () => {
  it('adds and removes a cited relationship', async () => {
    const add = await kg.data<{
      addRelationship: {
        relationship: {
          type: string;
          from: { key: string };
          to: { key: string };
          citation: { quote: string };
        };
      };
    }>(
      `mutation { addRelationship(input: { from: "org:citic-group", type: SUPPORTS, to: "industry:sericulture",
          citation: { source: "${SOURCE}", quote: "凝聚中信集团、山东日照、重庆永川、市卫生健康委帮扶集团和区级部门、重点企事业单位的帮扶合力" } }) {
          relationship { type from { key } to { key } citation { quote } } } }`,
      {},
      ALICE,
    );
    expect(add.addRelationship.relationship).toMatchObject({
      type: 'SUPPORTS',
      from: { key: 'org:citic-group' },
      to: { key: 'industry:sericulture' },
    });
    const duplicate = await kg.graphql(
      `mutation { addRelationship(input: { from: "org:citic-group", type: SUPPORTS, to: "industry:sericulture",
          citation: { source: "${SOURCE}", quote: "凝聚中信集团" } }) { change { seq } } }`,
      {},
      ALICE,
    );
    expect(codeOf(duplicate)).toBe('CONFLICT');
    const dangling = await kg.graphql(
      `mutation { addRelationship(input: { from: "org:citic-group", type: SUPPORTS, to: "town:atlantis",
          citation: { source: "${SOURCE}", quote: "凝聚中信集团" } }) { change { seq } } }`,
      {},
      ALICE,
    );
    expect(codeOf(dangling)).toBe('BAD_USER_INPUT');
    expect(dangling.errors?.[0]?.message).toContain('to: no entity has the key "town:atlantis"');
    await kg.data(
      'mutation { removeRelationship(from: "org:citic-group", type: SUPPORTS, to: "industry:sericulture") { change { before } } }',
      {},
      ALICE,
    );
    const after = await kg.data<{ entity: { supports: unknown[] } }>(
      '{ entity(key: "org:citic-group") { ... on Organization { supports { to { key } } } } }',
    );
    expect(after.entity.supports).toEqual([{ to: { key: 'district:qianjiang' } }]);
  });

  it('upserts a statistic whose value must match its written form, and removes it', async () => {
    const input = {
      subject: 'town:jinxi',
      metric: 'poverty_alleviation_sites',
      label: '全国脱贫攻坚考察点',
      value: 3,
      unit: 'item',
      valueText: '3个',
      citation: { source: SOURCE, quote: '黔江区金溪镇' },
    };
    const bad = await kg.graphql(
      'mutation ($input: UpsertStatisticInput!) { upsertStatistic(input: $input) { change { seq } } }',
      { input },
      ALICE,
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('valueText: "3个" does not occur in its quote');
    const good = {
      ...input,
      metric: 'cocoon_output_share',
      label: '产茧',
      value: 70000,
      unit: 'dan',
      valueText: '7万担',
      year: 2020,
      scope: '全区',
      scopeEn: 'the whole district',
      citation: { source: SOURCE, quote: '2020年，全区实现产茧7万担' },
    };
    const mismatch = await kg.graphql(
      'mutation ($input: UpsertStatisticInput!) { upsertStatistic(input: $input) { change { seq } } }',
      { input: { ...good, value: 7 } },
      ALICE,
    );
    expect(mismatch.errors?.[0]?.message).toContain('value: 7 does not match valueText "7万担"');
    const { scopeEn: _, ...unexplained } = good;
    const noEnglish = await kg.graphql(
      'mutation ($input: UpsertStatisticInput!) { upsertStatistic(input: $input) { change { seq } } }',
      { input: unexplained },
      ALICE,
    );
    expect(noEnglish.errors?.[0]?.message).toContain('scopeEn: a scope needs its English');
    const saved = await kg.data<{
      upsertStatistic: {
        statistic: { value: number; scope: string; scopeEn: string; subject: { key: string } };
      };
    }>(
      'mutation ($input: UpsertStatisticInput!) { upsertStatistic(input: $input) { statistic { value scope scopeEn subject { key } } } }',
      { input: good },
      ALICE,
    );
    expect(saved.upsertStatistic.statistic).toEqual({
      value: 70000,
      scope: '全区',
      scopeEn: 'the whole district',
      subject: { key: 'town:jinxi' },
    });
    await kg.data(
      'mutation { removeStatistic(key: "town:jinxi|cocoon_output_share|2020") { change { mutation } } }',
      {},
      ALICE,
    );
    const left = await kg.data<{ statistics: { totalCount: number } }>(
      '{ statistics(subjectKey: "town:jinxi") { totalCount } }',
    );
    expect(left.statistics.totalCount).toBe(0);
  });

  it('adds a source that new facts can cite', async () => {
    const added = await kg.data<{ addSource: { source: { key: string; title: string } } }>(
      `mutation { addSource(input: { key: "test-note", title: "测试", publishedOn: "2021-04-16", text: "金溪镇有一个新的合作社。" }) {
          source { key title } } }`,
      {},
      ALICE,
    );
    expect(added.addSource.source).toEqual({ key: 'test-note', title: '测试' });
    await kg.data(
      UPSERT,
      { input: jinxiInput({ citations: [{ source: 'test-note', quote: '金溪镇有一个新的合作社' }] }) },
      ALICE,
    );
    const again = await kg.graphql(
      'mutation { addSource(input: { key: "test-note", title: "x", publishedOn: "2021", text: "x" }) { change { seq } } }',
      {},
      ALICE,
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });
});

describe('history', () => {
  it('lists every change in order, globally and per entity', async () => {
    await kg.data(UPSERT, { input: jinxiInput() }, ALICE);
    await kg.data('mutation { deleteEntity(key: "town:jinxi") { change { seq } } }', {}, BOB);
    await kg.data('mutation { restoreEntity(key: "town:jinxi") { change { seq } } }', {}, ALICE);
    await kg.data(
      'mutation { removeStatistic(key: "industry:sericulture|cocoon_output|2020") { change { seq } } }',
      {},
      BOB,
    );
    const all = await kg.data<{
      changes: { totalCount: number; edges: { node: { seq: number; who: string; mutation: string } }[] };
    }>('{ changes { totalCount edges { node { seq who mutation } } } }');
    expect(all.changes.edges.map((edge) => edge.node)).toEqual([
      { seq: 1, who: 'alice', mutation: 'upsertEntity' },
      { seq: 2, who: 'bob', mutation: 'deleteEntity' },
      { seq: 3, who: 'alice', mutation: 'restoreEntity' },
      { seq: 4, who: 'bob', mutation: 'removeStatistic' },
    ]);
    const page = await kg.data<{
      changes: { edges: { node: { seq: number } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>('{ changes(first: 3) { edges { node { seq } } pageInfo { hasNextPage endCursor } } }');
    expect(page.changes.pageInfo.hasNextPage).toBe(true);
    const rest = await kg.data<{ changes: { edges: { node: { seq: number } }[] } }>(
      `{ changes(first: 3, after: "${page.changes.pageInfo.endCursor}") { edges { node { seq } } } }`,
    );
    expect(rest.changes.edges.map((edge) => edge.node.seq)).toEqual([4]);
    const jinxiHistory = await kg.data<{ entity: { history: { mutation: string }[] } }>(
      '{ entity(key: "town:jinxi") { history { mutation } } }',
    );
    expect(jinxiHistory.entity.history.map((change) => change.mutation)).toEqual([
      'upsertEntity',
      'deleteEntity',
      'restoreEntity',
    ]);
    const none = await kg.data<{ changes: { totalCount: number } }>(
      '{ changes(since: "2999-01-01T00:00:00Z") { totalCount } }',
    );
    expect(none.changes.totalCount).toBe(0);
  });
});
