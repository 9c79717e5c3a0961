import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overallInfectivity } from './overall-infectivity';
import { CORI_DEFAULTS, rtCori } from './rt-cori';
import { serialIntervalWeights } from './serial-interval';

interface GoldenSeries {
  iso3: string;
  incidence: (number | null)[];
  lambda: number[];
  rt: ({ mean: number; lower: number; upper: number } | null)[];
}
// Computed independently by scripts/golden/rt_cori_reference.py (scipy.stats.gamma) from real JHU series.
const golden = JSON.parse(readFileSync(new URL('./__golden__/rt-cori.golden.json', import.meta.url), 'utf8')) as {
  window: number;
  priorShape: number;
  priorScale: number;
  maxCv: number;
  series: GoldenSeries[];
};

const relative = (actual: number, expected: number): number => Math.abs(actual - expected) / Math.abs(expected);
const weights = serialIntervalWeights();

describe('rtCori against the scipy reference (real JHU series)', () => {
  it('uses the same options as the reference', () => {
    expect(CORI_DEFAULTS).toEqual({ window: golden.window, priorShape: golden.priorShape, priorScale: golden.priorScale, maxCv: golden.maxCv });
  });

  for (const series of golden.series) {
    it(`${series.iso3}: Λ, posterior mean and 95% interval agree to 1e-9 relative, nulls in the same places`, () => {
      const lambda = overallInfectivity(series.incidence, weights);
      series.lambda.forEach((expected, t) => {
        if (expected === 0) expect(lambda[t]).toBe(0);
        else expect(relative(lambda[t], expected)).toBeLessThan(1e-9);
      });
      const rt = rtCori(series.incidence, weights);
      expect(rt.length).toBe(series.rt.length);
      let worst = 0;
      series.rt.forEach((expected, t) => {
        const actual = rt[t];
        if (expected === null) {
          expect(actual, `day ${t}`).toBeNull();
          return;
        }
        expect(actual, `day ${t}`).not.toBeNull();
        for (const key of ['mean', 'lower', 'upper'] as const) worst = Math.max(worst, relative(actual![key], expected[key]));
      });
      expect(worst).toBeLessThan(1e-9);
      expect(series.rt.filter((e) => e !== null).length).toBeGreaterThan(900);
    });
  }
});

describe('rtCori properties', () => {
  it('is null for the first week and while a window holds an unknown day', () => {
    const rt = rtCori([null, ...new Array(30).fill(100)], weights);
    expect(rt.slice(0, 7).every((r) => r === null)).toBe(true);
    expect(rt[7]).not.toBeNull();
  });

  it('is null with too few cases (posterior CV above 0.3) and with no earlier cases', () => {
    expect(rtCori([0, ...new Array(20).fill(1)], weights)[20]).toBeNull(); // 7 cases a week: CV = 1/√8
    const firstCases = [0, 0, 0, 0, 0, 0, 0, 0, 50];
    expect(rtCori(firstCases, weights)[8]).toBeNull(); // Σ Λ = 0
  });

  it('tends to 1 for a long constant incidence', () => {
    const rt = rtCori(new Array(200).fill(1000), weights);
    expect(rt[199]!.mean).toBeCloseTo(1, 3);
  });

  it('keeps lower ≤ mean ≤ upper and is scale-free in the weights', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 8, maxLength: 80 }), (incidence) => {
        const rt = rtCori(incidence, weights);
        for (const r of rt) {
          if (r === null) continue;
          expect(r.lower).toBeLessThanOrEqual(r.mean);
          expect(r.mean).toBeLessThanOrEqual(r.upper);
          expect(r.lower).toBeGreaterThan(0);
        }
      }),
      { numRuns: 50 },
    );
  });
});
