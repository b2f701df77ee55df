import type { z } from 'zod';
import {
  type Entity,
  entitySchema,
  parseShape,
  type Relationship,
  relationshipSchema,
  type Statistic,
  statisticKey,
  statisticSchema,
} from '../src/domain/shapes.ts';
import { ENTITY_TYPES, type EntityType, type RelationshipType } from '../src/domain/vocabulary.ts';
import {
  entityProperties,
  relationshipProperties,
  sourceProperties,
  statisticProperties,
} from '../src/graph/storage.ts';
import type { Executor } from '../src/neo4j/executor.ts';

/**
 * A synthetic region graph in the real model, for benchmarks at scale: districts, towns, villages,
 * organisations, industries, products, brands, initiatives, events and concepts with their
 * knowledge relationships, citations and statistics. Every fact is a domain object checked by the
 * domain's shapes and stored through the domain's mapping (src/graph/storage.ts), exactly as the
 * seed loader stores the real seed. The quotes are made up, so the rules that look quotes up in a
 * source text are not applied. Deterministic: the same N gives the same graph. Degrees follow a
 * power law: a few industries, organisations and brands are hubs. The last concepts form small
 * islands, unreachable from everything else.
 */

export const SYNTHETIC_SOURCE = 'synthetic';
export const BATCH_ROWS = 10_000;
export const ISLAND_PAIRS = 10;

const SHARES: [EntityType, number][] = [
  ['DISTRICT', 0.001],
  ['TOWN', 0.02],
  ['VILLAGE', 0.55],
  ['ORGANIZATION', 0.25],
  ['INDUSTRY', 0.01],
  ['PRODUCT', 0.05],
  ['BRAND', 0.02],
  ['INITIATIVE', 0.03],
  ['EVENT', 0.02],
  ['CONCEPT', 0.049],
];

export type Counts = Record<(typeof SHARES)[number][0], number>;

export function countsFor(entities: number): Counts {
  const counts = Object.fromEntries(
    SHARES.map(([type, share]) => [
      type,
      Math.max(type === 'CONCEPT' ? 2 * ISLAND_PAIRS + 10 : 3, Math.round(entities * share)),
    ]),
  ) as Counts;
  return counts;
}

/** `village:s0000042`: keys sort in index order. */
export const syntheticKey = (type: EntityType, index: number): string =>
  `${ENTITY_TYPES[type].prefix}:s${String(index).padStart(7, '0')}`;

/** mulberry32: a small, fast, seeded PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHARS =
  '青山河水石林云溪花龙凤金银桃李竹松梅兰泉湖江岭坪坝沟塘湾寨坡岩田家庄堡口桥关门台阳明新安平和兴福寿康宁乐德仁义礼智信春夏秋冬东南西北中上下大小长高红黄白绿黑清光华美丽星月天地人文武';
const SYLLABLES = [
  'qing',
  'shan',
  'he',
  'shui',
  'shi',
  'lin',
  'yun',
  'xi',
  'hua',
  'long',
  'feng',
  'jin',
  'yin',
  'tao',
  'li',
  'zhu',
  'song',
  'mei',
  'lan',
  'quan',
  'hu',
  'jiang',
  'ling',
  'ping',
  'ba',
  'gou',
  'tang',
  'wan',
  'zhai',
  'po',
];
const SUFFIX: Record<string, [string, string]> = {
  DISTRICT: ['区', 'District'],
  TOWN: ['镇', 'Town'],
  VILLAGE: ['村', 'Village'],
  ORGANIZATION: ['公司', 'Company'],
  INDUSTRY: ['产业', 'Industry'],
  PRODUCT: ['特产', 'Produce'],
  BRAND: ['品牌', 'Brand'],
  INITIATIVE: ['行动', 'Initiative'],
  EVENT: ['大会', 'Conference'],
  CONCEPT: ['理念', 'Principle'],
};

/** Names unique by construction (the index is spelled in characters), so each can be searched for. */
function names(type: EntityType, index: number) {
  const zh: string[] = [];
  const en: string[] = [];
  let rest = index;
  do {
    zh.push(CHARS[rest % CHARS.length] as string);
    en.push(SYLLABLES[rest % SYLLABLES.length] as string);
    rest = Math.floor(rest / CHARS.length);
  } while (rest > 0);
  zh.push(CHARS[(index * 7 + 3) % CHARS.length] as string);
  const [zhSuffix, enSuffix] = SUFFIX[type] as [string, string];
  const pinyin = `${en.join('')}${index}`;
  return {
    name: `${zh.join('')}${zhSuffix}`,
    nameEn: `${pinyin[0]?.toUpperCase()}${pinyin.slice(1)} ${enSuffix}`,
    alias: pinyin,
  };
}

function entity(type: EntityType, index: number): Entity {
  const { name, nameEn, alias } = names(type, index);
  const year = 2015 + (index % 7);
  const [kindZh, kindEn] = SUFFIX[type] as [string, string];
  return checked(entitySchema, {
    key: syntheticKey(type, index),
    type,
    name,
    nameEn,
    aliases: [alias],
    description: `${name}是合成数据中的${kindZh}。`,
    descriptionEn: `${nameEn}, a synthetic ${kindEn.toLowerCase()}.`,
    ...(type === 'EVENT' ? { date: `${year}-${String((index % 12) + 1).padStart(2, '0')}` } : {}),
    citations: [{ source: SYNTHETIC_SOURCE, quote: `${name}（${nameEn}）。` }],
  });
}

/** A generated fact through the domain's shape, so the generator cannot drift from the model. */
function checked<S extends z.ZodType>(schema: S, fact: unknown): z.infer<S> {
  const parsed = parseShape(schema, fact);
  if (parsed.problems) throw new Error(`synthetic fact breaks the model: ${parsed.problems.join('; ')}`);
  return parsed.fact;
}

/** Every relationship of the graph, type by type, in a deterministic order. */
export function* relationships(counts: Counts): Generator<Relationship> {
  const rnd = random(42);
  /** Power law over 0..n-1: index 0 is the biggest hub. */
  const hub = (n: number, skew = 2.5) => Math.min(n - 1, Math.floor(n * rnd() ** skew));
  const uniform = (n: number) => Math.floor(n * rnd());
  const edge = (
    type: RelationshipType,
    a: EntityType,
    i: number,
    b: EntityType,
    j: number,
    date?: string,
  ): Relationship => {
    const from = syntheticKey(a, i);
    const to = syntheticKey(b, j);
    return checked(relationshipSchema, {
      from,
      type,
      to,
      ...(date ? { date } : {}),
      citation: { source: SYNTHETIC_SOURCE, quote: `${from} ${type} ${to}。` },
    });
  };
  const c = counts;
  for (let i = 0; i < c.TOWN; i++) yield edge('LOCATED_IN', 'TOWN', i, 'DISTRICT', i % c.DISTRICT);
  for (let i = 0; i < c.VILLAGE; i++) {
    yield edge('LOCATED_IN', 'VILLAGE', i, 'TOWN', hub(c.TOWN, 1.3));
    if (rnd() < 0.8) yield edge('HAS_INDUSTRY', 'VILLAGE', i, 'INDUSTRY', hub(c.INDUSTRY));
    if (rnd() < 0.1) yield edge('DESIGNATED_AS', 'VILLAGE', i, 'BRAND', hub(c.BRAND));
  }
  for (let i = 0; i < c.DISTRICT; i++)
    for (let k = 0; k < 3; k++)
      yield edge('HAS_INDUSTRY', 'DISTRICT', i, 'INDUSTRY', (i * 3 + k) % c.INDUSTRY);
  for (let i = 0; i < c.ORGANIZATION; i++) {
    yield edge('LOCATED_IN', 'ORGANIZATION', i, 'TOWN', uniform(c.TOWN));
    const supported = new Set<number>();
    for (let k = 1 + uniform(3); k > 0; k--) supported.add(uniform(c.VILLAGE));
    for (const v of supported) yield edge('SUPPORTS', 'ORGANIZATION', i, 'VILLAGE', v, `${2015 + (v % 6)}`);
    if (i > 0 && rnd() < 0.3)
      yield edge('PART_OF', 'ORGANIZATION', i, 'ORGANIZATION', hub(Math.min(i, c.ORGANIZATION), 3));
  }
  for (let i = 0; i < c.PRODUCT; i++) {
    yield edge('PRODUCES', 'INDUSTRY', hub(c.INDUSTRY), 'PRODUCT', i);
    if (rnd() < 0.5) yield edge('DESIGNATED_AS', 'PRODUCT', i, 'BRAND', hub(c.BRAND));
  }
  for (let i = 0; i < c.INITIATIVE; i++) {
    yield edge('CREATED', 'ORGANIZATION', hub(c.ORGANIZATION, 3), 'INITIATIVE', i);
    const implementers = new Set<number>();
    for (let k = 1 + uniform(4); k > 0; k--) implementers.add(uniform(c.ORGANIZATION));
    for (const o of implementers) yield edge('IMPLEMENTS', 'ORGANIZATION', o, 'INITIATIVE', i);
  }
  for (let i = 0; i < c.EVENT; i++) {
    yield edge('HELD_IN', 'EVENT', i, 'TOWN', uniform(c.TOWN));
    yield edge('CONCERNS', 'EVENT', i, 'INDUSTRY', hub(c.INDUSTRY));
    const participants = new Set<number>();
    for (let k = 1 + uniform(3); k > 0; k--) participants.add(uniform(c.ORGANIZATION));
    for (const o of participants) yield edge('PARTICIPATED_IN', 'ORGANIZATION', o, 'EVENT', i);
  }
  const connected = c.CONCEPT - 2 * ISLAND_PAIRS;
  for (let i = 0; i < connected; i++)
    yield edge('UPHOLDS', 'ORGANIZATION', hub(c.ORGANIZATION, 2), 'CONCEPT', i);
  // Islands: pairs of concepts linked to each other only.
  for (let i = connected; i < c.CONCEPT; i += 2) yield edge('PART_OF', 'CONCEPT', i, 'CONCEPT', i + 1);
}

/** Statistics: three per district, town and industry (two years), one per other village. */
export function* statistics(counts: Counts): Generator<Statistic> {
  const stat = (type: EntityType, i: number, metric: string, label: string, unit: string, year: number) => {
    const subject = syntheticKey(type, i);
    const value = ((i * 7919 + year * 31) % 100_000) + 100;
    const valueText = `${value}${unit === 'CNY' ? '元' : unit === 'person' ? '人' : '公斤'}`;
    return checked(statisticSchema, {
      subject,
      metric,
      label,
      value,
      unit,
      valueText,
      year,
      citation: { source: SYNTHETIC_SOURCE, quote: `${subject} ${label} ${valueText}。` },
    });
  };
  for (const type of ['DISTRICT', 'TOWN', 'INDUSTRY'] as const)
    for (let i = 0; i < counts[type]; i++) {
      yield stat(type, i, 'population', '人口', 'person', 2020);
      yield stat(type, i, 'output_value', '产值', 'CNY', 2019);
      yield stat(type, i, 'output_value', '产值', 'CNY', 2020);
    }
  for (let i = 0; i < counts.VILLAGE; i += 2) yield stat('VILLAGE', i, 'income', '人均收入', 'CNY', 2020);
}

async function write(executor: Executor, cypher: string, rows: unknown[]): Promise<void> {
  await executor.writeTransaction((tx) => tx.update(cypher, { rows, source: SYNTHETIC_SOURCE }));
}

/** Collects rows and writes them BATCH_ROWS at a time, one transaction per batch. */
class Batcher<T> {
  private rows: T[] = [];
  written = 0;
  constructor(
    private readonly flushRows: (rows: T[]) => Promise<void>,
    private readonly onProgress: () => void,
  ) {}
  async add(row: T) {
    this.rows.push(row);
    if (this.rows.length >= BATCH_ROWS) await this.flush();
  }
  async flush() {
    if (!this.rows.length) return;
    const rows = this.rows;
    this.rows = [];
    await this.flushRows(rows);
    this.written += rows.length;
    this.onProgress();
  }
}

export interface SyntheticReport {
  entities: number;
  relationships: number;
  statistics: number;
  seconds: number;
}

/**
 * Writes the synthetic graph into an empty database (CREATE, not MERGE: it is for fresh benchmark
 * databases), with batched UNWIND statements of BATCH_ROWS rows, each in its own transaction.
 */
export async function loadSynthetic(
  executor: Executor,
  entities: number,
  log: (message: string) => void = () => {},
): Promise<SyntheticReport> {
  const started = Date.now();
  const counts = countsFor(entities);
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
  const source = sourceProperties({
    key: SYNTHETIC_SOURCE,
    title: '合成区域数据',
    titleEn: 'Synthetic region data',
    publishedOn: '2021-04-15',
    editors: [],
    designers: [],
    text: '',
  });
  await executor.writeTransaction((tx) =>
    tx.update('CREATE (s:Source {key: $key}) SET s += $props', { key: SYNTHETIC_SOURCE, props: source }),
  );
  let entitiesWritten = 0;
  for (const [type, count] of Object.entries(counts) as [EntityType, number][]) {
    // The label comes from the closed list of entity types.
    const label = ENTITY_TYPES[type].label;
    const batcher = new Batcher<Entity>(
      (batch) =>
        write(
          executor,
          `MATCH (src:Source {key: $source})
           UNWIND $rows AS row
           CREATE (e:Entity:${label} {key: row.key})
           SET e += row.props, e.version = 1
           CREATE (e)-[:CITED_IN {quote: row.quote, ordinal: 0}]->(src)`,
          batch.map((e) => ({ key: e.key, quote: e.citations[0]?.quote, props: entityProperties(e) })),
        ),
      () => log(`entities ${entitiesWritten + batcher.written}/${total} (${elapsed()})`),
    );
    for (let i = 0; i < count; i++) await batcher.add(entity(type, i));
    await batcher.flush();
    entitiesWritten += count;
  }
  const byType = new Map<RelationshipType, Batcher<Relationship>>();
  let relationshipsWritten = 0;
  const progress = () =>
    log(`relationships ${[...byType.values()].reduce((a, b) => a + b.written, 0)} written (${elapsed()})`);
  for (const relationship of relationships(counts)) {
    const { type } = relationship;
    let batcher = byType.get(type);
    if (!batcher) {
      batcher = new Batcher<Relationship>(
        (batch) =>
          write(
            executor,
            // The type comes from the closed relationship vocabulary.
            `UNWIND $rows AS row
             MATCH (a:Entity {key: row.from})
             MATCH (b:Entity {key: row.to})
             CREATE (a)-[r:${type}]->(b)
             SET r = row.props`,
            batch.map((r) => ({ from: r.from, to: r.to, props: relationshipProperties(r, undefined) })),
          ),
        progress,
      );
      byType.set(type, batcher);
    }
    await batcher.add(relationship);
  }
  for (const batcher of byType.values()) {
    await batcher.flush();
    relationshipsWritten += batcher.written;
  }
  const stats = new Batcher<Statistic>(
    (batch) =>
      write(
        executor,
        `MATCH (src:Source {key: $source})
         UNWIND $rows AS row
         MATCH (subject:Entity {key: row.subject})
         CREATE (subject)-[:HAS_STATISTIC]->(s:Statistic)-[:CITED_IN {quote: row.quote}]->(src)
         SET s += row.props`,
        batch.map((statistic) => ({
          subject: statistic.subject,
          quote: statistic.citation.quote,
          props: statisticProperties({ ...statistic, key: statisticKey(statistic) }),
        })),
      ),
    () => log(`statistics ${stats.written} (${elapsed()})`),
  );
  for (const statistic of statistics(counts)) await stats.add(statistic);
  await stats.flush();
  return {
    entities: entitiesWritten,
    relationships: relationshipsWritten,
    statistics: stats.written,
    seconds: (Date.now() - started) / 1000,
  };
}
