import { describe, expect, it } from 'vitest';
import { solveFreightKnapsack } from './branch-and-bound';
import { bruteForceOptimum, smallFreightInstance } from './testing/knapsack-fixtures.test-support';
import { freightUsed } from './lagrangian';
import { prepare } from './prepare';

describe('solveFreightKnapsack', () => {
  it('reaches the brute-force optimum with a valid bound (300 random knapsacks)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const instance = smallFreightInstance(seed);
      const prep = prepare(instance);
      const weight = new Float64Array(prep.items.map((i) => i.weight));
      const hi = new Float64Array(prep.items.map((item, i) => Math.min(item.capacity, prep.curves[i].totalPacks)));
      const result = solveFreightKnapsack(
        { curves: prep.curves, weight, capacityKg: prep.freightCapacity ?? 0 },
        hi,
        { gapTolerance: 1e-12, nodeLimit: 10_000 },
      );
      const optimum = bruteForceOptimum(instance);
      expect(result.objective).toBeCloseTo(optimum, 10);
      expect(result.bound).toBeGreaterThanOrEqual(optimum - 1e-10);
      expect(result.bound - result.objective).toBeLessThanOrEqual(1e-12 * Math.max(1, result.bound) + 1e-12);
      expect(freightUsed(weight, result.packs)).toBeLessThanOrEqual((prep.freightCapacity ?? 0) + 1e-9);
    }
  });

  it('stops at the node limit with an honest bound', () => {
    const instance = smallFreightInstance(11);
    const prep = prepare(instance);
    const weight = new Float64Array(prep.items.map((i) => i.weight));
    const hi = new Float64Array(prep.items.map((item, i) => Math.min(item.capacity, prep.curves[i].totalPacks)));
    const result = solveFreightKnapsack({ curves: prep.curves, weight, capacityKg: prep.freightCapacity ?? 0 }, hi, {
      gapTolerance: 0,
      nodeLimit: 0,
    });
    expect(result.nodes).toBe(0);
    expect(result.bound).toBeGreaterThanOrEqual(bruteForceOptimum(instance) - 1e-10);
  });
});
