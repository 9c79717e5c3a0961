import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HUB_QUANTILE_LEVELS } from './hub-quantiles';
import { covers, weightedIntervalScore } from './weighted-interval-score';

describe('weightedIntervalScore (Bracher et al. 2021)', () => {
  it('matches the published test of evalcast / epipredict (cmu-delphi): quantiles 1..23 at the Hub levels, y = 10', () => {
    // Their expected value: (Σ_k w_k (u_k − l_k) + (l − 10)·1(10 < l) + (10 − u)·1(10 > u), plus 1 for the median) / 11.5
    // with l = 1..11, u = 23..13, w = the 11 lower levels: (17.22 + 1 + 1) / 11.5.
    const values = Array.from({ length: 23 }, (_, i) => i + 1);
    expect(weightedIntervalScore(HUB_QUANTILE_LEVELS, values, 10).wis).toBeCloseTo(19.22 / 11.5, 12);
  });

  it('matches scoringutils: one 95% interval [4, 6] holding y = 5 scores (α/2)(u − l) = 0.05', () => {
    // scoringutils::interval_score(5, lower = 4, upper = 6, interval_range = 95, weigh = TRUE) == 0.05 (its test
    // suite); with a median at 5 the WIS is that weighted score divided by K + ½ = 1.5.
    expect(weightedIntervalScore([0.025, 0.5, 0.975], [4, 5, 6], 5).wis).toBeCloseTo(0.05 / 1.5, 12);
  });

  it('gives the values of the formula worked by hand', () => {
    // levels 0.1, 0.25, 0.5, 0.75, 0.9: intervals α = 0.2 [10, 50] and α = 0.5 [20, 40], median 30.
    // y = 60: ½·30 + 0.1·(40 + (2/0.2)·10) + 0.25·(20 + (2/0.5)·20) = 15 + 14 + 25 = 54; / 2.5 = 21.6
    const levels = [0.1, 0.25, 0.5, 0.75, 0.9];
    const values = [10, 20, 30, 40, 50];
    const parts = weightedIntervalScore(levels, values, 60);
    expect(parts.wis).toBeCloseTo(21.6, 12);
    expect(parts.dispersion).toBeCloseTo((0.1 * 40 + 0.25 * 20) / 2.5, 12);
    expect(parts.underprediction).toBeCloseTo((15 + 10 + 20) / 2.5, 12);
    expect(parts.overprediction).toBe(0);
    // y = 25, inside both intervals: ½·5 + 0.1·40 + 0.25·20 = 11.5; / 2.5 = 4.6
    expect(weightedIntervalScore(levels, values, 25).wis).toBeCloseTo(4.6, 12);
    // y = 0, below both: ½·30 + 0.1·40 + 10 + 0.25·20 + 20 = 54; / 2.5
    expect(weightedIntervalScore(levels, values, 0).overprediction).toBeCloseTo((15 + 10 + 20) / 2.5, 12);
  });

  it('equals twice the mean pinball loss over the levels (epipredict’s formula), for any forecast', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 23, maxLength: 23 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (raw, y) => {
        const values = [...raw].sort((a, b) => a - b);
        const pinball = HUB_QUANTILE_LEVELS.reduce((sum, tau, i) => sum + Math.max(tau * (y - values[i]), (1 - tau) * (values[i] - y)), 0);
        const expected = (2 * pinball) / 23;
        expect(Math.abs(weightedIntervalScore(HUB_QUANTILE_LEVELS, values, y).wis - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
      }),
    );
  });

  it('refuses levels that are not central intervals around a median', () => {
    expect(() => weightedIntervalScore([0.1, 0.5], [1, 2], 1)).toThrow(RangeError);
    expect(() => weightedIntervalScore([0.1, 0.5, 0.8], [1, 2, 3], 1)).toThrow(/central interval/);
  });

  it('tells whether an interval covers the observation', () => {
    const values = Array.from({ length: 23 }, (_, i) => i + 1);
    expect(covers(HUB_QUANTILE_LEVELS, values, 7, 0.5)).toBe(true); // [7, 17]
    expect(covers(HUB_QUANTILE_LEVELS, values, 6.9, 0.5)).toBe(false);
    expect(covers(HUB_QUANTILE_LEVELS, values, 22, 0.95)).toBe(true); // [2, 22]
    expect(covers(HUB_QUANTILE_LEVELS, values, 23, 0.95)).toBe(false);
    expect(() => covers([0.25, 0.5, 0.75], [1, 2, 3], 2, 0.9)).toThrow(RangeError);
  });
});
