import { describe, expect, it } from 'vitest';
import { randomInstance } from '../../../core/allocation/random-instance';
import { solveAllocation } from '../../../core/allocation/solve';
import { solvePlan, solvePlanInWorker } from './solve-in-worker';

describe('solvePlanInWorker', () => {
  it('solves in a worker thread booted through tsx, with the same plan as in-process', async () => {
    const instance = randomInstance({ recipients: 40, items: 6, seed: 2, freightShare: 0.3 });
    const plan = await solvePlanInWorker(instance);
    expect(plan).toEqual(solveAllocation(instance));
  });
});

describe('solvePlan', () => {
  it('falls back to HiGHS when the structured solver leaves a gap, and keeps a proven bound', async () => {
    // One heavy pack straddles the freight cut-off: the Lagrangian leaves a 5 % gap, and with no
    // branch-and-bound nodes allowed, HiGHS must close it.
    const instance = {
      items: [{ id: 'vent', packSize: 1, available: 10, reserve: 0, packWeightKg: 30 }],
      recipients: [{ id: 'A', priority: 1 }],
      demands: [{ recipient: 'A', item: 'vent', quantity: 4 }],
      freightCapacityKg: 70,
    };
    const plan = await solvePlan(instance, { nodeLimit: 0, highsTimeLimitSec: 10 });
    expect(plan.method).toBe('highs');
    expect(plan.status).toBe('optimal');
    expect(plan.objective).toBeCloseTo(0.375, 12);
    expect(plan.gap).toBe(0);
  });
});
