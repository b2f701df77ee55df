import type { Driver } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { Entity, Relationship, SourceWithText, Statistic } from '../../src/domain/shapes.ts';
import type { Edit } from '../../src/graph/change-log.ts';
import { EntityRepository } from '../../src/graph/entities.ts';
import { RelationshipRepository } from '../../src/graph/relationships.ts';
import { SourceRepository } from '../../src/graph/sources.ts';
import { StatisticRepository } from '../../src/graph/statistics.ts';
import { type EntityRow, entityRow, relationshipRow } from '../../src/graph/storage.ts';
import { Executor } from '../../src/neo4j/executor.ts';

/**
 * The Cypher of every edit, as text: each mutation's statements, in the order the edit template
 * (src/graph/edit.ts) sends them, are kept in edit-statements/<mutation>.cypher, to read or to paste
 * into `EXPLAIN`. They are captured from the repositories' own code paths through the real executor,
 * on a driver that records what it is sent and answers with what each statement would return; what
 * the statements do to a graph is for the integration tests (curation, write-races) to prove.
 */

const SOURCE = 'qianjiang-2021-04-15';
const QUOTE = '2020年，全区实现产茧7万担';
const EDIT: Edit = { changeId: 'change-1', who: 'alice' };

interface Sent {
  cypher: string;
  parameters: Record<string, unknown>;
}

/** What the database holds for one scenario: the locked node, and what the step's own reads find. */
interface Scenario {
  /** The locked node's row (through the lock's projection), or none. */
  locked?: unknown;
  /** Answers to the write step's reads (not openEdit's, not the write's), in order. */
  reads?: (Record<string, unknown> | undefined)[];
  /** Whether the change is already committed (a retried transaction). */
  replayed?: boolean;
}

const CHANGE = {
  id: EDIT.changeId,
  seq: 1,
  at: '2026-01-01T00:00:00Z',
  who: EDIT.who,
  mutation: 'm',
  keys: [],
  before: null,
  after: null,
};

/**
 * A driver whose one session runs the work on a transaction that records each statement and
 * answers: openEdit with the scenario's lock, the write with its change's `after` read back.
 */
function recordingDriver(scenario: Scenario, sent: Sent[]): Driver {
  const reads = [...(scenario.reads ?? [])];
  const answer = (cypher: string, parameters: Record<string, unknown>) => {
    if (cypher.includes('OPTIONAL MATCH (replayed:Change')) {
      const keys = Array.isArray(parameters.keys) ? parameters.keys : [];
      return {
        replayed: scenario.replayed ? CHANGE : null,
        texts: [[SOURCE, QUOTE]],
        existing: keys,
        existed: scenario.locked != null,
        version: scenario.locked == null ? null : 1,
        row: scenario.locked ?? null,
        taken: false,
      };
    }
    if (cypher.includes('CREATE (change:Change')) {
      const { after } = parameters.change as { after: string | null };
      const row = after == null ? null : JSON.parse(after);
      return { entity: row, relationship: row, statistic: row, source: row, change: CHANGE };
    }
    return reads.shift();
  };
  const tx = {
    run: async (cypher: string, parameters: Record<string, unknown> = {}) => {
      sent.push({ cypher, parameters });
      const row = answer(cypher, parameters);
      return {
        records: row ? [{ toObject: () => row }] : [],
        summary: { counters: { updates: () => ({}) } },
      };
    },
  };
  const session = {
    executeWrite: (work: (transaction: typeof tx) => Promise<unknown>) => work(tx),
    close: async () => {},
  };
  const driver: Partial<Driver> = { session: () => session as never };
  return driver as Driver;
}

/** One statement as it reads best: blank lines dropped, indented by its braces. */
function layout(cypher: string): string {
  let depth = 0;
  const lines: string[] = [];
  for (const raw of cypher.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const opens = (line.match(/[{[(]/g) ?? []).length;
    const closes = (line.match(/[}\])]/g) ?? []).length;
    const leading = /^[}\])]/.test(line) ? 1 : 0;
    lines.push(`${'  '.repeat(Math.max(0, depth - leading))}${line}`);
    depth = Math.max(0, depth + opens - closes);
  }
  return lines.join('\n');
}

const describeStatements = (sent: Sent[]) =>
  sent
    .map(
      ({ cypher, parameters }, i) =>
        `// ${i + 1}. parameters: ${Object.keys(parameters)
          .map((name) => `$${name}`)
          .join(', ')}\n${layout(cypher)};`,
    )
    .join('\n\n');

/** The statements of one edit, first as it runs, then as a retry finds its change committed. */
async function statementsOf(
  scenario: Scenario,
  run: (executor: Executor) => Promise<{ change: unknown }>,
): Promise<string> {
  const sections: string[] = [];
  for (const replayed of [false, true]) {
    const sent: Sent[] = [];
    const executor = new Executor(recordingDriver({ ...scenario, replayed }, sent), 'neo4j');
    const result = await run(executor);
    expect(result.change).toEqual(CHANGE);
    expect(sent.length).toBeGreaterThan(0);
    sections.push(
      `// ${replayed ? 'Retried after its change committed' : 'The edit'}: ${sent.length} statement${sent.length > 1 ? 's' : ''}, then the commit.\n\n${describeStatements(sent)}`,
    );
  }
  return `${sections.join('\n\n')}\n`;
}

const entity: Entity = {
  key: 'town:jinxi',
  type: 'TOWN',
  name: '金溪镇',
  nameEn: 'Jinxi',
  aliases: [],
  citations: [{ source: SOURCE, quote: QUOTE }],
};
const QUOTE_SPAN = { start: 0, end: [...QUOTE].length };
const stored: EntityRow = entityRow(entity, 1, [QUOTE_SPAN]);
const relationship: Relationship = {
  from: 'org:citic-group',
  type: 'SUPPORTS',
  to: 'town:jinxi',
  citation: { source: SOURCE, quote: QUOTE },
};
const statistic: Statistic = {
  subject: 'town:jinxi',
  metric: 'cocoon_output',
  label: '产茧',
  value: 70000,
  unit: 'dan',
  valueText: '7万担',
  year: 2020,
  citation: { source: SOURCE, quote: QUOTE },
};
const source: SourceWithText = {
  key: 'note',
  title: '笔记',
  publishedOn: '2021-04-16',
  editors: [],
  designers: [],
  text: QUOTE,
};

/** Every mutation of the API, each through its repository's own code path. */
const EDITS: Record<
  string,
  { scenario: Scenario; run: (executor: Executor) => Promise<{ change: unknown }> }
> = {
  upsertEntity: { scenario: {}, run: (x) => new EntityRepository(x).upsert(entity, undefined, EDIT) },
  deleteEntity: {
    scenario: { locked: stored },
    run: (x) => new EntityRepository(x).delete(entity.key, 1, EDIT),
  },
  restoreEntity: {
    scenario: { locked: stored, reads: [{ entity: stored }] },
    run: (x) => new EntityRepository(x).restore(entity.key, EDIT),
  },
  addRelationship: {
    scenario: { reads: [{ relationship: relationshipRow(relationship, QUOTE_SPAN) }] },
    run: (x) => new RelationshipRepository(x).add(relationship, EDIT),
  },
  removeRelationship: {
    scenario: { reads: [{ relationship: relationshipRow(relationship, QUOTE_SPAN) }] },
    run: (x) => new RelationshipRepository(x).remove(relationship, EDIT),
  },
  upsertStatistic: {
    scenario: { reads: [{ statistic: null }] },
    run: (x) => new StatisticRepository(x).upsert(statistic, EDIT),
  },
  removeStatistic: {
    scenario: { locked: { key: 'town:jinxi|cocoon_output|2020', subject: 'town:jinxi' } },
    run: (x) => new StatisticRepository(x).remove('town:jinxi|cocoon_output|2020', EDIT),
  },
  addSource: {
    scenario: { reads: [undefined] },
    run: (x) => new SourceRepository(x).add(source, EDIT),
  },
};

describe('the Cypher of every edit', () => {
  for (const [mutation, { scenario, run }] of Object.entries(EDITS)) {
    it(`${mutation}: edit-statements/${mutation}.cypher`, async () => {
      await expect(await statementsOf(scenario, run)).toMatchFileSnapshot(
        `edit-statements/${mutation}.cypher`,
      );
    });
  }

  it('ends every write with the change it records, all values passed as parameters', async () => {
    for (const { scenario, run } of Object.values(EDITS)) {
      const sent: Sent[] = [];
      await run(new Executor(recordingDriver(scenario, sent), 'neo4j'));
      const writes = sent.filter(({ cypher }) => cypher.includes('CREATE (change:Change'));
      expect(writes).toHaveLength(1);
      expect(sent.at(-1)).toBe(writes[0]);
      // No input value is spliced into the text: keys, quotes and names travel as parameters.
      for (const { cypher } of sent)
        for (const value of ['town:jinxi', 'org:citic-group', QUOTE, '金溪镇', 'note', SOURCE])
          expect(cypher).not.toContain(value);
    }
  });
});
