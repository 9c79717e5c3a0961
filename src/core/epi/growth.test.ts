import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doublingTimeDays, weeklyGrowth } from './growth';

describe('weeklyGrowth', () => {
  it('divides each 7-day sum by the one a week earlier', () => {
    const sums = [null, null, null, null, null, null, 10, 10, 10, 10, 10, 10, 10, 20, 5, 0];
    const growth = weeklyGrowth(sums);
    expect(growth.slice(0, 13)).toEqual(new Array(13).fill(null));
    expect(growth[13]).toBe(2);
    expect(growth[14]).toBe(0.5);
    expect(growth[15]).toBe(0);
  });

  it('is null when the previous week had no cases', () => {
    const sums = [0, 0, 0, 0, 0, 0, 0, 3];
    expect(weeklyGrowth(sums)[7]).toBeNull();
  });
});

describe('doublingTimeDays', () => {
  it('is seven days when cases double every week', () => {
    expect(doublingTimeDays(2)).toBeCloseTo(7, 12);
    expect(doublingTimeDays(4)).toBeCloseTo(3.5, 12);
  });

  it('is null unless the epidemic grows', () => {
    expect(doublingTimeDays(1)).toBeNull();
    expect(doublingTimeDays(0.5)).toBeNull();
    expect(doublingTimeDays(null)).toBeNull();
  });

  it('inverts: growth^(doubling/7) = 2', () => {
    fc.assert(
      fc.property(fc.double({ min: 1.0001, max: 1000, noNaN: true }), (growth) => {
        const days = doublingTimeDays(growth) as number;
        expect(growth ** (days / 7)).toBeCloseTo(2, 9);
      }),
    );
  });
});
