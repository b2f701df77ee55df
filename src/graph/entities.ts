import { isDeepStrictEqual } from 'node:util';
import { citationField, entityProblems, placeCitations } from '../domain/rules.ts';
import type { Entity } from '../domain/shapes.ts';
import { ENTITY_TYPES, type EntityType } from '../domain/vocabulary.ts';
import { badInput, userError } from '../errors.ts';
import type { Executor, WriteTransaction } from '../neo4j/executor.ts';
import { type Answer, type Asked, askSubqueries, readAnswer } from './asks.ts';
import { inKeyOrder, type Page } from './batches.ts';
import type { Edit } from './change-log.ts';
import { runEdit } from './edit.ts';
import { type EntityWhere, matchEntities, Parameters } from './filters.ts';
import { indexedPage, type ListPage, matchedPage } from './lists.ts';
import type { SortKey } from './ordering.ts';
import {
  exactName,
  luceneQuery,
  type SearchHit,
  type SearchPlace,
  searchParameters,
  searchStatement,
} from './search-query.ts';
import {
  ALL_ENTITY_LABELS,
  citationParameters,
  type EntityParts,
  type EntityRow,
  entityProjection,
  entityProperties,
  entityRow,
  orderCitations,
  orderProjected,
  type ProjectedEntityRow,
  projectionOf,
  WHOLE_ENTITY,
} from './storage.ts';

/** Entities in Neo4j: reads (by key, paged, search, timeline, what is asked of them) and the edits of an entity. */

/**
 * An entity found, whole or in the parts a list read (storage.ts's projectionOf), with the answers
 * to what was asked of it (./asks.ts), in the order asked.
 */
export interface Answered<Row extends ProjectedEntityRow = ProjectedEntityRow> {
  entity: Row;
  answers: Answer[];
}

/** Entities: the reads of one or many, search and the timeline, and the three edits of an entity. */
/**
 * Soft-deletes the entity `$key`: it and its statistics lose their labels, so every read path skips
 * them, and restore gives back the whole neighbourhood. deleteEntity runs it, and so does the seed
 * loader when the seed no longer has an entity (src/seed/reconcile.ts).
 */
export const SOFT_DELETE_ENTITY = `MATCH (e:Entity {key: $key})
           OPTIONAL MATCH (e)-[:HAS_STATISTIC]->(s:Statistic)
           REMOVE s:Statistic SET s:DeletedStatistic
           WITH DISTINCT e
           REMOVE e:Entity:${ALL_ENTITY_LABELS}
           SET e:DeletedEntity, e.version = e.version + 1, e.deletedAt = datetime()`;

export class EntityRepository {
  constructor(private readonly executor: Executor) {}

  async byKeys(keys: readonly string[]): Promise<(EntityRow | undefined)[]> {
    return (await this.byKeysAnswering(keys, [])).map((found) => found?.entity);
  }

  /** The entities with these keys, each with the answers to `asked` (one statement). */
  async byKeysAnswering(
    keys: readonly string[],
    asked: readonly Asked[],
  ): Promise<(Answered<EntityRow> | undefined)[]> {
    const asks = askSubqueries(asked);
    const rows = await this.executor.read<{ entity: EntityRow; answers: Answer[] }>(
      `UNWIND $keys AS key
       MATCH (e:Entity {key: key})
       ${asks.cypher}
       RETURN ${entityProjection('e')} AS entity, [${asks.columns}] AS answers`,
      { keys, ...asks.params },
    );
    return inKeyOrder(
      keys,
      rows.map((row) => [row.entity.key, { entity: orderCitations(row.entity), answers: readAnswers(row) }]),
    );
  }

  /**
   * What was asked of each key (its ask's `keys`), in one statement: a whole level of a selection,
   * whatever fields and parents the asks come from. Answers per key, in the order of `asked`.
   */
  async answer(asked: readonly (Asked & { keys: readonly string[] })[]): Promise<Map<string, Answer[]>> {
    const keys = [...new Set(asked.flatMap((a) => a.keys))];
    // An ask for every key of the statement needs no gate.
    const asks = askSubqueries(asked.map((a) => (a.keys.length === keys.length ? { ask: a.ask } : a)));
    const rows = await this.executor.read<{ key: string; answers: Answer[] }>(
      `UNWIND $keys AS key
       MATCH (e:Entity {key: key})
       ${asks.cypher}
       RETURN key, [${asks.columns}] AS answers`,
      { keys, ...asks.params },
    );
    return new Map(rows.map((row) => [row.key, row.answers.map(readAnswer)]));
  }

  /**
   * Entities ordered by key, after the key `after`, optionally of one type: `list` in key order.
   */
  page(
    type: EntityType | undefined,
    first: number,
    after: string | undefined,
    asked: readonly Asked[] = [],
    parts: EntityParts = WHOLE_ENTITY,
  ) {
    return this.list(
      {
        where: type ? { type: { eq: type } } : undefined,
        keys: BY_KEY,
        after: after === undefined ? undefined : [after],
        first,
      },
      asked,
      parts,
    );
  }

  /**
   * A page of the entities matching `where` (all when absent), in the order of `keys` (ending with
   * the key), after the row whose sort values are `after`; with the answers to `asked` for each
   * entity of the page, in one statement. Without a filter beyond types, the page comes from an
   * index that gives the order and the total from the count store; a filter finds its matches
   * through its anchor (./filters.ts) and the page is sorted from them (./lists.ts). The entities
   * are read in `parts` (whole by default).
   */
  async list(
    request: ListPage & { where?: EntityWhere | undefined },
    asked: readonly Asked[] = [],
    parts: EntityParts = WHOLE_ENTITY,
  ): Promise<Page<ProjectedEntityRow> & { answers: Answer[][] }> {
    const p = new Parameters();
    const { where, ...page } = request;
    const types = where && onlyTypes(where);
    let body: string;
    if (!where || types) {
      const total = types
        ? types.map((type) => `COUNT { (:${ENTITY_TYPES[type].label}) }`).join(' + ')
        : 'COUNT { (:Entity) }';
      const [type] = types ?? [];
      const byKeyOfOneType =
        type && types?.length === 1 && page.keys.length === 1 && page.keys[0]?.direction === 'ASC';
      // The labels come from the closed list of entity types.
      body = byKeyOfOneType
        ? `MATCH (e:Entity) USING INDEX e:Entity(type, key)
           WHERE e.type = ${p.add(type)} AND e.key > ${p.add(page.after?.[0] ?? '')}
           WITH e ORDER BY e.type, e.key LIMIT toInteger(${p.add(page.first + 1)})
           WITH collect(e) AS found
           WITH found, ${total} AS total`
        : indexedPage('Entity', typeCondition(types, p), total, 'e', page, p);
    } else {
      body = matchedPage(matchEntities(where, 'e', p), 'e', page, p);
    }
    const asks = askSubqueries(asked);
    // One row past the page says whether another follows; only the page's own rows are projected and asked about.
    const rows = await this.executor.read<{
      total: number;
      found: number;
      page: { entity: ProjectedEntityRow; answers: Answer[] }[];
    }>(
      `${body}
       CALL (found) {
         UNWIND found[..toInteger($first)] AS e
         ${asks.cypher}
         RETURN collect({ entity: ${projectionOf(parts)('e')}, answers: [${asks.columns}] }) AS page
       }
       RETURN total, size(found) AS found, page`,
      { ...p.values, first: page.first, ...asks.params },
    );
    const { total = 0, found = 0, page: entities = [] } = rows[0] ?? {};
    return {
      rows: entities.map((row) => orderProjected(row.entity)),
      answers: entities.map(readAnswers),
      total,
      hasNextPage: found > page.first,
    };
  }

  /**
   * One page of a search, best first, in one statement (./search-query.ts): exact matches of a
   * name, English name or alias, whatever the index scores them; then the index's best hits, prefix
   * matches raised; then the rest in the index's order. `types` filters inside the index query, so
   * a filtered search finds every match however many of other types score higher. Each hit says
   * where it stands, for the page after it.
   */
  async search(
    text: string,
    types: readonly EntityType[] | undefined,
    first: number,
    after: SearchPlace | undefined,
    parts: EntityParts,
  ): Promise<SearchHit[]> {
    // No type allowed, or no word to look for: nothing matches.
    const lucene = types?.length === 0 ? undefined : luceneQuery(text, types);
    // Nor does anything after the deepest place a page reaches.
    const parameters = lucene && searchParameters(lucene, exactName(text), types, first, after);
    if (!parameters) return [];
    const rows = await this.executor.read<{
      entity: ProjectedEntityRow;
      score: number;
      section: SearchPlace['section'];
      at: number;
    }>(searchStatement(parts), parameters);
    return rows.map(({ entity, score, section, at }) => ({
      entity: orderProjected(entity),
      score,
      place: section === 'top' ? { section, rank: at } : { section, position: at },
    }));
  }

  /** Events in date order; bounds compare at the coarser precision of the two dates (2020 ~ 2020-12). */
  async timeline(from: string | undefined, to: string | undefined): Promise<EntityRow[]> {
    const rows = await this.executor.read<{ entity: EntityRow }>(
      `MATCH (e:Event)
       WHERE ($from IS NULL OR left(e.date, size($from)) >= left($from, size(e.date)))
         AND ($to IS NULL OR left(e.date, size($to)) <= left($to, size(e.date)))
       RETURN ${entityProjection('e')} AS entity
       ORDER BY e.date, e.key`,
      { from: from ?? null, to: to ?? null },
    );
    return rows.map(({ entity }) => orderCitations(entity));
  }

  /** Whether an entity has the key, live or soft-deleted (it may be restored). */
  async isKnown(key: string): Promise<boolean> {
    const [row] = await this.executor.read<{ known: boolean }>(
      'RETURN EXISTS { MATCH (:Entity {key: $key}) } OR EXISTS { MATCH (:DeletedEntity {key: $key}) } AS known',
      { key },
    );
    return row?.known === true;
  }

  /**
   * Creates an entity, or replaces it as a whole (citations included); its type never changes.
   * Two statements: openEdit's, then the write, its citations, the read-back and the change in one.
   */
  upsert(entity: Entity, expectedVersion: number | undefined, edit: Edit) {
    return runEdit<EntityRow, { entity: EntityRow | null }, { entity: EntityRow }>(this.executor, edit, {
      mutation: 'upsertEntity',
      replay: async (tx) => ({ entity: await readEntity(tx, entity.key) }),
      check: {
        sources: entity.citations.map((citation) => citation.source),
        keys: [],
        problems: (known) => entityProblems(entity, known),
      },
      lock: {
        label: 'Entity',
        key: entity.key,
        reserve: true,
        projection: entityProjection,
        takenBy: 'DeletedEntity',
      },
      guard: ({ existed, row, taken }) => {
        if (!existed && taken) {
          throw userError(
            'CONFLICT',
            `"${entity.key}" is deleted; restore it with restoreEntity before editing it.`,
          );
        }
        if (row && row.type !== entity.type) {
          throw badInput(`type: "${entity.key}" is a ${row.type}; an entity's type cannot change.`, 'type');
        }
      },
      expectedVersion,
      write: (_tx, { existed, version, row }, known) => {
        const { spans } = placeCitations(entity.citations, known, citationField);
        // What the entity reads back as once written: recorded as the change's `after`, and
        // checked against the read-back before anything commits.
        const after = entityRow(entity, (existed ? (version ?? 0) : 0) + 1, spans);
        return {
          // The label comes from the closed list of entity types, checked by the entity's shape.
          cypher: `MATCH (e:Entity {key: $key})
           REMOVE e:${ALL_ENTITY_LABELS}
           SET e:${ENTITY_TYPES[entity.type].label}, e += $props, e.version = coalesce(e.version, 0) + 1
           WITH e
           CALL (e) { MATCH (e)-[old:CITED_IN]->(:Source) DELETE old }
           CALL (e) {
             UNWIND range(0, size($citations) - 1) AS ordinal
             WITH ordinal, $citations[ordinal] AS citation
             MATCH (s:Source {key: citation.source})
             CREATE (e)-[:CITED_IN {quote: citation.quote, ordinal: ordinal, start: citation.start, end: citation.end}]->(s)
           }`,
          params: {
            key: entity.key,
            props: entityProperties(entity),
            citations: citationParameters(entity.citations, spans),
          },
          change: { keys: [entity.key], before: row ? orderCitations(row) : null, after },
          returns: `${entityProjection('e')} AS entity`,
          answer: (written) => ({ entity: readBackAs(written.entity, after) }),
        };
      },
    });
  }

  /** Soft delete: the entity and its statistics lose their labels, so every read path skips them. */
  delete(key: string, expectedVersion: number | undefined, edit: Edit) {
    return runEdit<EntityRow, object>(this.executor, edit, {
      mutation: 'deleteEntity',
      replay: async () => ({}),
      lock: { label: 'Entity', key, projection: entityProjection },
      guard: ({ existed }) => {
        if (!existed) throw userError('NOT_FOUND', `No entity has the key "${key}".`, { argument: 'key' });
      },
      expectedVersion,
      write: (_tx, { row }) => ({
        cypher: SOFT_DELETE_ENTITY,
        params: { key },
        change: { keys: [key], before: row ? orderCitations(row) : null, after: null },
        answer: () => ({}),
      }),
    });
  }

  /** Undoes delete completely: labels back on the entity and its statistics; relationships never left. */
  restore(key: string, edit: Edit) {
    return runEdit<EntityRow, { entity: EntityRow | null }, { entity: EntityRow }>(this.executor, edit, {
      mutation: 'restoreEntity',
      replay: async (tx) => ({ entity: await readEntity(tx, key) }),
      lock: { label: 'DeletedEntity', key, projection: entityProjection },
      guard: ({ row }) => {
        if (!row)
          throw userError('NOT_FOUND', `No deleted entity has the key "${key}".`, { argument: 'key' });
      },
      write: (_tx, { row }) => {
        if (!row) throw new Error(`restore of ${key} has no locked entity`);
        const after = orderCitations({ ...row, version: row.version + 1 });
        return {
          // The label comes from the closed list: the type was checked when the entity was written.
          cypher: `MATCH (e:DeletedEntity {key: $key})
           REMOVE e:DeletedEntity, e.deletedAt
           SET e:Entity:${ENTITY_TYPES[row.type].label}, e.version = coalesce(e.version, 0) + 1
           WITH e
           OPTIONAL MATCH (e)-[:HAS_STATISTIC]->(s:DeletedStatistic)
           REMOVE s:DeletedStatistic SET s:Statistic
           WITH DISTINCT e`,
          params: { key },
          change: { keys: [key], before: null, after },
          returns: `${entityProjection('e')} AS entity`,
          answer: (written) => ({ entity: readBackAs(written.entity, after) }),
        };
      },
    });
  }
}

/** The entity a write read back, in seed order, checked against what its change records as `after`. */
function readBackAs(written: EntityRow, after: EntityRow): EntityRow {
  const stored = orderCitations(written);
  if (!isDeepStrictEqual(stored, after)) throw new Error(`${after.key} read back otherwise than written`);
  return stored;
}

/** Key order, the default of every entity list. */
export const BY_KEY: SortKey[] = [{ property: 'key', direction: 'ASC', nullable: false }];

/** The types a filter asks for, when a type is all it asks (so the count store has its total). */
function onlyTypes(where: EntityWhere): readonly EntityType[] | undefined {
  const { type, ...rest } = where;
  if (!type || Object.values(rest).some((value) => value !== undefined)) return undefined;
  return 'eq' in type ? [type.eq] : type.in;
}

/** `e.type = $t` for one type (so a (type, name) index can give the order), `IN` for several. */
function typeCondition(types: readonly EntityType[] | undefined, p: Parameters): string | undefined {
  if (!types) return undefined;
  return types.length === 1 ? `e.type = ${p.add(types[0])}` : `e.type IN ${p.add(types)}`;
}

/** A row's answers as the resolvers use them (asks.ts's readAnswer). */
const readAnswers = (row: { answers: Answer[] }): Answer[] => row.answers.map(readAnswer);

/** The entity with this key as it is inside the edit's transaction. */
export async function readEntity(tx: WriteTransaction, key: string): Promise<EntityRow | null> {
  const row = await tx.row<{ entity: EntityRow }>(
    `MATCH (e:Entity {key: $key}) RETURN ${entityProjection('e')} AS entity`,
    { key },
  );
  return row ? orderCitations(row.entity) : null;
}
