import type { EntityRow } from '../src/domain/storage.ts';
import type { Repositories } from '../src/graph/repositories.ts';

/**
 * What our server asks Neo4j for each shape, as direct repository calls (the same Cypher and
 * parameters, in the same order and batching as the resolvers): the floor serves these over bare
 * HTTP, and the plan check profiles them.
 */

const entityFields = ({ citations, ...e }: EntityRow) => ({ ...e, citations: citations.map((c) => c.quote) });

export const repositoryShapes = (
  repos: Repositories,
): Record<string, (q: URLSearchParams) => Promise<unknown>> => ({
  '/entity': async (q) => {
    const [entity] = await repos.entities.byKeys([q.get('key') ?? '']);
    return entity ? entityFields(entity) : null;
  },
  '/search': async (q) => repos.entities.search(q.get('q') ?? '', undefined, 10),
  '/around': async (q) => {
    const [entity] = await repos.entities.byKeys([q.get('key') ?? '']);
    if (!entity) return null;
    const [around] = await repos.entities.relationshipPages([entity.key], {
      direction: 'BOTH',
      skip: 0,
      limit: 50,
    });
    return { key: entity.key, name: entity.name, ...around };
  },
  '/subgraph': async (q) => repos.paths.subgraph(q.get('key') ?? '', 2, 100, {}),
  '/path': async (q) => repos.paths.shortest(q.get('from') ?? '', q.get('to') ?? '', 6, {}),
  '/page': async (q) => {
    const page = await repos.entities.page('VILLAGE', 50, q.get('after') ?? undefined);
    const keys = page.rows.map((row) => row.key);
    const [stats, around] = await Promise.all([
      repos.statistics.forSubjects(keys, {}),
      repos.entities.relationshipPages(keys, { direction: 'BOTH', skip: 0, limit: 10 }),
    ]);
    const neighbourKeys = [...new Set(around.flatMap((a) => a.items.map((item) => item.entity.key)))];
    const neighbourStats = new Map(
      (await repos.statistics.forSubjects(neighbourKeys, {})).map((s, i) => [neighbourKeys[i], s]),
    );
    return page.rows.map((row, i) => ({
      key: row.key,
      name: row.name,
      statistics: stats[i],
      neighbors: around[i]?.items.map(({ entity }) => ({
        key: entity.key,
        name: entity.name,
        statistics: neighbourStats.get(entity.key),
      })),
    }));
  },
  '/entities': async (q) => repos.entities.page(undefined, 20, q.get('after') ?? undefined),
});
