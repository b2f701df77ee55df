import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../explorer/src/live.ts';

/** The explorer's reconnection back-off (explorer/src/live.ts). */
describe('backoffMs', () => {
  it('starts at half a second and doubles, with up to half again at random', () => {
    expect([0, 1, 2, 3].map((attempt) => backoffMs(attempt, 0))).toEqual([500, 1000, 2000, 4000]);
    expect(backoffMs(0, 1)).toBe(750);
  });

  it('stops growing at 30 s (45 s with the most jitter)', () => {
    expect(backoffMs(6, 0)).toBe(30_000);
    expect(backoffMs(40, 0)).toBe(30_000);
    expect(backoffMs(40, 1)).toBe(45_000);
  });
});
