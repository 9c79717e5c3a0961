import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deathsScore, growthScore, healthSystemWeaknessScore, incidenceScore } from './severity-scales';

describe('severity scales', () => {
  it('puts documented reference points where the ADR says', () => {
    expect(incidenceScore(0)).toBe(0);
    expect(incidenceScore(100)).toBeCloseTo(0.668, 3);
    expect(incidenceScore(1000)).toBe(1);
    expect(incidenceScore(5000)).toBe(1);
    expect(growthScore(0.5)).toBe(0);
    expect(growthScore(1)).toBe(0.5);
    expect(growthScore(2)).toBe(1);
    expect(growthScore(0)).toBe(0);
    expect(deathsScore(250)).toBe(1);
    expect(deathsScore(10)).toBeCloseTo(0.434, 3);
    expect(healthSystemWeaknessScore(0.5)).toBe(1);
    expect(healthSystemWeaknessScore(8)).toBe(0);
    expect(healthSystemWeaknessScore(2.77)).toBeCloseTo(0.383, 3);
  });

  it('stays in 0..1 and moves the right way', () => {
    const value = fc.double({ min: 0, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(value, value, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        for (const score of [incidenceScore, growthScore, deathsScore]) {
          expect(score(lo)).toBeGreaterThanOrEqual(0);
          expect(score(hi)).toBeLessThanOrEqual(1);
          expect(score(lo)).toBeLessThanOrEqual(score(hi));
        }
        expect(healthSystemWeaknessScore(lo)).toBeGreaterThanOrEqual(healthSystemWeaknessScore(hi)); // fewer beds, weaker
      }),
    );
  });
});
