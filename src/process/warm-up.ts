import { type ExecutionResult, graphql } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { createContext, type Viewer } from '../context.ts';
import type { AuthSettings } from '../http/auth.ts';
import { playgroundExamples } from '../http/playground-examples.ts';
import type { Logger } from '../logger.ts';
import { Executor, type RecordedStatement, RolledBackWrites } from '../neo4j/executor.ts';
import { schema } from '../schema/index.ts';

/** Each statement's budget in a warm-up after an outage. */
const AGAIN_TIMEOUT_MS = 2_000;

/**
 * Has Neo4j plan the server's statements: before the server takes traffic, and again when Neo4j
 * answers after an outage (src/http/server.ts holds /ready at 503 meanwhile, for at most 3 s).
 *
 * A freshly started Neo4j plans each statement the first time it sees it, in up to a second, and
 * when fifty requests bring the same new statement at once it plans it for each of them: right after
 * `npm start`, `npm run load` (50 connections) had requests waiting over 10 s, and the first write
 * after a restart took 5-9 s. Planned once here, the statements are cached.
 *
 * `reads`, before listening: the playground examples, which cover what most reads send (entities
 * with their typed fields, search, paths, neighbourhoods, statistics, the timeline). `edits`, once
 * listening: every kind of edit, in transactions rolled back (RolledBackWrites), so it leaves
 * nothing behind (no entity, no change, no sequence number used), recording the statements sent.
 * `again`, after an outage: those statements as `EXPLAIN`, which plans them (Neo4j caches the plan
 * for the statement itself) and neither runs nor locks anything, then the examples.
 * A refused query is noted and skipped: warming up must never stop the server from starting.
 */
export class WarmUp {
  private editStatements: RecordedStatement[] = [];

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly auth: AuthSettings,
    private readonly logger: Logger,
  ) {}

  /** The playground examples, all at once: before the server listens. */
  async reads(): Promise<WarmUpSummary> {
    const started = Date.now();
    const refusals: string[] = [];
    await this.examples(this.noter(refusals));
    return this.summary(
      `${playgroundExamples.length} example queries`,
      playgroundExamples.length,
      refusals,
      started,
    );
  }

  /**
   * Every kind of edit, rolled back, one group after another, keeping the statements they sent for
   * `again`: once the server listens, so start-up does not wait for it. A group holds the change
   * log's lock only while it runs, and its entity's key names this process, so the workers of a
   * cluster, each warming up, never wait on each other's keys.
   */
  async edits(): Promise<WarmUpSummary> {
    const started = Date.now();
    const refusals: string[] = [];
    const note = this.noter(refusals);
    const statements: RecordedStatement[] = [];
    for (const [i, group] of EDIT_GROUPS.entries()) {
      const executor = new RolledBackWrites(this.driver, this.database);
      note(`edits ${i + 1}`, await runEditGroup(executor, group, `${process.pid}-${i + 1}`));
      statements.push(...executor.statements);
    }
    this.editStatements = statements;
    return this.summary(`${EDIT_COUNT} edits (rolled back)`, EDIT_COUNT, refusals, started);
  }

  /**
   * Runs the examples and plans the edits' statements again (EXPLAIN): after an outage. One at a
   * time: a Neo4j just back from a crash answers slowly for a while, and the warm-up must take no
   * more than one of its cores from the requests that come back at the same time.
   */
  async again(): Promise<WarmUpSummary> {
    const started = Date.now();
    const refusals: string[] = [];
    // A short budget per statement, and a stop at the first failure: a statement that does not
    // answer means Neo4j is not back yet, and waiting on it would only take time from the requests.
    const explain = new Executor(this.driver, this.database, { timeoutMs: AGAIN_TIMEOUT_MS });
    let statements = 0;
    for (const { cypher, parameters } of this.editStatements) {
      statements += 1;
      const planned = await explain.write(`EXPLAIN ${cypher}`, parameters).then(
        () => true,
        (error: unknown) => {
          refusals.push('EXPLAIN_FAILED');
          this.logger.debug({ err: error }, 'warm-up: an edit statement could not be planned');
          return false;
        },
      );
      if (!planned) break;
    }
    let examples = 0;
    if (!refusals.length) {
      await this.examples(this.noter(refusals), { oneAtATime: true, executor: explain });
      examples = playgroundExamples.length;
    }
    // What was sent: a warm-up that stopped early says so, instead of counting what it skipped.
    return this.summary(
      `${examples} example queries and ${statements} of ${this.editStatements.length} edit statements (EXPLAIN)`,
      examples + statements,
      refusals,
      started,
    );
  }

  private noter(refusals: string[]) {
    return (name: string, result: ExecutionResult) => {
      for (const refusal of result.errors ?? []) {
        // On an empty database (SEED_ON_START=never) the examples' keys are simply NOT_FOUND.
        refusals.push(String(refusal.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
        this.logger.debug({ query: name, message: refusal.message }, 'warm-up query refused');
      }
    };
  }

  /** The playground examples: all at once (Neo4j plans different statements on different cores), or one at a time. */
  private async examples(
    note: (name: string, result: ExecutionResult) => void,
    { oneAtATime = false, executor: reads = new Executor(this.driver, this.database) } = {},
  ): Promise<void> {
    // A reader, so the examples also run where reads need a token (KG_PUBLIC_READS=false).
    const reader: Viewer = { name: 'warm-up', role: 'reader' };
    const run = async (example: (typeof playgroundExamples)[number]) =>
      note(
        example.name,
        await graphql({
          schema,
          source: example.query,
          variableValues: example.variables,
          contextValue: createContext(reads, { viewer: reader, publicReads: this.auth.publicReads }),
        }),
      );
    if (!oneAtATime) {
      await Promise.all(playgroundExamples.map(run));
      return;
    }
    for (const example of playgroundExamples) await run(example);
  }

  private summary(what: string, queries: number, refusals: string[], started: number): WarmUpSummary {
    const ms = Date.now() - started;
    this.logger.info(
      `warm-up: ${what} in ${ms} ms, ${queries - refusals.length} answered` +
        (refusals.length ? `, ${refusals.length} refused (${[...new Set(refusals)].join(', ')})` : ''),
    );
    return { queries, refusals, ms };
  }
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
const EDIT_GROUPS: { edits: string[]; variables?: (key: string) => Record<string, unknown> }[] = [
  { edits: ['created: upsertEntity(input: $entity) { change { seq } }'] },
  {
    edits: [
      'created: upsertEntity(input: $entity) { change { seq } }',
      'linked: addRelationship(input: { from: $key, type: APPLIED_TO, to: "district:qianjiang", citation: $citation }) { change { seq } }',
      'unlinked: removeRelationship(from: $key, type: APPLIED_TO, to: "district:qianjiang") { change { seq } }',
    ],
  },
  {
    edits: [
      'created: upsertEntity(input: $entity) { change { seq } }',
      'figure: upsertStatistic(input: $figure) { change { seq } }',
      'noFigure: removeStatistic(key: $figureKey) { change { seq } }',
    ],
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
    edits: [
      'created: upsertEntity(input: $entity) { change { seq } }',
      'deleted: deleteEntity(key: $key) { change { seq } }',
      'restored: restoreEntity(key: $key) { change { seq } }',
    ],
  },
];
const EDIT_COUNT = EDIT_GROUPS.reduce((count, group) => count + group.edits.length, 0);

/** A group's edits, as the editor `warm-up`, in a transaction rolled back once they have run. */
async function runEditGroup(
  writes: RolledBackWrites,
  group: (typeof EDIT_GROUPS)[number],
  suffix: string,
): Promise<ExecutionResult> {
  const key = `initiative:warm-up-${suffix}`;
  const edits = group.edits.join('\n');
  const uses = (name: string) => edits.includes(`$${name}`);
  const declared = [
    '$entity: UpsertEntityInput!',
    uses('key') ? '$key: String!' : '',
    uses('citation') ? '$citation: CitationInput!' : '',
    uses('figure') ? '$figure: UpsertStatisticInput!, $figureKey: String!' : '',
  ].filter(Boolean);
  const editor: Viewer = { name: 'warm-up', role: 'editor' };
  try {
    return await graphql({
      schema,
      source: `mutation WarmUpEdits(${declared.join(', ')}) { ${edits} }`,
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
        ...group.variables?.(key),
      },
      contextValue: createContext(writes, { viewer: editor, publicReads: true }),
    });
  } finally {
    await writes.rollBack().catch(() => {});
  }
}
