import { describe, expect, it } from 'vitest';
import { Backoff } from '../../src/process/supervisor.ts';

describe('replacing crashed workers', () => {
  it('waits 1 s, doubles for each crash within a minute of the last, stops at 30 s and forgets after a quiet minute', () => {
    const backoff = new Backoff();
    const crashesAt = [0, 5_000, 10_000, 15_000, 20_000, 25_000, 30_000];
    expect(crashesAt.map((t) => backoff.next(t))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
    // A worker that lived more than a minute crashed for another reason: back to the first delay.
    expect(backoff.next(30_000 + 60_001)).toBe(1_000);
  });
});
