import fc from 'fast-check';
import jStat from 'jstat';
import { describe, expect, it } from 'vitest';
import { regularizedGamma } from './regularized-gamma';

describe('regularizedGamma', () => {
  it('agrees with jstat where jstat is exact (shapes 100..2000)', () => {
    for (const a of [100, 250.5, 1000, 2000]) {
      for (const z of [-3, -1, 0, 1, 3]) {
        const x = a + z * Math.sqrt(a);
        const expected = jStat.lowRegGamma(a, x);
        // jstat's Lanczos ln Γ is good to about 2e-10, which bounds the agreement.
        expect(Math.abs(regularizedGamma(a, x).p - expected) / expected).toBeLessThan(1e-9);
      }
    }
  });

  it('P + Q = 1 and P grows with x', () => {
    fc.assert(
      fc.property(fc.double({ min: 100, max: 1e7, noNaN: true }), fc.double({ min: -6, max: 6, noNaN: true }), (a, z) => {
        const x = Math.max(0, a + z * Math.sqrt(a));
        const here = regularizedGamma(a, x);
        expect(here.p + here.q).toBeCloseTo(1, 12);
        expect(regularizedGamma(a, x * 1.001 + 1).p).toBeGreaterThanOrEqual(here.p);
      }),
    );
  });

  it('is 0 at x = 0', () => {
    expect(regularizedGamma(500, 0)).toEqual({ p: 0, q: 1 });
  });
});
