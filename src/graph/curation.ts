import type { ManagedTransaction } from 'neo4j-driver';
import { badInput, userError } from '../errors.ts';
import { ENTITY_TYPE_NAMES, ENTITY_TYPES, type EntityType, relationshipPattern } from '../model.ts';
import type { Executor } from '../neo4j/executor.ts';
import {
  relationshipKey,
  type SeedEntity,
  type SeedRelationship,
  type SeedSource,
  type SeedStatistic,
  statisticKey,
} from '../seed/format.ts';
import {
  entityProblems,
  type KnownFacts,
  relationshipProblems,
  statisticProblems,
  withoutSpaces,
} from '../seed/validate.ts';
import {
  type EntityRow,
  entityProjection,
  orderCitations,
  type RelationshipRow,
  relationshipProjection,
  type StatisticRow,
  statisticProjection,
} from './rows.ts';

/**
 * Every edit of the graph: one write transaction each, validated by the same rules as the seed
 * files, guarded by entity versions, and recorded as a :Change with who, when, what, before and
 * after. A change id chosen before the transaction makes driver retries idempotent: a retry that
 * finds its change already committed returns it instead of applying the edit twice.
 */

export interface ChangeRow {
  id: string;
  seq: number;
  at: string;
  who: string;
  mutation: string;
  keys: string[];
  before: string | null;
  after: string | null;
}

export interface Edit {
  changeId: string;
  who: string;
}

const ALL_TYPE_LABELS = ENTITY_TYPE_NAMES.map((type) => ENTITY_TYPES[type].label).join(':');
/** A ChangeRow from change node `c`; the history reads use it too. */
export const CHANGE_FIELDS = 'c { .id, .seq, at: toString(c.at), .who, .mutation, .keys, .before, .after }';

export const validationError = (problems: string[]) =>
  userError('BAD_USER_INPUT', `Invalid input: ${problems.join('; ')}`, { problems });

export class CurationRepository {
  constructor(private readonly executor: Executor) {}

  async upsertEntity(input: SeedEntity, expectedVersion: number | undefined, edit: Edit) {
    return this.executor.writeTransaction(async (tx) => {
      const replay = await findChange(tx, edit.changeId);
      if (replay) return { change: replay, entity: await readEntity(tx, input.key) };
      const known = await knownFacts(
        tx,
        input.citations.map((c) => c.source),
        [],
      );
      const problems = entityProblems(input, known);
      if (problems.length) throw validationError(problems);
      const current = await lockEntity(tx, input.key, { reserve: true });
      if (!current && (await isDeleted(tx, input.key))) {
        throw userError(
          'CONFLICT',
          `"${input.key}" is deleted; restore it with restoreEntity before editing it.`,
        );
      }
      if (current && current.entity.type !== input.type) {
        throw badInput(
          `type: "${input.key}" is a ${current.entity.type}; an entity's type cannot change.`,
          'type',
        );
      }
      checkVersion(input.key, current?.version, expectedVersion);
      const label = ENTITY_TYPES[input.type as EntityType].label;
      await tx.run(
        `MERGE (e:Entity {key: $key})
         REMOVE e:${ALL_TYPE_LABELS}
         SET e:${label}, e += $props, e.version = coalesce(e.version, 0) + 1
         WITH e
         OPTIONAL MATCH (e)-[old:CITED_IN]->(:Source)
         DELETE old`,
        {
          key: input.key,
          props: {
            type: input.type,
            name: input.name,
            nameEn: input.nameEn,
            aliases: input.aliases,
            aliasText: input.aliases.join(' '),
            kind: input.kind ?? null,
            description: input.description ?? null,
            descriptionEn: input.descriptionEn ?? null,
            date: input.date ?? null,
          },
        },
      );
      await tx.run(
        `MATCH (e:Entity {key: $key})
         UNWIND range(0, size($citations) - 1) AS ordinal
         WITH e, $citations[ordinal] AS citation, ordinal
         MATCH (s:Source {key: citation.source})
         CREATE (e)-[:CITED_IN {quote: citation.quote, ordinal: ordinal}]->(s)`,
        { key: input.key, citations: input.citations },
      );
      const entity = await readEntity(tx, input.key);
      const change = await recordChange(tx, edit, 'upsertEntity', [input.key], current?.entity, entity);
      return { change, entity };
    });
  }

  /** Soft delete: the entity and its statistics lose their labels, so every read path skips them. */
  async deleteEntity(key: string, expectedVersion: number | undefined, edit: Edit) {
    return this.executor.writeTransaction(async (tx) => {
      const replay = await findChange(tx, edit.changeId);
      if (replay) return { change: replay };
      const current = await lockEntity(tx, key);
      if (!current) throw userError('NOT_FOUND', `No entity has the key "${key}".`, { argument: 'key' });
      checkVersion(key, current.version, expectedVersion);
      await tx.run(
        `MATCH (e:Entity {key: $key})
         OPTIONAL MATCH (e)-[:HAS_STATISTIC]->(s:Statistic)
         REMOVE s:Statistic SET s:DeletedStatistic
         WITH DISTINCT e
         REMOVE e:Entity:${ALL_TYPE_LABELS}
         SET e:DeletedEntity, e.version = e.version + 1, e.deletedAt = datetime()`,
        { key },
      );
      return { change: await recordChange(tx, edit, 'deleteEntity', [key], current.entity, null) };
    });
  }

  /** Undoes deleteEntity completely: labels back on the entity and its statistics; relationships never left. */
  async restoreEntity(key: string, edit: Edit) {
    return this.executor.writeTransaction(async (tx) => {
      const replay = await findChange(tx, edit.changeId);
      if (replay) return { change: replay, entity: await readEntity(tx, key) };
      const rows = await tx.run(
        'MATCH (e:DeletedEntity {key: $key}) SET e._lock = true REMOVE e._lock RETURN e.type AS type',
        {
          key,
        },
      );
      const type = rows.records[0]?.get('type') as EntityType | undefined;
      if (!type) throw userError('NOT_FOUND', `No deleted entity has the key "${key}".`, { argument: 'key' });
      await tx.run(
        `MATCH (e:DeletedEntity {key: $key})
         REMOVE e:DeletedEntity, e.deletedAt
         SET e:Entity:${ENTITY_TYPES[type].label}, e.version = e.version + 1
         WITH e
         OPTIONAL MATCH (e)-[:HAS_STATISTIC]->(s:DeletedStatistic)
         REMOVE s:DeletedStatistic SET s:Statistic`,
        { key },
      );
      const entity = await readEntity(tx, key);
      return { change: await recordChange(tx, edit, 'restoreEntity', [key], null, entity), entity };
    });
  }

  async addRelationship(input: SeedRelationship, edit: Edit) {
    return this.executor.writeTransaction(async (tx) => {
      const key = relationshipKey(input);
      const replay = await findChange(tx, edit.changeId);
      if (replay) return { change: replay, relationship: await readRelationship(tx, input) };
      const known = await knownFacts(tx, [input.citation.source], [input.from, input.to]);
      const problems = relationshipProblems(input, known);
      if (problems.length) throw validationError(problems);
      // Relationships have no unique key to lock: edits of one entity's outgoing ones queue on it.
      await lockKey(tx, 'Entity', input.from);
      if (await readRelationship(tx, input))
        throw userError('CONFLICT', `The relationship ${key} already exists.`);
      // The type is an enum value of the closed vocabulary, checked by relationshipProblems.
      await tx.run(
        `MATCH (a:Entity {key: $from}) MATCH (b:Entity {key: $to})
         CREATE (a)-[:${relationshipPattern([input.type as never])} {key: $key, date: $date, quote: $quote, source: $source}]->(b)`,
        {
          from: input.from,
          to: input.to,
          key,
          date: input.date ?? null,
          quote: input.citation.quote,
          source: input.citation.source,
        },
      );
      const relationship = await readRelationship(tx, input);
      const change = await recordChange(
        tx,
        edit,
        'addRelationship',
        [input.from, input.to],
        null,
        relationship,
      );
      return { change, relationship };
    });
  }

  async removeRelationship(target: Pick<SeedRelationship, 'from' | 'type' | 'to'>, edit: Edit) {
    return this.executor.writeTransaction(async (tx) => {
      const replay = await findChange(tx, edit.changeId);
      if (replay) return { change: replay };
      await lockKey(tx, 'Entity', target.from);
      const before = await readRelationship(tx, target);
      if (!before) throw userError('NOT_FOUND', `No relationship ${relationshipKey(target)}.`);
      await tx.run(
        `MATCH (:Entity {key: $from})-[r]->(:Entity {key: $to}) WHERE type(r) = $type DELETE r`,
        target,
      );
      return {
        change: await recordChange(tx, edit, 'removeRelationship', [target.from, target.to], before, null),
      };
    });
  }

  async upsertStatistic(input: SeedStatistic, edit: Edit) {
    return this.executor.writeTransaction(async (tx) => {
      const key = statisticKey(input);
      const replay = await findChange(tx, edit.changeId);
      if (replay) return { change: replay, statistic: await readStatistic(tx, key) };
      const known = await knownFacts(tx, [input.citation.source], [input.subject]);
      const problems = statisticProblems(input, known);
      if (problems.length) throw validationError(problems);
      const existed = await lockKey(tx, 'Statistic', key, { reserve: true });
      const before = existed ? await readStatistic(tx, key) : null;
      await tx.run(
        `MATCH (subject:Entity {key: $subject})
         MATCH (source:Source {key: $source})
         MERGE (s:Statistic {key: $key})
         SET s += $props
         MERGE (subject)-[:HAS_STATISTIC]->(s)
         WITH s, source
         OPTIONAL MATCH (s)-[old:CITED_IN]->(:Source)
         DELETE old
         WITH DISTINCT s, source
         CREATE (s)-[:CITED_IN {quote: $quote}]->(source)`,
        {
          key,
          subject: input.subject,
          source: input.citation.source,
          quote: input.citation.quote,
          props: {
            metric: input.metric,
            label: input.label,
            scope: input.scope ?? null,
            scopeEn: input.scopeEn ?? null,
            value: input.value,
            unit: input.unit,
            valueText: input.valueText,
            qualifier: input.qualifier ?? null,
            year: input.year ?? null,
          },
        },
      );
      const statistic = await readStatistic(tx, key);
      return {
        change: await recordChange(tx, edit, 'upsertStatistic', [input.subject], before, statistic),
        statistic,
      };
    });
  }

  async removeStatistic(key: string, edit: Edit) {
    return this.executor.writeTransaction(async (tx) => {
      const replay = await findChange(tx, edit.changeId);
      if (replay) return { change: replay };
      await lockKey(tx, 'Statistic', key);
      const before = await readStatistic(tx, key);
      if (!before) throw userError('NOT_FOUND', `No statistic has the key "${key}".`, { argument: 'key' });
      await tx.run('MATCH (s:Statistic {key: $key}) DETACH DELETE s', { key });
      return {
        change: await recordChange(
          tx,
          edit,
          'removeStatistic',
          before.subject ? [before.subject] : [],
          before,
          null,
        ),
      };
    });
  }

  async addSource(input: SeedSource & { text: string }, edit: Edit) {
    return this.executor.writeTransaction(async (tx) => {
      const replay = await findChange(tx, edit.changeId);
      if (replay) return { change: replay };
      const exists = await tx.run('MATCH (s:Source {key: $key}) RETURN count(s) > 0 AS exists', {
        key: input.key,
      });
      if (exists.records[0]?.get('exists'))
        throw userError('CONFLICT', `A source with the key "${input.key}" exists.`);
      const { text, ...fields } = input;
      const props = {
        ...fields,
        text,
        subtitle: null,
        titleEn: null,
        section: null,
        page: null,
        ...dropUndefined(fields),
      };
      await tx.run('CREATE (s:Source {key: $key}) SET s += $props', { key: input.key, props });
      const { text: _omitted, ...after } = props;
      return { change: await recordChange(tx, edit, 'addSource', [], null, after) };
    });
  }
}

function dropUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

function checkVersion(key: string, current: number | undefined, expected: number | undefined) {
  if (expected === undefined) return;
  if (current !== expected) {
    throw userError(
      'CONFLICT',
      current === undefined
        ? `"${key}" does not exist yet, so there is no version ${expected} to update.`
        : `"${key}" is at version ${current}, not ${expected}: someone else changed it. Reload and try again.`,
      { currentVersion: current ?? null },
    );
  }
}

async function findChange(tx: ManagedTransaction, id: string): Promise<ChangeRow | undefined> {
  const result = await tx.run(`MATCH (c:Change {id: $id}) RETURN ${CHANGE_FIELDS} AS change`, { id });
  return result.records[0]?.get('change') as ChangeRow | undefined;
}

async function isDeleted(tx: ManagedTransaction, key: string): Promise<boolean> {
  const result = await tx.run('MATCH (e:DeletedEntity {key: $key}) RETURN count(e) > 0 AS deleted', { key });
  return result.records[0]?.get('deleted') === true;
}

/**
 * Takes the write lock of node `n` with this key, so concurrent edits of one thing queue instead of
 * each acting on what it read; leaves `existed` in scope. With `reserve`, a key nobody has yet is
 * created bare (MERGE takes the unique constraint's lock on the key): two requests creating it
 * queue too, and the second finds what the first wrote. The edit fills the node in, or the
 * rollback takes it away.
 */
const lockClause = (label: 'Entity' | 'Statistic', reserve: boolean) =>
  reserve
    ? `MERGE (n:${label} {key: $key}) ON CREATE SET n._reserved = true
       WITH n, n._reserved IS NULL AS existed
       SET n._lock = true REMOVE n._lock, n._reserved`
    : `MATCH (n:${label} {key: $key}) WITH n, true AS existed SET n._lock = true REMOVE n._lock`;

/** lockClause on its own; returns whether the node existed before. */
async function lockKey(
  tx: ManagedTransaction,
  label: 'Entity' | 'Statistic',
  key: string,
  { reserve = false } = {},
): Promise<boolean> {
  const result = await tx.run(`${lockClause(label, reserve)} RETURN existed`, { key });
  return result.records[0]?.get('existed') === true;
}

/**
 * Takes the entity's write lock (lockClause) and reads its version in the same statement, so two
 * editors cannot both pass the version check (the second waits for the first to commit, then sees
 * the new version). Undefined when there was no such entity, also when `reserve` just made one.
 */
async function lockEntity(tx: ManagedTransaction, key: string, { reserve = false } = {}) {
  const result = await tx.run(
    `${lockClause('Entity', reserve)}
     RETURN existed, n.version AS version, ${entityProjection('n')} AS entity`,
    { key },
  );
  const record = result.records[0];
  if (!record?.get('existed')) return undefined;
  return {
    version: Number(record.get('version') ?? 0),
    entity: orderCitations(record.get('entity') as EntityRow),
  };
}

async function readEntity(tx: ManagedTransaction, key: string): Promise<EntityRow | null> {
  const result = await tx.run(`MATCH (e:Entity {key: $key}) RETURN ${entityProjection('e')} AS entity`, {
    key,
  });
  const entity = result.records[0]?.get('entity') as EntityRow | undefined;
  return entity ? orderCitations(entity) : null;
}

async function readRelationship(
  tx: ManagedTransaction,
  target: Pick<SeedRelationship, 'from' | 'type' | 'to'>,
): Promise<RelationshipRow | null> {
  const result = await tx.run(
    `MATCH (:Entity {key: $from})-[r]->(:Entity {key: $to}) WHERE type(r) = $type
     RETURN ${relationshipProjection('r')} AS relationship`,
    { from: target.from, type: target.type, to: target.to },
  );
  return (result.records[0]?.get('relationship') as RelationshipRow | undefined) ?? null;
}

async function readStatistic(tx: ManagedTransaction, key: string): Promise<StatisticRow | null> {
  const result = await tx.run(
    `MATCH (s:Statistic {key: $key}) RETURN ${statisticProjection('s')} AS statistic`,
    { key },
  );
  return (result.records[0]?.get('statistic') as StatisticRow | undefined) ?? null;
}

/** What the validation rules need to know: the cited sources' texts and which keys exist. */
async function knownFacts(tx: ManagedTransaction, sources: string[], keys: string[]): Promise<KnownFacts> {
  const result = await tx.run(
    `CALL () { MATCH (s:Source) WHERE s.key IN $sources RETURN collect([s.key, s.text]) AS texts }
     CALL () { MATCH (e:Entity) WHERE e.key IN $keys RETURN collect(e.key) AS existing }
     RETURN texts, existing`,
    { sources, keys },
  );
  const record = result.records[0];
  const texts = (record?.get('texts') ?? []) as [string, string | null][];
  return {
    sourceTexts: new Map(texts.map(([key, text]) => [key, withoutSpaces(text ?? '')])),
    entityKeys: new Set((record?.get('existing') ?? []) as string[]),
  };
}

/** Appends to the history; the sequence node serialises changes into one total order. */
async function recordChange(
  tx: ManagedTransaction,
  edit: Edit,
  mutation: string,
  keys: string[],
  before: unknown,
  after: unknown,
): Promise<ChangeRow> {
  const result = await tx.run(
    `MERGE (sequence:ChangeSequence {id: 'changes'})
     SET sequence.value = coalesce(sequence.value, 0) + 1
     CREATE (c:Change {id: $id, seq: sequence.value, at: datetime(), who: $who, mutation: $mutation, keys: $keys,
                       before: $before, after: $after})
     RETURN ${CHANGE_FIELDS} AS change`,
    {
      id: edit.changeId,
      who: edit.who,
      mutation,
      keys,
      before: before == null ? null : JSON.stringify(before),
      after: after == null ? null : JSON.stringify(after),
    },
  );
  return result.records[0]?.get('change') as ChangeRow;
}
