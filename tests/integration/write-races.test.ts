/**
 * Colliding writes, sent at once against the real database: the same new source, entity, figure and
 * relationship from eight requests. Each request gets a clean answer (success or CONFLICT naming
 * the key, never INTERNAL_SERVER_ERROR), the graph holds each thing once, and the history tells
 * the writes in the order they committed, each one's `before` the previous one's `after`.
 */
import { describe, expect, it } from 'vitest';
import { SOURCE } from '../support/data.ts';
import { useSeededServer } from '../support/fixture.ts';
import { bearer, editorAuth, type GraphQLResponse } from '../support/server.ts';

const WRITERS = 8;
const EDITOR = bearer('races-editor-token-00001');
const kg = useSeededServer({
  seed: 'each',
  auth: editorAuth({ name: 'racer', token: 'races-editor-token-00001' }),
});

/** The same mutation from WRITERS requests at once, each with its own variables. */
function race(mutation: string, variables: (writer: number) => Record<string, unknown>) {
  return Promise.all(
    Array.from({ length: WRITERS }, (_, writer) => kg.graphql(mutation, variables(writer), EDITOR)),
  );
}

function outcomes(results: GraphQLResponse<unknown>[]) {
  const codes = results.map((result) => String(result.errors?.[0]?.extensions?.code ?? 'ok'));
  return { ok: codes.filter((code) => code === 'ok').length, codes: [...new Set(codes)].sort() };
}

async function count(cypher: string, parameters: Record<string, unknown>): Promise<number> {
  const { records } = await kg.driver.executeQuery(cypher, parameters, { database: kg.database });
  return Number(records[0]?.get(0));
}

interface Change {
  seq: number;
  mutation: string;
  before: string | null;
  after: string | null;
}

async function changes(mutation: string): Promise<Change[]> {
  const { records } = await kg.driver.executeQuery(
    'MATCH (c:Change {mutation: $mutation}) RETURN c { .seq, .mutation, .before, .after } AS change ORDER BY c.seq',
    { mutation },
    { database: kg.database },
  );
  return records.map((record) => record.get('change') as Change);
}

/** Every change's `before` is the `after` of the change before it: no write acted on a stale read. */
function expectChained(history: Change[]) {
  expect(history[0]?.before).toBeNull();
  for (let i = 1; i < history.length; i += 1) {
    expect(history[i]?.before, `change ${i + 1} of ${history.length}`).toBe(history[i - 1]?.after);
  }
}

describe('eight writers at once', () => {
  it('addSource with one new key: one wins, seven get CONFLICT naming the key', async () => {
    const results = await race(
      'mutation ($title: String!) { addSource(input: { key: "race-note", title: $title, publishedOn: "2021-04-16", text: "金溪镇有一个新的合作社。" }) { source { key } } }',
      (writer) => ({ title: `测试 ${writer}` }),
    );
    expect(outcomes(results)).toEqual({ ok: 1, codes: ['CONFLICT', 'ok'] });
    for (const result of results.filter((r) => r.errors)) {
      expect(result.errors?.[0]?.message).toMatch(/source.*"race-note".*(exists|already)/i);
      expect(result.errors?.[0]?.message).not.toMatch(/Node\(|Neo4j|constraint/);
    }
    expect(await count('MATCH (s:Source {key: "race-note"}) RETURN count(s)', {})).toBe(1);
    expect(await changes('addSource')).toHaveLength(1);
  });

  it('upsertEntity with one new key: all eight land, in turn, versions 1 to 8, nothing lost', async () => {
    const results = await race(
      `mutation ($nameEn: String!) { upsertEntity(input: { key: "initiative:race-test", type: INITIATIVE, name: "三联三促",
          nameEn: $nameEn, aliases: [], citations: [{ source: "${SOURCE}", quote: "创新“三联三促”为驻村帮扶赋能提效" }] }) { entity { key version } } }`,
      (writer) => ({ nameEn: `Racer ${writer}` }),
    );
    expect(outcomes(results)).toEqual({ ok: WRITERS, codes: ['ok'] });
    const versions = results.map(
      (result) =>
        (result.data as { upsertEntity: { entity: { version: number } } }).upsertEntity.entity.version,
    );
    expect(versions.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await count('MATCH (e:Entity {key: "initiative:race-test"}) RETURN count(e)', {})).toBe(1);
    expect(
      await count(
        'MATCH (e:Entity {key: "initiative:race-test"}) WHERE e._reserved IS NOT NULL RETURN count(e)',
        {},
      ),
    ).toBe(0);
    const history = await changes('upsertEntity');
    expect(history).toHaveLength(WRITERS);
    expectChained(history);
  });

  it('upsertStatistic with one new key: all eight land, one figure, each change saw the one before', async () => {
    const results = await race(
      `mutation ($value: Float!) { upsertStatistic(input: { subject: "town:jinxi", metric: "race_probe", label: "产茧",
          value: $value, unit: "dan", valueText: "7万担", year: 2020,
          citation: { source: "${SOURCE}", quote: "2020年，全区实现产茧7万担" } }) { statistic { metric } } }`,
      () => ({ value: 70000 }),
    );
    expect(outcomes(results)).toEqual({ ok: WRITERS, codes: ['ok'] });
    expect(await count('MATCH (s:Statistic {metric: "race_probe"}) RETURN count(s)', {})).toBe(1);
    expect(
      await count(
        'MATCH (:Entity {key: "town:jinxi"})-[r:HAS_STATISTIC]->(:Statistic {metric: "race_probe"}) RETURN count(r)',
        {},
      ),
    ).toBe(1);
    expect(
      await count('MATCH (:Statistic {metric: "race_probe"})-[c:CITED_IN]->() RETURN count(c)', {}),
    ).toBe(1);
    const history = await changes('upsertStatistic');
    expect(history).toHaveLength(WRITERS);
    expectChained(history);
  });

  it('addRelationship of one new relationship: one wins, seven get CONFLICT, it is stored once', async () => {
    const results = await race(
      `mutation { addRelationship(input: { from: "org:citic-group", type: SUPPORTS, to: "town:jinxi",
          citation: { source: "${SOURCE}", quote: "凝聚中信集团" } }) { relationship { type } } }`,
      () => ({}),
    );
    expect(outcomes(results)).toEqual({ ok: 1, codes: ['CONFLICT', 'ok'] });
    expect(
      await count(
        'MATCH (:Entity {key: "org:citic-group"})-[r:SUPPORTS]->(:Entity {key: "town:jinxi"}) RETURN count(r)',
        {},
      ),
    ).toBe(1);
    expect(await changes('addRelationship')).toHaveLength(1);
  });
});
