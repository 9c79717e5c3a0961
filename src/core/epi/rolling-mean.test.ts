import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trailingMean, trailingSum } from './rolling-mean';

describe('trailingSum / trailingMean', () => {
  it('is null until seven values exist, then the mean of the last seven', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(trailingMean(values)).toEqual([null, null, null, null, null, null, 4, 5, 6]);
  });

  it('is null while an unknown day is in the window', () => {
    const values = [null, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(trailingSum(values)).toEqual([null, null, null, null, null, null, null, 7, 7]);
  });

  it('rejects a window that is not a positive integer', () => {
    expect(() => trailingSum([1], 0)).toThrow(RangeError);
  });

  it('equals the naive window sum for integer counts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 1e7 }), { freq: 10 }), { maxLength: 120 }),
        fc.integer({ min: 1, max: 14 }),
        (values, window) => {
          const fast = trailingSum(values, window);
          values.forEach((_, t) => {
            const slice = t + 1 >= window ? values.slice(t + 1 - window, t + 1) : null;
            const naive = slice === null || slice.some((v) => v === null) ? null : slice.reduce<number>((s, v) => s + (v as number), 0);
            expect(fast[t]).toBe(naive);
          });
        },
      ),
    );
  });
});
