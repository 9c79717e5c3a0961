import { describe, expect, it } from 'vitest';
import { hubBaseline } from './hub-baseline';
import { HUB_QUANTILE_LEVELS, quantileSorted } from './hub-quantiles';
import { createRandom } from './seeded-random';

describe('hubBaseline (COVIDhub-baseline)', () => {
  const weekly = [1_000, 1_200, 1_100, 1_500, 1_400, 1_600];

  it('puts the median of every horizon on the last weekly total, the spread widening with the horizon', () => {
    const quantiles = hubBaseline(weekly, createRandom(1)) as number[][];
    expect(quantiles).toHaveLength(4);
    for (const q of quantiles) expect(q[11]).toBeCloseTo(1_600, 6);
    const width = (q: number[]) => q[21] - q[1];
    for (let h = 1; h < 4; h++) expect(width(quantiles[h])).toBeGreaterThan(width(quantiles[h - 1]));
  });

  it('horizon 1 is the last value plus the quantiles of the symmetrised changes, as the R code computes it', () => {
    // changes 200, −100, 400, −100, 200 and their negatives
    const changes = [200, -100, 400, -100, 200, -200, 100, -400, 100, -200].sort((a, b) => a - b);
    const quantiles = hubBaseline(weekly, createRandom(1), { horizons: 1, samples: 100_001 }) as number[][];
    HUB_QUANTILE_LEVELS.forEach((p, i) => expect(quantiles[0][i]).toBeCloseTo(1_600 + quantileSorted(changes, p), 1));
  });

  it('is symmetric around the last value while far from zero, and never below zero', () => {
    const far = hubBaseline([10_000, 10_300, 10_100, 10_400], createRandom(2)) as number[][];
    for (const q of far) HUB_QUANTILE_LEVELS.forEach((_, i) => expect(q[i] + q[22 - i]).toBeCloseTo(2 * 10_400, -2));
    const near = hubBaseline([10, 400, 20, 30], createRandom(3)) as number[][];
    for (const q of near) expect(Math.min(...q)).toBe(0);
  });

  it('needs two weekly totals', () => {
    expect(hubBaseline([500], createRandom(1))).toBeNull();
  });
});
