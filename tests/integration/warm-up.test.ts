import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_SETTINGS } from '../../src/http/auth.ts';
import { createLogger } from '../../src/logger.ts';
import { WarmUp } from '../../src/process/warm-up.ts';
import { useSeededServer } from '../support/fixture.ts';

describe('the warm-up', () => {
  const kg = useSeededServer({ seed: true });

  it('runs every example query and every kind of edit, then plans the edits again, and leaves the graph as it was', async () => {
    const checksum = await kg.checksum();
    const { lastChangeSeq } = await kg.data<{ lastChangeSeq: number }>('{ lastChangeSeq }');
    const changes = await kg.cypher<{ count: number }>('MATCH (c:Change) RETURN count(c) AS count');

    const warm = new WarmUp(kg.driver, kg.database, DEFAULT_AUTH_SETTINGS, createLogger('silent'));
    const reads = await warm.reads();
    const summary = await warm.edits();
    // After an outage: the examples again, and the statements the edits sent, planned (EXPLAIN).
    const again = await warm.again();

    expect(again.refusals).toEqual([]);
    expect(again.queries).toBeGreaterThan(reads.queries + summary.queries);
    // Nothing refused: each edit found what the ones before it made (the link its new entity, the
    // removals what was added), inside its group's transaction, then rolled back.
    expect(summary.refusals).toEqual([]);
    expect(reads.refusals).toEqual([]);
    expect(reads.queries).toBe(10);
    expect(summary.queries).toBe(10);
    // The ten edits committed nothing: no entity, relationship, figure, change or sequence number.
    expect(await kg.checksum()).toBe(checksum);
    expect(await kg.cypher("MATCH (n) WHERE n.key STARTS WITH 'initiative:warm-up' RETURN n")).toEqual([]);
    expect(await kg.cypher<{ count: number }>('MATCH (c:Change) RETURN count(c) AS count')).toEqual(changes);
    expect((await kg.data<{ lastChangeSeq: number }>('{ lastChangeSeq }')).lastChangeSeq).toBe(lastChangeSeq);
  });
});
