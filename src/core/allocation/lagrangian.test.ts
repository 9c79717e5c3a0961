import { describe, expect, it } from 'vitest';
import { bruteForceOptimum, smallFreightInstance } from './testing/knapsack-fixtures.test-support';
import { fillFreight, freightUsed, solveDual, totalValue, type KnapsackProblem } from './lagrangian';
import { prepare } from './prepare';

function problemOf(seed: number) {
  const instance = smallFreightInstance(seed);
  const prep = prepare(instance);
  const problem: KnapsackProblem = {
    curves: prep.curves,
    weight: new Float64Array(prep.items.map((i) => i.weight)),
    capacityKg: prep.freightCapacity ?? 0,
  };
  const hi = new Float64Array(prep.items.map((item, i) => Math.min(item.capacity, prep.curves[i].totalPacks)));
  return { instance, problem, hi };
}

describe('solveDual', () => {
  it('gives an upper bound and a feasible integral point (200 random knapsacks)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { instance, problem, hi } = problemOf(seed);
      const dual = solveDual(problem, new Float64Array(hi.length), hi);
      expect(dual).not.toBeNull();
      if (dual === null) continue;
      const optimum = bruteForceOptimum(instance);
      expect(dual.bound).toBeGreaterThanOrEqual(optimum - 1e-9);
      expect(freightUsed(problem.weight, dual.packs)).toBeLessThanOrEqual(problem.capacityKg + 1e-9);
      expect(totalValue(problem.curves, dual.packs)).toBeLessThanOrEqual(optimum + 1e-9);
      dual.packs.forEach((m, i) => {
        expect(Number.isInteger(m)).toBe(true);
        expect(m).toBeLessThanOrEqual(hi[i]);
      });
    }
  });

  it('prices freight at 0 when everything fits', () => {
    const { problem, hi } = problemOf(7);
    const dual = solveDual({ ...problem, capacityKg: 1e9 }, new Float64Array(hi.length), hi);
    expect(dual?.lambda).toBe(0);
    expect(dual?.fractionalItem).toBe(-1);
    expect(Array.from(dual?.packs ?? [])).toEqual(Array.from(hi));
  });

  it('finds the hand-checked multiplier of a one-item knapsack', () => {
    // One item, one recipient, d = 8, p = 1, coef 1: packs worth 1/8·(1,1,1/2,1/2,1/4,1/4,1/8,1/8).
    // 2 kg per pack, 7 kg of freight: 3.5 packs fit; λ* = (1/16)/2 per kg; LP bound = 2/8 + 1.5·(1/16).
    const prep = prepare({
      items: [{ id: 'x', packSize: 1, available: 8, reserve: 0, packWeightKg: 2 }],
      recipients: [{ id: 'r', priority: 1 }],
      demands: [{ recipient: 'r', item: 'x', quantity: 8 }],
      freightCapacityKg: 7,
    });
    const problem = { curves: prep.curves, weight: new Float64Array([2]), capacityKg: 7 };
    const dual = solveDual(problem, new Float64Array(1), new Float64Array([8]));
    expect(dual?.lambda).toBeCloseTo(1 / 32, 12);
    expect(dual?.bound).toBeCloseTo(0.25 + 1.5 / 16, 12);
    expect(dual?.fractionalItem).toBe(0);
    expect(dual?.fractionalPacks).toBeCloseTo(3.5, 12);
    expect(Array.from(dual?.packs ?? [])).toEqual([3]);
    // A node that forces 4 packs (8 kg) cannot fit in 7 kg.
    expect(solveDual(problem, new Float64Array([4]), new Float64Array([8]))).toBeNull();
  });
});

describe('fillFreight', () => {
  it('only adds packs that fit', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { problem, hi } = problemOf(seed);
      const filled = fillFreight(problem, new Float64Array(hi.length), hi);
      expect(freightUsed(problem.weight, filled)).toBeLessThanOrEqual(problem.capacityKg + 1e-9);
      filled.forEach((m, i) => expect(m).toBeLessThanOrEqual(hi[i]));
    }
  });
});
