import fc from 'fast-check';
import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Instance } from '../../shared/schemas/plan';
import { buildHighsModel } from './highs-model';
import { instanceArbitrary } from './testing/instance-arbitrary.test-support';
import { solveAllocation } from './solve';

// The fast path against HiGHS solving the same MILP exactly (mip_rel_gap 0), on random small instances.
// The objectives must agree to 1e-6 relative (observed: ~1e-9), and our bound must not cut HiGHS's optimum.

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

function highsOptimum(instance: Instance): number {
  const { lp } = buildHighsModel(instance);
  // Tight tolerances: at HiGHS's defaults (1e-6/1e-7) its "optimal" can sit up to ~1e-6 below the optimum.
  const result = highs.solve(lp, {
    output_flag: false,
    time_limit: 30,
    mip_rel_gap: 0,
    mip_abs_gap: 0,
    mip_feasibility_tolerance: 1e-9,
    primal_feasibility_tolerance: 1e-9,
    dual_feasibility_tolerance: 1e-9,
  });
  expect(result.Status).toBe('Optimal');
  return result.ObjectiveValue;
}

function expectSameOptimum(instance: Instance): void {
  const plan = solveAllocation(instance);
  const oracle = highsOptimum(instance);
  expect(Math.abs(plan.objective - oracle)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(oracle)));
  expect(plan.bound).toBeGreaterThanOrEqual(oracle - 1e-6 * Math.max(1, Math.abs(oracle)));
}

describe('fast path = HiGHS optimum', () => {
  it('without freight (150 random instances)', () => {
    fc.assert(
      fc.property(instanceArbitrary({ freight: false }), (instance) => {
        fc.pre(instance.demands.some((d) => d.quantity > 0));
        expectSameOptimum(instance);
      }),
      { numRuns: 150 },
    );
  });

  it('with a freight limit (150 random instances)', () => {
    fc.assert(
      fc.property(instanceArbitrary({ freight: true }), (instance) => {
        fc.pre(instance.demands.some((d) => d.quantity > 0));
        expectSameOptimum(instance);
      }),
      { numRuns: 150 },
    );
  });

  it('with a freight limit on larger instances (6 items × 8 recipients)', () => {
    fc.assert(
      fc.property(instanceArbitrary({ freight: true, maxItems: 6, maxRecipients: 8 }), (instance) => {
        fc.pre(instance.demands.some((d) => d.quantity > 0));
        expectSameOptimum(instance);
      }),
      { numRuns: 40 },
    );
  });
});
