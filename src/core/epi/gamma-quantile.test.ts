import fc from 'fast-check';
import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import { gammaQuantile } from './gamma-quantile';
import { regularizedGamma } from './regularized-gamma';

describe('gammaQuantile', () => {
  it('uses jstat up to shape 1,000, and the large-shape solver agrees with jstat just above it', () => {
    expect(gammaQuantile(0.025, 50, 0.01)).toBe(jStat.gamma.inv(0.025, 50, 0.01));
    for (const shape of [1000.5, 1500, 4000]) {
      for (const p of [0.025, 0.5, 0.975]) {
        const expected = jStat.gamma.inv(p, shape, 2);
        expect(Math.abs(gammaQuantile(p, shape, 2) - expected) / expected).toBeLessThan(1e-10);
      }
    }
  });

  it('inverts the CDF for large shapes', () => {
    fc.assert(
      fc.property(fc.double({ min: 1001, max: 2e7, noNaN: true }), fc.double({ min: 0.001, max: 0.999, noNaN: true }), (shape, p) => {
        const x = gammaQuantile(p, shape, 1);
        const { p: lower, q } = regularizedGamma(shape, x);
        if (p <= 0.5) expect(Math.abs(lower - p) / p).toBeLessThan(1e-11);
        else expect(Math.abs(q - (1 - p)) / (1 - p)).toBeLessThan(1e-11);
      }),
    );
  });

  it('scales with the scale parameter', () => {
    expect(gammaQuantile(0.975, 5000, 3) / gammaQuantile(0.975, 5000, 1)).toBeCloseTo(3, 12);
  });

  it('is NaN outside its domain', () => {
    expect(gammaQuantile(0, 5, 1)).toBeNaN();
    expect(gammaQuantile(0.5, 0, 1)).toBeNaN();
    expect(gammaQuantile(0.5, 5, -1)).toBeNaN();
  });
});
