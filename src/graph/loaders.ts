import DataLoader from 'dataloader';
import { SourceText } from '../domain/source-text.ts';
import {
  type Answer,
  type Ask,
  type Asked,
  askId,
  emptyAnswer,
  merged,
  type PageAnswer,
  type PageAsk,
  type StatisticsAsk,
} from './asks.ts';
import type { Answered } from './entities.ts';
import type { Repositories } from './repositories.ts';
import { type EntityRow, isWhole, type ProjectedEntityRow, type StatisticRow } from './storage.ts';

/**
 * Per-request batching: every lookup a resolver makes for one item is collected and sent as one
 * query, so a page of 50 entities costs the same few round trips as one. What is asked of entities
 * (relationship pages, statistics) shares one loader whatever the field or options, so a whole level
 * of a selection is one statement.
 */
export class Loaders {
  readonly entity: DataLoader<string, Awaited<ReturnType<Repositories['entities']['byKeys']>>[number]>;
  readonly relationship: DataLoader<
    string,
    Awaited<ReturnType<Repositories['relationships']['byKeys']>>[number]
  >;
  readonly statistic: DataLoader<string, Awaited<ReturnType<Repositories['statistics']['byKeys']>>[number]>;
  readonly source: DataLoader<string, Awaited<ReturnType<Repositories['sources']['byKeys']>>[number]>;
  private readonly asks: DataLoader<{ key: string; ask: Ask }, Answer, string>;

  constructor(private readonly repos: Repositories) {
    this.entity = new DataLoader((keys) => repos.entities.byKeys(keys));
    this.relationship = new DataLoader((keys) => repos.relationships.byKeys(keys));
    this.statistic = new DataLoader((keys) => repos.statistics.byKeys(keys));
    this.source = new DataLoader((keys) => repos.sources.byKeys(keys));
    this.asks = new DataLoader((wanted) => this.answerAll(wanted), {
      cacheKeyFn: ({ key, ask }) => `${askId(ask)}\n${key}`,
    });
  }

  /**
   * A part of an entity: from its row, at once (no promise: most rows are whole), or from the whole
   * row (one batch for the level) when a list or graph query read the row without it (storage.ts's
   * ProjectedEntityRow). Undefined only for an entity deleted since.
   */
  part<Part extends keyof EntityRow>(
    row: ProjectedEntityRow,
    part: Part,
  ): EntityRow[Part] | Promise<EntityRow[Part] | undefined> {
    const value = row[part];
    if (value !== undefined) return value as EntityRow[Part];
    return this.entity.load(row.key).then((whole) => whole?.[part]);
  }

  /** A page of what surrounds the entity with this key. */
  async page(key: string, ask: PageAsk): Promise<PageAnswer> {
    const answer = await this.asks.load({ key, ask });
    if (answer.kind !== 'page') throw mismatched(ask, answer);
    return answer;
  }

  /** The statistics of the entity with this key, in key order. */
  async statistics(key: string, ask: StatisticsAsk): Promise<StatisticRow[]> {
    const answer = await this.asks.load({ key, ask });
    if (answer.kind !== 'statistics') throw mismatched(ask, answer);
    return answer.statistics;
  }

  /** A source's stored text, ready to place spans and find sentences in (built once per text). */
  readonly sourceText = new DataLoader(async (keys: readonly string[]) =>
    (await this.repos.evidence.texts(keys)).map((text) =>
      text === undefined ? undefined : SourceText.of(text),
    ),
  );

  /** Every placed citation of a source, in text order (coverage and sentence support read them). */
  readonly placed = new DataLoader((keys: readonly string[]) =>
    Promise.all(keys.map((key) => this.repos.evidence.placed(key))),
  );

  readonly history = new DataLoader((keys: readonly string[]) => this.repos.changeLog.forKeys(keys));

  /**
   * Keeps what a resolver fetched ahead (a root field looking at its selection) where the child
   * fields' loads will find it: the entity when it was read whole, and each answer about it.
   */
  prime({ entity, answers }: Answered, asked: readonly Asked[]) {
    if (isWhole(entity)) this.entity.prime(entity.key, entity);
    asked.forEach(({ ask, types }, i) => {
      const answer = answers[i];
      // An ask for other types was not answered for this entity (its answer is empty).
      if (answer && (!types || types.includes(entity.type))) this.primeAnswer(entity.key, ask, answer);
    });
  }

  private primeAnswer(key: string, ask: Ask, answer: Answer) {
    this.asks.prime({ key, ask }, answer);
    this.primePageEntities(answer);
  }

  /**
   * The entities of a page read whole (a page of relationships, whose `from` or `to` then needs no
   * lookup) are kept; those read in part (a page of neighbours selecting little) are not.
   */
  private primePageEntities(answer: Answer) {
    if (answer.kind === 'page')
      for (const { entity } of answer.items) if (isWhole(entity)) this.entity.prime(entity.key, entity);
  }

  /** One statement for every ask of the batch, each for the keys that asked it. */
  private async answerAll(wanted: readonly { key: string; ask: Ask }[]): Promise<Answer[]> {
    const byAsk = new Map<string, { ask: Ask; keys: Set<string> }>();
    for (const { key, ask } of wanted) {
      const id = askId(ask);
      const before = byAsk.get(id);
      const entry = before
        ? { ask: merged(before.ask, ask), keys: before.keys }
        : { ask, keys: new Set<string>() };
      entry.keys.add(key);
      byAsk.set(id, entry);
    }
    // In a fixed order, so the same selection always sends the same statement (and reuses its plan).
    const ids = [...byAsk.keys()].sort();
    const position = new Map(ids.map((id, i) => [id, i]));
    const asked = ids.flatMap((id) => {
      const entry = byAsk.get(id);
      return entry ? [{ ask: entry.ask, keys: [...entry.keys] }] : [];
    });
    const answers = await this.repos.entities.answer(asked);
    // A row an ask was not for has an empty answer: nothing to prime.
    for (const found of answers.values()) for (const answer of found) this.primePageEntities(answer);
    return wanted.map(
      ({ key, ask }) => answers.get(key)?.[position.get(askId(ask)) ?? -1] ?? emptyAnswer(ask),
    );
  }
}

/** An answer of another kind than its ask: the statement's columns and the asks fell out of step. */
const mismatched = (ask: Ask, answer: Answer) =>
  new Error(`a ${ask.kind} ask (${askId(ask)}) was answered with a ${answer.kind} answer`);
