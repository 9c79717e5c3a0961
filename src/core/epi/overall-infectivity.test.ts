import { describe, expect, it } from 'vitest';
import { overallInfectivity } from './overall-infectivity';

describe('overallInfectivity', () => {
  it('weights the earlier days by the serial interval, never the same day', () => {
    const weights = [0, 0.5, 0.3, 0.2];
    expect(Array.from(overallInfectivity([10, 20, 30, 40, 50], weights))).toEqual([
      0,
      0.5 * 10,
      0.5 * 20 + 0.3 * 10,
      0.5 * 30 + 0.3 * 20 + 0.2 * 10,
      0.5 * 40 + 0.3 * 30 + 0.2 * 20,
    ]);
  });

  it('counts an unknown day as no cases', () => {
    expect(Array.from(overallInfectivity([null, 4, 0], [0, 1]))).toEqual([0, 0, 4]);
  });
});
