import { describe, expect, it } from 'vitest';
import { wilsonInterval } from './wilson-interval';

describe('wilsonInterval', () => {
  // Newcombe RG (1998), Two-sided confidence intervals for the single proportion: comparison of seven
  // methods. Stat Med 17:857-872, Table II, method 3 (score interval without continuity correction).
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ])('%i of %i gives Newcombe’s published interval', (count, total, lower, upper) => {
    const interval = wilsonInterval(count, total);
    expect(interval.lower).toBeCloseTo(lower, 4);
    expect(interval.upper).toBeCloseTo(upper, 4);
  });

  it('is symmetric in successes and failures, and contains the share', () => {
    for (const [count, total] of [[3, 7], [10, 10], [1, 1000]] as const) {
      const a = wilsonInterval(count, total);
      const b = wilsonInterval(total - count, total);
      expect(a.lower).toBeCloseTo(1 - b.upper, 12);
      expect(a.lower).toBeLessThanOrEqual(count / total);
      expect(a.upper).toBeGreaterThanOrEqual(count / total);
    }
  });

  it('says nothing (0 to 1) without trials', () => {
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
  });
});
