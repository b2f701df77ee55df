import type { Answer, PageAsk, RelationshipPage, StatisticsAsk } from '../src/graph/asks.ts';
import type { EntityWhere } from '../src/graph/filters.ts';
import { withTieBreaker } from '../src/graph/ordering.ts';
import type { Repositories } from '../src/graph/repositories.ts';
import type { EntityRow } from '../src/graph/storage.ts';

/**
 * What our server asks Neo4j for each shape, as direct repository calls (the same Cypher and
 * parameters, in the same order and batching as the resolvers): the floor serves these over bare
 * HTTP, and the plan check profiles them.
 */

const entityFields = ({ citations, ...e }: EntityRow) => ({ ...e, citations: citations.map((c) => c.quote) });

/** The asks the resolvers' lookahead finds in the shapes' selections (src/schema/lookahead.ts). */
const page = (limit: number): PageAsk => ({
  kind: 'page',
  page: { direction: 'BOTH', types: null, entityTypes: null, skip: 0, limit },
});
const statistics: StatisticsAsk = { kind: 'statistics', statistics: { metric: null, year: null } };

/** A page answer as the resolvers hand it on (without its kind); empty when the answer is of another kind. */
const pageOf = (answer: Answer | undefined): RelationshipPage =>
  answer?.kind === 'page' ? { total: answer.total, items: answer.items } : { total: 0, items: [] };
const statisticsOf = (answer: Answer | undefined) => (answer?.kind === 'statistics' ? answer.statistics : []);

/** Entities of `type` located in `place`: the `where` of shapes 8 and 9, as readEntityFilter reads it. */
const locatedIn = (type: 'VILLAGE' | 'TOWN', place: string): EntityWhere => ({
  type: { eq: type },
  relationship: { type: 'LOCATED_IN', direction: 'OUT', some: { key: { eq: place } } },
});
/** `orderBy: [{ name: ASC }]`, as readEntityOrder reads it. */
const BY_NAME = withTieBreaker([{ property: 'name', direction: 'ASC', nullable: false }]);

export const repositoryShapes = (
  repos: Repositories,
): Record<string, (q: URLSearchParams) => Promise<unknown>> => ({
  '/entity': async (q) => {
    const [entity] = await repos.entities.byKeys([q.get('key') ?? '']);
    return entity ? entityFields(entity) : null;
  },
  '/search': async (q) =>
    repos.entities.search(q.get('q') ?? '', undefined, 10, undefined, { citations: false }),
  // `entity` sees relationships(first: 50) and neighbors(first: 50), one ask, and answers it with the entity.
  '/around': async (q) => {
    const [found] = await repos.entities.byKeysAnswering([q.get('key') ?? ''], [{ ask: page(50) }]);
    if (!found) return null;
    return { key: found.entity.key, name: found.entity.name, ...pageOf(found.answers[0]) };
  },
  '/subgraph': async (q) =>
    repos.paths.subgraph(q.get('key') ?? '', 2, 100, {}, { relationships: false, citations: false }),
  '/path': async (q) => repos.paths.shortest(q.get('from') ?? '', q.get('to') ?? '', 6, {}),
  // `entities` sees its nodes' statistics and neighbors(first: 10); the neighbours' statistics are
  // the next level, one batch.
  '/page': async (q) => {
    const found = await repos.entities.page('VILLAGE', 50, q.get('after') ?? undefined, [
      { ask: statistics },
      { ask: page(10) },
    ]);
    const around = found.answers.map((answers) => pageOf(answers[1]));
    const neighbourKeys = [...new Set(around.flatMap((a) => a.items.map((item) => item.entity.key)))];
    const neighbourStats = await repos.entities.answer([{ ask: statistics, keys: neighbourKeys }]);
    return found.rows.map((row, i) => ({
      key: row.key,
      name: row.name,
      statistics: statisticsOf(found.answers[i]?.[0]),
      neighbors: around[i]?.items.map(({ entity }) => ({
        key: entity.key,
        name: entity.name,
        statistics: statisticsOf(neighbourStats.get(entity.key)?.[0]),
      })),
    }));
  },
  '/entities': async (q) => repos.entities.page(undefined, 20, q.get('after') ?? undefined),
  // `entities(where, orderBy)` sees only key and name in its nodes: nothing to ask of them.
  '/filtered': async (q) =>
    repos.entities.list({ where: locatedIn('VILLAGE', q.get('town') ?? ''), keys: BY_NAME, first: 20 }),
  // `statisticGroups(by: [METRIC, YEAR])` with its default page of 50 groups.
  '/groups': async (q) =>
    repos.aggregations.statisticGroups(
      { subject: { where: locatedIn('TOWN', q.get('district') ?? '') } },
      ['metric', 'year'],
      { skip: 0, limit: 50 },
    ),
});
