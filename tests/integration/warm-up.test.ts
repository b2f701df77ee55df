import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTH_SETTINGS } from '../../src/http/auth.ts';
import { createLogger } from '../../src/logger.ts';
import { warmUp } from '../../src/process/warm-up.ts';
import { useSeededServer } from '../support/fixture.ts';

describe('the warm-up', () => {
  const kg = useSeededServer({ seed: true });

  it('runs every example query and every kind of edit, and leaves the graph as it was', async () => {
    const checksum = await kg.checksum();
    const { lastChangeSeq } = await kg.data<{ lastChangeSeq: number }>('{ lastChangeSeq }');
    const changes = await kg.cypher<{ count: number }>('MATCH (c:Change) RETURN count(c) AS count');

    const summary = await warmUp(kg.driver, kg.database, DEFAULT_AUTH_SETTINGS, createLogger('silent'));

    // Nothing refused: each edit found what the ones before it made (the link its new entity, the
    // removals what was added), inside the one transaction that was then rolled back.
    expect(summary.refusals).toEqual([]);
    expect(summary.queries).toBe(20);
    // The ten edits committed nothing: no entity, relationship, figure, change or sequence number.
    expect(await kg.checksum()).toBe(checksum);
    expect(await kg.cypher("MATCH (n) WHERE n.key STARTS WITH 'initiative:warm-up' RETURN n")).toEqual([]);
    expect(await kg.cypher<{ count: number }>('MATCH (c:Change) RETURN count(c) AS count')).toEqual(changes);
    expect((await kg.data<{ lastChangeSeq: number }>('{ lastChangeSeq }')).lastChangeSeq).toBe(lastChangeSeq);
  });
});
