import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailyNew } from './daily-new';

describe('dailyNew', () => {
  it('differences cumulative counts; the first day has no earlier report', () => {
    expect(dailyNew([5, 7, 7, 12])).toEqual({
      reported: [null, 2, 0, 5],
      counted: [null, 2, 0, 5],
      negative: [false, false, false, false],
    });
  });

  it('keeps a downward revision as reported, flags it, and counts it as 0', () => {
    const result = dailyNew([10, 15, 12, 20]);
    expect(result.reported).toEqual([null, 5, -3, 8]);
    expect(result.counted).toEqual([null, 5, 0, 8]);
    expect(result.negative).toEqual([false, false, true, false]);
  });

  it('handles an empty series', () => {
    expect(dailyNew([])).toEqual({ reported: [], counted: [], negative: [] });
  });

  it('reported differences add back up to the last cumulative count', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 200 }), (cumulative) => {
        const { reported, counted, negative } = dailyNew(cumulative);
        const total = reported.reduce<number>((sum, value) => sum + (value ?? 0), cumulative[0]);
        expect(total).toBe(cumulative[cumulative.length - 1]);
        counted.forEach((value, i) => {
          if (i > 0) expect(value).toBe(Math.max(0, reported[i] as number));
          expect(negative[i]).toBe((reported[i] ?? 0) < 0);
        });
      }),
    );
  });
});
