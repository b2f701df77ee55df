import DataLoader from 'dataloader';
import type { RelationshipPageOptions } from './entities.ts';
import type { Repositories } from './repositories.ts';
import type { StatisticFilter } from './statistics.ts';

/**
 * Per-request batching: every lookup a resolver makes for one item is collected and sent as one
 * query per field and argument set, so a page of 50 entities costs the same few round trips as one.
 */
export class Loaders {
  readonly entity: DataLoader<string, Awaited<ReturnType<Repositories['entities']['byKeys']>>[number]>;
  readonly relationship: DataLoader<
    string,
    Awaited<ReturnType<Repositories['relationships']['byKeys']>>[number]
  >;
  readonly statistic: DataLoader<string, Awaited<ReturnType<Repositories['statistics']['byKeys']>>[number]>;
  readonly source: DataLoader<string, Awaited<ReturnType<Repositories['sources']['byKeys']>>[number]>;
  private readonly keyed = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly repos: Repositories) {
    this.entity = new DataLoader((keys) => repos.entities.byKeys(keys));
    this.relationship = new DataLoader((keys) => repos.relationships.byKeys(keys));
    this.statistic = new DataLoader((keys) => repos.statistics.byKeys(keys));
    this.source = new DataLoader((keys) => repos.sources.byKeys(keys));
  }

  /** The relationships and neighbours around an entity, batched across entities sharing the same options. */
  relationshipPage(options: RelationshipPageOptions) {
    return this.loaderFor('relationshipPage', options, (keys) =>
      this.repos.entities.relationshipPages(keys, options),
    );
  }

  readonly history = new DataLoader((keys: readonly string[]) => this.repos.changeLog.forKeys(keys));

  statisticsOf(filter: StatisticFilter) {
    return this.loaderFor('statistics', filter, (keys) => this.repos.statistics.forSubjects(keys, filter));
  }

  private loaderFor<V>(name: string, options: object, batch: (keys: readonly string[]) => Promise<V[]>) {
    const id = `${name}:${JSON.stringify(options)}`;
    let loader = this.keyed.get(id) as DataLoader<string, V> | undefined;
    if (!loader) {
      loader = new DataLoader(batch);
      this.keyed.set(id, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
