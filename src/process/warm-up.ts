import { type ExecutionResult, graphql } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createContext, type Viewer } from '../context.ts';
import type { AuthSettings } from '../http/auth.ts';
import { playgroundExamples } from '../http/playground-examples.ts';
import type { Logger } from '../logger.ts';
import { Executor, RolledBackWrites } from '../neo4j/executor.ts';
import { schema } from '../schema/index.ts';

/**
 * Runs the playground examples and every kind of edit once, in-process, before the server takes
 * traffic, and again when Neo4j answers after an outage (src/http/server.ts holds /ready at 503
 * meanwhile).
 *
 * A freshly started Neo4j plans each statement the first time it sees it, in up to a second, and
 * when fifty requests bring the same new statement at once it plans it for each of them: right after
 * `npm start`, `npm run load` (50 connections) had requests waiting over 10 s, and the first write
 * after a restart took 5-9 s. Planned once here, the statements are cached. The examples cover what
 * most reads send: entities with their typed fields, search, paths, neighbourhoods, statistics and
 * the timeline. The edits run in transactions that are rolled back (RolledBackWrites), so they
 * leave nothing behind: no entity, no change, no sequence number used.
 * A refused query is noted and skipped: warming up must never stop the server from starting.
 */
export async function warmUp(
  driver: Driver,
  database: string,
  auth: AuthSettings,
  logger: Logger,
): Promise<WarmUpSummary> {
  const started = Date.now();
  const refusals: string[] = [];
  const note = (name: string, result: ExecutionResult) => {
    for (const refusal of result.errors ?? []) {
      // On an empty database (SEED_ON_START=never) the examples' keys are simply NOT_FOUND.
      refusals.push(String(refusal.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
      logger.debug({ query: name, message: refusal.message }, 'warm-up query refused');
    }
  };
  // A reader, so the examples also run where reads need a token (KG_PUBLIC_READS=false).
  const reader: Viewer = { name: 'warm-up', role: 'reader' };
  const reads = new Executor(driver, database);
  // All at once: Neo4j plans different statements on different cores.
  await Promise.all([
    ...playgroundExamples.map(async (example) =>
      note(
        example.name,
        await graphql({
          schema,
          source: example.query,
          variableValues: example.variables,
          contextValue: createContext(reads, { viewer: reader, publicReads: auth.publicReads }),
        }),
      ),
    ),
    ...EDIT_GROUPS.map(async (group, i) =>
      note(`edits ${i + 1}`, await runEditGroup(driver, database, group, i)),
    ),
  ]);
  const queries = playgroundExamples.length + EDIT_COUNT;
  const ms = Date.now() - started;
  logger.info(
    `warm-up: ${playgroundExamples.length} example queries and ${EDIT_COUNT} edits (rolled back) ` +
      `in ${ms} ms, ${queries - refusals.length} answered` +
      (refusals.length ? `, ${refusals.length} refused (${[...new Set(refusals)].join(', ')})` : ''),
  );
  return { queries, refusals, ms };
}

/** What a warm-up did: how many queries it sent, the codes of those refused, and how long it took. */
export interface WarmUpSummary {
  queries: number;
  refusals: string[];
  ms: number;
}

const SOURCE = 'qianjiang-2021-04-15';
/** A sentence that occurs once in the article, so the quote needs no other citation to be placed. */
const QUOTE = '黔江以“三联三促”狠抓管理';
const citation = (quote: string) => ({ source: SOURCE, quote });

/**
 * Every kind of edit a curator makes, in four groups. Each group is one transaction, rolled back as
 * soon as it has run, on an entity of its own that it first creates: the edits of a group need
 * what the ones before them made, and a group holds the change log's lock only while it runs. The
 * groups run at once, so Neo4j plans their statements side by side.
 */
const EDIT_GROUPS: { edits: string; variables: (key: string) => Record<string, unknown> }[] = [
  {
    edits: 'created: upsertEntity(input: $entity) { change { seq } }',
    variables: () => ({}),
  },
  {
    edits: `created: upsertEntity(input: $entity) { change { seq } }
      linked: addRelationship(input: { from: $key, type: APPLIED_TO, to: "district:qianjiang", citation: $citation }) { change { seq } }
      unlinked: removeRelationship(from: $key, type: APPLIED_TO, to: "district:qianjiang") { change { seq } }`,
    variables: () => ({}),
  },
  {
    edits: `created: upsertEntity(input: $entity) { change { seq } }
      figure: upsertStatistic(input: $figure) { change { seq } }
      noFigure: removeStatistic(key: $figureKey) { change { seq } }`,
    variables: (key) => ({
      figure: {
        subject: key,
        metric: 'warm_up',
        label: '产茧量',
        value: 70000,
        unit: 'dan',
        valueText: '7万担',
        year: 2020,
        citation: citation('2020年，全区实现产茧7万担'),
      },
      figureKey: `${key}|warm_up|2020`,
    }),
  },
  {
    edits: `created: upsertEntity(input: $entity) { change { seq } }
      deleted: deleteEntity(key: $key) { change { seq } }
      restored: restoreEntity(key: $key) { change { seq } }`,
    variables: () => ({}),
  },
];
const EDIT_COUNT = 10;

/** A group's edits, as the editor `warm-up`, in a transaction rolled back once they have run. */
async function runEditGroup(
  driver: Driver,
  database: string,
  group: (typeof EDIT_GROUPS)[number],
  index: number,
): Promise<ExecutionResult> {
  const key = `initiative:warm-up-${index + 1}`;
  const uses = (name: string) => group.edits.includes(`$${name}`);
  const declared = [
    '$entity: UpsertEntityInput!',
    uses('key') ? '$key: String!' : '',
    uses('citation') ? '$citation: CitationInput!' : '',
    uses('figure') ? '$figure: UpsertStatisticInput!, $figureKey: String!' : '',
  ].filter(Boolean);
  const writes = new RolledBackWrites(driver, database);
  const editor: Viewer = { name: 'warm-up', role: 'editor' };
  try {
    return await graphql({
      schema,
      source: `mutation WarmUpEdits${index + 1}(${declared.join(', ')}) { ${group.edits} }`,
      variableValues: {
        entity: {
          key,
          type: 'INITIATIVE',
          name: '三联三促',
          nameEn: 'Warm-up',
          aliases: [],
          citations: [citation(QUOTE)],
        },
        key,
        citation: citation(QUOTE),
        ...group.variables(key),
      },
      contextValue: createContext(writes, { viewer: editor, publicReads: true }),
    });
  } finally {
    await writes.rollBack().catch(() => {});
  }
}
