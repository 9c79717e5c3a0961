import { describe, expect, it } from 'vitest';
import { HUB_QUANTILE_LEVELS, quantileSorted, sampleQuantiles } from './hub-quantiles';

describe('Forecast Hub quantiles', () => {
  it('has the 23 levels, symmetric around the median', () => {
    expect(HUB_QUANTILE_LEVELS).toHaveLength(23);
    expect(HUB_QUANTILE_LEVELS[11]).toBe(0.5);
    HUB_QUANTILE_LEVELS.forEach((p, i) => expect(p + HUB_QUANTILE_LEVELS[22 - i]).toBeCloseTo(1, 12));
  });

  it("interpolates as R's quantile(type = 7)", () => {
    // R: quantile(1:10, c(0.1, 0.25, 0.5, 0.99)) → 1.90 3.25 5.50 9.91; quantile(c(1, 2, 3, 4), 0.25) → 1.75
    expect([0.1, 0.25, 0.5, 0.99].map((p) => quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p))).toEqual([1.9, 3.25, 5.5, expect.closeTo(9.91, 12) as unknown as number]);
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([], 0.5)).toBeNaN();
    expect(sampleQuantiles(Float64Array.from([4, 1, 3, 2]), [0, 1])).toEqual([1, 4]);
  });
});
