import { plainText, SourceText } from '../src/domain/source-text.ts';
import type { Answer, PageAsk, RelationshipPage, StatisticsAsk } from '../src/graph/asks.ts';
import type { EntityWhere } from '../src/graph/filters.ts';
import { withTieBreaker } from '../src/graph/ordering.ts';
import type { Repositories } from '../src/graph/repositories.ts';
import { citationOfRow, type EntityParts, type EntityRow } from '../src/graph/storage.ts';

/**
 * What our server asks Neo4j for each shape, as direct repository calls (the same Cypher and
 * parameters, in the same order and batching as the resolvers): the floor serves these over bare
 * HTTP, and the plan check profiles them.
 */

const entityFields = ({ citations, ...e }: EntityRow) => ({ ...e, citations: citations.map((c) => c.quote) });

/** What a selection of key, name and type reads of entities (src/schema/lookahead.ts's entityParts). */
const NAMES_ONLY: EntityParts = { details: false, citations: false };

/** The asks the resolvers' lookahead finds in the shapes' selections (src/schema/lookahead.ts). */
const page = (limit: number, parts?: EntityParts): PageAsk => ({
  kind: 'page',
  page: { direction: 'BOTH', types: null, entityTypes: null, skip: 0, limit, ...(parts && { parts }) },
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
  '/search': async (q) => repos.entities.search(q.get('q') ?? '', undefined, 10, undefined, NAMES_ONLY),
  // `entity` sees relationships(first: 50) and neighbors(first: 50), one ask (the relationships' read
  // their entities whole), and answers it with the entity.
  '/around': async (q) => {
    const [found] = await repos.entities.byKeysAnswering([q.get('key') ?? ''], [{ ask: page(50) }]);
    if (!found) return null;
    return { key: found.entity.key, name: found.entity.name, ...pageOf(found.answers[0]) };
  },
  '/subgraph': async (q) =>
    repos.paths.subgraph(q.get('key') ?? '', 2, 100, {}, { relationships: false, ...NAMES_ONLY }),
  '/path': async (q) => repos.paths.shortest(q.get('from') ?? '', q.get('to') ?? '', 6, {}, NAMES_ONLY),
  // `entities` sees its nodes' statistics and neighbors(first: 10); the neighbours' statistics are
  // the next level, one batch. Both levels select key and name of their entities.
  '/page': async (q) => {
    const found = await repos.entities.page(
      'VILLAGE',
      50,
      q.get('after') ?? undefined,
      [{ ask: statistics }, { ask: page(10, NAMES_ONLY) }],
      NAMES_ONLY,
    );
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
  '/entities': async (q) => repos.entities.page(undefined, 20, q.get('after') ?? undefined, [], NAMES_ONLY),
  // `entities(where, orderBy)` sees only key and name in its nodes: nothing to ask of them.
  '/filtered': async (q) =>
    repos.entities.list(
      { where: locatedIn('VILLAGE', q.get('town') ?? ''), keys: BY_NAME, first: 20 },
      [],
      NAMES_ONLY,
    ),
  // `statisticGroups(by: [METRIC, YEAR])` with its default page of 50 groups.
  '/groups': async (q) =>
    repos.aggregations.statisticGroups(
      { subject: { where: locatedIn('TOWN', q.get('district') ?? '') } },
      ['metric', 'year'],
      { skip: 0, limit: 50 },
    ),
  // `source(key:)` loads the source (its node loader), then `passage` its stored text: two reads, one
  // after the other; the passage is the span widened to its sentences, `context` sentences each side.
  '/passage': async (q) => {
    const key = q.get('source') ?? '';
    const [source] = await repos.sources.byKeys([key]);
    const [raw] = source ? await repos.evidence.texts([key]) : [];
    if (raw === undefined) return null;
    const text = SourceText.of(raw);
    const span = { start: Number(q.get('start')), end: Number(q.get('end')) };
    const context = Number(q.get('context') ?? 0);
    const touched = text.sentencesOverlapping(span);
    const all = text.sentences();
    const first = Math.max(0, (touched[0]?.index ?? 0) - context);
    const last = Math.min(all.length - 1, (touched.at(-1)?.index ?? -1) + context);
    const sentences = touched.length ? all.slice(first, last + 1) : [];
    const start = Math.min(span.start, sentences[0]?.start ?? span.start);
    const end = Math.max(span.end, sentences.at(-1)?.end ?? span.end);
    return {
      start,
      end,
      text: text.slice(start, end),
      sentences: sentences.map((s) => ({
        index: s.index,
        start: s.start,
        end: s.end,
        plain: plainText(text.slice(s.start, s.end)),
      })),
    };
  },
  // `explain` is shortestPath's statement; each hop's citation sentence reads the cited sources'
  // texts, one batch (the request's text loader).
  '/explain': async (q) => {
    const { path } = await repos.paths.shortest(q.get('from') ?? '', q.get('to') ?? '', 6, {}, NAMES_ONLY);
    if (!path) return null;
    const keys = [...new Set(path.relationships.flatMap((r) => (r.source ? [r.source] : [])))];
    const texts = new Map(
      (await repos.evidence.texts(keys)).map((raw, i) => [
        keys[i],
        raw === undefined ? undefined : SourceText.of(raw),
      ]),
    );
    return {
      length: path.relationships.length,
      hops: path.relationships.map((relationship, i) => {
        const from = path.nodes[i]?.key;
        const citation = citationOfRow(relationship);
        const text = citation ? texts.get(citation.source) : undefined;
        const located = citation?.start != null && citation.end != null;
        const [sentence] =
          text && located
            ? text.sentencesOverlapping({ start: citation.start as number, end: citation.end as number })
            : [];
        return {
          from,
          to: path.nodes[i + 1]?.key,
          forward: relationship.from === from,
          type: relationship.type,
          citation: citation && {
            quote: citation.quote,
            start: citation.start,
            end: citation.end,
            sentence: sentence && text ? text.slice(sentence.start, sentence.end) : null,
          },
        };
      }),
    };
  },
});
