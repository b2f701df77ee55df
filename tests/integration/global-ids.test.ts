/**
 * Global IDs from clients: every type name the schema has, forged; malformed strings; IDs of deleted
 * entities and their figures; and the bound on `nodes`. A well-formed ID that names nothing is null,
 * a malformed one BAD_USER_INPUT naming the argument, and no answer carries an error without a code.
 */
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';
import { useSeededServer } from '../support/fixture.ts';
import { bearer, editorAuth, type GraphQLResponse } from '../support/server.ts';

const EDITOR = bearer('global-ids-editor-token-01');
const kg = useSeededServer({
  seed: true,
  auth: editorAuth({ name: 'editor', token: 'global-ids-editor-token-01' }),
});

const globalId = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const NODE_QUERY = 'query ($id: ID!) { node(id: $id) { __typename id } }';
const NODES_QUERY = 'query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }';

/** Every error must carry a code: an uncoded one is an internal message reaching the client. */
function expectCoded(result: GraphQLResponse<unknown>) {
  for (const error of result.errors ?? []) expect(error.extensions?.code, error.message).toBeTypeOf('string');
}

const typeNames = Object.keys(schema.getTypeMap()).filter((name) => !name.startsWith('__'));
const NODE_TYPES = new Set(['Relationship', 'Statistic', 'Source']);

describe('forged IDs of every type in the schema', () => {
  it('the schema has the types the test expects to forge', () => {
    // Objects, interfaces, enums, inputs, scalars and connections all appear below.
    expect(typeNames).toEqual(
      expect.arrayContaining(['Town', 'Entity', 'Node', 'Change', 'Query', 'Mutation', 'PageInfo']),
    );
    expect(typeNames).toEqual(expect.arrayContaining(['EntityConnection', 'Direction', 'String', 'JSON']));
    expect(typeNames.length).toBeGreaterThan(40);
  });

  it('node(id:) is null, with no error, for a real key under any type name but its own', async () => {
    for (const typename of typeNames) {
      for (const key of ['town:jinxi', 'qianjiang-2021-04-15', '1', 'x']) {
        const result = await kg.graphql<{ node: { __typename: string } | null }>(NODE_QUERY, {
          id: globalId(`${typename}:${key}`),
        });
        expectCoded(result);
        expect(result.errors, `${typename}:${key}`).toBeUndefined();
        const own =
          (typename === 'Town' && key === 'town:jinxi') ||
          (typename === 'Source' && key === 'qianjiang-2021-04-15');
        expect(result.data?.node?.__typename ?? null, `${typename}:${key}`).toBe(own ? typename : null);
      }
    }
  });

  it('nodes(ids:) answers each ID on its own: nulls for the forged ones, the real ones resolved', async () => {
    const forged = typeNames
      .filter((name) => name !== 'Town' && !NODE_TYPES.has(name))
      .map((name) => globalId(`${name}:town:jinxi`));
    const real = globalId('Town:town:jinxi');
    // At most 100 per call: the forged ones in slices, each with the real ID in the middle.
    for (let start = 0; start < forged.length; start += 50) {
      const slice = forged.slice(start, start + 50);
      const ids = [...slice.slice(0, 25), real, ...slice.slice(25)];
      const result = await kg.graphql<{ nodes: ({ __typename: string } | null)[] }>(NODES_QUERY, {
        ids,
      });
      expectCoded(result);
      expect(result.errors).toBeUndefined();
      expect(result.data?.nodes).toHaveLength(ids.length);
      expect(result.data?.nodes.map((node) => node?.__typename ?? null)).toEqual(
        ids.map((id) => (id === real ? 'Town' : null)),
      );
    }
  });

  it('Entity and Node, the interfaces, and Change, a type with ids of its own, are null too', async () => {
    const change = await kg.data<{ upsertEntity: { change: { id: string } } }>(
      `mutation { upsertEntity(input: { key: "town:jinxi", type: TOWN, name: "金溪镇", nameEn: "Jinxi Town",
          aliases: ["金溪"], citations: [{ source: "qianjiang-2021-04-15",
          quote: "黔江区金溪镇、李家溪易地扶贫安置点、重庆旅游职业学院被确定为全国脱贫攻坚考察点" }] }) { change { id } } }`,
      {},
      EDITOR,
    );
    const ids = [
      'Entity:town:jinxi',
      'Node:town:jinxi',
      `Change:${change.upsertEntity.change.id}`,
      'Query:x',
    ];
    const result = await kg.graphql<{ nodes: unknown[] }>(NODES_QUERY, { ids: ids.map(globalId) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.nodes).toEqual([null, null, null, null]);
  });
});

describe('malformed IDs', () => {
  const garbage = [
    '',
    'not-an-id!',
    '%%%not base64%%%',
    '你好',
    globalId('no separator'),
    globalId(':town:jinxi'),
    globalId('Town:'),
    globalId('town:town:jinxi'),
    globalId('Town Hall:town:jinxi'),
    globalId(`Town:${'x'.repeat(600)}`),
  ];

  it.each(garbage.map((id) => [id.slice(0, 24), id]))(
    'node(id: "%s") is BAD_USER_INPUT naming `id`',
    async (_, id) => {
      const result = await kg.graphql(NODE_QUERY, { id });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'id' });
      expect(result.errors?.[0]?.message).toContain('is not a valid ID');
    },
  );

  it('one malformed ID among good ones makes nodes(ids:) BAD_USER_INPUT naming `ids`', async () => {
    const result = await kg.graphql(NODES_QUERY, { ids: [globalId('Town:town:jinxi'), 'not-an-id!'] });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'ids' });
    expect(result.errors?.[0]?.message).toBe(
      '`ids`: "not-an-id!" is not a valid ID; use one read from an `id` field.',
    );
  });
});

describe('the bound on nodes(ids:)', () => {
  it('takes 100 IDs and resolves them in order', async () => {
    const ids = Array.from({ length: 100 }, (_, i) =>
      globalId(i % 2 ? 'Town:town:jinxi' : 'Town:town:atlantis'),
    );
    const data = await kg.data<{ nodes: ({ __typename: string } | null)[] }>(NODES_QUERY, {
      ids,
    });
    expect(data.nodes).toHaveLength(100);
    expect(data.nodes.filter((node) => node?.__typename === 'Town')).toHaveLength(50);
  });

  it.each([101, 1_000])('refuses %i IDs with BAD_USER_INPUT naming `ids`', async (count) => {
    const ids = Array(count).fill(globalId('Town:town:jinxi'));
    const result = await kg.graphql(NODES_QUERY, { ids });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'ids' });
    expect(result.errors?.[0]?.message).toBe(`\`ids\` takes at most 100 IDs; got ${count}.`);
  });
});

describe('IDs of deleted entities', () => {
  it('are null once deleted, with the figures of the entity, and resolve again once restored', async () => {
    const before = await kg.data<{
      entity: { id: string; statistics: { id: string; metric: string }[] };
    }>('{ entity(key: "industry:sericulture") { id statistics { id metric } } }');
    const ids = [before.entity.id, ...before.entity.statistics.map((statistic) => statistic.id)];
    expect(before.entity.statistics.map((statistic) => statistic.metric)).toContain('cocoon_output');
    const resolved = await kg.data<{ nodes: ({ __typename: string } | null)[] }>(NODES_QUERY, {
      ids,
    });
    expect(resolved.nodes.map((node) => node?.__typename)).toEqual([
      'Industry',
      ...before.entity.statistics.map(() => 'Statistic'),
    ]);

    await kg.data('mutation { deleteEntity(key: "industry:sericulture") { change { seq } } }', {}, EDITOR);
    const deleted = await kg.graphql<{ nodes: unknown[] }>(NODES_QUERY, { ids });
    expectCoded(deleted);
    expect(deleted.data?.nodes).toEqual(ids.map(() => null));
    const one = await kg.graphql<{ node: unknown }>(NODE_QUERY, { id: before.entity.id });
    expect(one).toEqual({ data: { node: null } });

    await kg.data('mutation { restoreEntity(key: "industry:sericulture") { change { seq } } }', {}, EDITOR);
    const restored = await kg.data<{ nodes: ({ __typename: string } | null)[] }>(NODES_QUERY, {
      ids,
    });
    expect(restored.nodes.map((node) => node?.__typename)).toEqual(
      resolved.nodes.map((node) => node?.__typename),
    );
  });
});
