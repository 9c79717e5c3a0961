import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COVID19_SERIAL_INTERVAL, discrSi, serialIntervalWeights } from './serial-interval';

const golden = JSON.parse(readFileSync(new URL('./__golden__/rt-cori.golden.json', import.meta.url), 'utf8')) as {
  serialInterval: { mean: number; sd: number; maxDays: number; weights: number[] };
};

describe('serialIntervalWeights', () => {
  const weights = serialIntervalWeights();

  it('matches discr_si computed independently with scipy (1e-9 relative)', () => {
    const expected = golden.serialInterval.weights;
    expect(weights.length).toBe(expected.length);
    expect(COVID19_SERIAL_INTERVAL).toEqual({ mean: golden.serialInterval.mean, sd: golden.serialInterval.sd, maxDays: golden.serialInterval.maxDays });
    expected.forEach((w, k) => {
      if (w === 0) expect(weights[k]).toBe(0);
      else expect(Math.abs(weights[k] - w) / w).toBeLessThan(1e-9);
    });
  });

  it('has w_0 = 0, no negative weight, and sums to 1', () => {
    expect(weights[0]).toBe(0);
    expect(Math.min(...weights)).toBeGreaterThanOrEqual(0);
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 14);
  });

  it('keeps the mean of the serial interval (4.7 days) up to the truncated tail', () => {
    const mean = weights.reduce((s, w, k) => s + k * w, 0);
    expect(mean).toBeCloseTo(4.7, 4);
  });

  it('is zero at k = 0 before normalisation, as in EpiEstim', () => {
    expect(discrSi(0, 4.7, 2.9)).toBe(0);
  });

  it('refuses a mean of 1 day or less and a non-positive sd', () => {
    expect(() => serialIntervalWeights({ mean: 1, sd: 2, maxDays: 40 })).toThrow(RangeError);
    expect(() => serialIntervalWeights({ mean: 4, sd: 0, maxDays: 40 })).toThrow(RangeError);
  });
});
