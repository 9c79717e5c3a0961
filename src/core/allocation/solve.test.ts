import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instance, Plan } from '../../shared/schemas/plan';
import { PlanSchema } from '../../shared/schemas/plan';
import { instanceArbitrary } from './testing/instance-arbitrary.test-support';
import { randomInstance } from './random-instance';
import { OPTIMALITY_GAP, solveAllocation } from './solve';
import { masksInstance } from './testing/masks-instance.test-support';

function checkFeasible(instance: Instance, plan: Plan): void {
  const items = new Map(instance.items.map((item) => [item.id, item]));
  const demand = new Map(instance.demands.map((d) => [`${d.recipient}/${d.item}`, d.quantity]));
  const given = new Map<string, number>();
  let kg = 0;
  for (const a of plan.allocations) {
    const item = items.get(a.item);
    expect(item).toBeDefined();
    if (item === undefined) continue;
    expect(Number.isInteger(a.packs)).toBe(true);
    expect(a.packs).toBeGreaterThan(0);
    expect(a.quantity).toBeCloseTo(a.packs * item.packSize, 9);
    expect(a.quantity).toBeLessThanOrEqual((demand.get(`${a.recipient}/${a.item}`) ?? 0) + 1e-9);
    given.set(a.item, (given.get(a.item) ?? 0) + a.quantity);
    kg += a.packs * (item.packWeightKg ?? 0);
  }
  for (const [id, quantity] of given) {
    const item = items.get(id);
    if (item !== undefined) expect(quantity).toBeLessThanOrEqual(item.available - item.reserve + 1e-9);
  }
  if (instance.freightCapacityKg !== undefined) expect(kg).toBeLessThanOrEqual(instance.freightCapacityKg + 1e-9);
  expect(plan.bound).toBeGreaterThanOrEqual(plan.objective);
  expect(plan.gap).toBeLessThanOrEqual(OPTIMALITY_GAP);
  expect(plan.status).toBe('optimal');
  const explained = plan.explanations.reduce((sum, e) => sum + e.value, 0);
  expect(explained).toBeCloseTo(plan.objective, 9);
}

describe('solveAllocation: properties', () => {
  it('never exceeds supply above the reserve or demand, ships whole packs, proves its gap (no freight)', () => {
    fc.assert(fc.property(instanceArbitrary({ freight: false }), (instance) => checkFeasible(instance, solveAllocation(instance))), {
      numRuns: 300,
    });
  });

  it('also respects the freight capacity', () => {
    fc.assert(fc.property(instanceArbitrary({ freight: true }), (instance) => checkFeasible(instance, solveAllocation(instance))), {
      numRuns: 300,
    });
  });

  it('returns a plan that matches its schema, deterministically', () => {
    const instance = randomInstance({ recipients: 30, items: 8, seed: 5, freightShare: 0.4 });
    const plan = solveAllocation(instance);
    expect(PlanSchema.safeParse(plan).success).toBe(true);
    expect(solveAllocation(instance)).toEqual(plan);
  });
});

describe('solveAllocation: hand-checked', () => {
  // A (w = 1) wants 40, B (w = 0.5) wants 80, packs of 10, 7 packs above the reserve.
  // A's packs are worth 0.25, 0.125, 0.0625, 0.03125; B's 0.0625, 0.0625, 0.03125, 0.03125, ...
  // The 7 best: A1 A2 A3 B1 B2 A4 B3. Objective 0.46875 + 0.5·(20 + 5)/80 = 0.625.
  const instance = masksInstance();

  it('gives the best packs first, and is optimal with gap 0', () => {
    const plan = solveAllocation(instance);
    expect(plan.allocations).toEqual([
      { recipient: 'A', item: 'mask', quantity: 40, packs: 4 },
      { recipient: 'B', item: 'mask', quantity: 30, packs: 3 },
    ]);
    expect(plan.objective).toBeCloseTo(0.625, 12);
    expect(plan.bound).toBe(plan.objective);
    expect(plan.gap).toBe(0);
    expect(plan.method).toBe('greedy');
  });
});

describe('solveAllocation: edge cases', () => {
  const base = (item: Partial<Instance['items'][number]>, quantity = 100): Instance => ({
    items: [{ id: 'x', packSize: 10, available: 100, reserve: 0, ...item }],
    recipients: [{ id: 'r', priority: 1 }],
    demands: [{ recipient: 'r', item: 'x', quantity }],
  });

  it('zero supply: nothing allocated, no supply', () => {
    const plan = solveAllocation(base({ available: 0 }));
    expect(plan.allocations).toEqual([]);
    expect(plan.objective).toBe(0);
    expect(plan.gap).toBe(0);
    expect(plan.explanations[0].reason).toBe('no-supply-above-reserve');
  });

  it('demand under one pack: nothing allocated', () => {
    const plan = solveAllocation(base({}, 9));
    expect(plan.allocations).toEqual([]);
    expect(plan.explanations[0].reason).toBe('demand-under-one-pack');
    expect(plan.explanations[0].nextPackValue).toBeNull();
  });

  it('reserve = available: nothing leaves, and the reserve is what binds', () => {
    const plan = solveAllocation(base({ available: 100, reserve: 100 }));
    expect(plan.allocations).toEqual([]);
    expect(plan.items[0].limitedBy).toBe('reserve');
    expect(plan.items[0].reserveBinding).toBe(true);
    expect(plan.explanations[0].reason).toBe('no-supply-above-reserve');
  });

  it('a demand that is not a multiple of the pack size stops at its last whole pack', () => {
    const plan = solveAllocation(base({ available: 1000 }, 95));
    expect(plan.allocations).toEqual([{ recipient: 'r', item: 'x', quantity: 90, packs: 9 }]);
    expect(plan.explanations[0].reason).toBe('covered-to-whole-packs');
  });

  it('no demands, no items: an empty optimal plan', () => {
    const plan = solveAllocation({ items: [], recipients: [], demands: [] });
    expect(plan).toMatchObject({ status: 'optimal', objective: 0, bound: 0, gap: 0, allocations: [] });
  });

  it('freight of 0 kg ships only weightless items', () => {
    const instance: Instance = {
      items: [
        { id: 'heavy', packSize: 1, available: 5, reserve: 0, packWeightKg: 10 },
        { id: 'light', packSize: 1, available: 5, reserve: 0 },
      ],
      recipients: [{ id: 'r', priority: 1 }],
      demands: [
        { recipient: 'r', item: 'heavy', quantity: 5 },
        { recipient: 'r', item: 'light', quantity: 5 },
      ],
      freightCapacityKg: 0,
    };
    const plan = solveAllocation(instance);
    expect(plan.allocations).toEqual([{ recipient: 'r', item: 'light', quantity: 5, packs: 5 }]);
    expect(plan.explanations[0].reason).toBe('freight-limit');
  });

  it('solves 5,000 recipients × 50 items with freight, within the gap', () => {
    const instance = randomInstance({ recipients: 5000, items: 50, seed: 3, freightShare: 0.3 });
    const plan = solveAllocation(instance);
    expect(plan.status).toBe('optimal');
    expect(plan.gap).toBeLessThanOrEqual(OPTIMALITY_GAP);
  });
});
