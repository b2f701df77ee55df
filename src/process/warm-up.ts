import { type DocumentNode, type ExecutionResult, graphql, parse } from 'graphql';
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
 * the timeline. The edits run in one transaction that is rolled back (RolledBackWrites), so they
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
  const writes = new RolledBackWrites(driver, database);
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
    runEdits(writes)
      .then((result) => note('edits', result))
      .finally(() => writes.rollBack().catch(() => {})),
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
const KEY = 'initiative:warm-up';
/** A sentence that occurs once in the article, so the quote needs no other citation to be placed. */
const QUOTE = '黔江以“三联三促”狠抓管理';
const citation = (quote: string) => ({ source: SOURCE, quote });
const entity = (nameEn: string) => ({
  key: KEY,
  type: 'INITIATIVE',
  name: '三联三促',
  nameEn,
  aliases: [],
  citations: [citation(QUOTE)],
});

/**
 * Every edit a curator makes, each mutation field its own edit (they run in order), on an entity of
 * their own: created, changed, linked, given a figure, and all of it taken back.
 */
const EDITS: DocumentNode = parse(`
  mutation WarmUpEdits($created: UpsertEntityInput!, $changed: UpsertEntityInput!,
      $link: AddRelationshipInput!, $figure: UpsertStatisticInput!, $figureKey: String!) {
    created: upsertEntity(input: $created) { change { seq } }
    changed: upsertEntity(input: $changed) { change { seq } }
    linked: addRelationship(input: $link) { change { seq } }
    unlinked: removeRelationship(from: "${KEY}", type: APPLIED_TO, to: "district:qianjiang") { change { seq } }
    figure: upsertStatistic(input: $figure) { change { seq } }
    noFigure: removeStatistic(key: $figureKey) { change { seq } }
    deleted: deleteEntity(key: "${KEY}") { change { seq } }
    restored: restoreEntity(key: "${KEY}") { change { seq } }
  }
`);
const EDIT_COUNT = 8;

function runEdits(writes: RolledBackWrites) {
  const editor: Viewer = { name: 'warm-up', role: 'editor' };
  return graphql({
    schema,
    source: EDITS.loc?.source ?? '',
    variableValues: {
      created: entity('Warm-up'),
      changed: entity('Warm-up, changed'),
      link: { from: KEY, type: 'APPLIED_TO', to: 'district:qianjiang', citation: citation(QUOTE) },
      figure: {
        subject: KEY,
        metric: 'warm_up',
        label: '产茧量',
        value: 70000,
        unit: 'dan',
        valueText: '7万担',
        year: 2020,
        citation: citation('2020年，全区实现产茧7万担'),
      },
      figureKey: `${KEY}|warm_up|2020`,
    },
    contextValue: createContext(writes, { viewer: editor, publicReads: true }),
  });
}
