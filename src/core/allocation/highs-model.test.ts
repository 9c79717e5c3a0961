import loadHighs from 'highs';
import { describe, expect, it } from 'vitest';
import { buildHighsModel } from './highs-model';
import { masksInstance } from './testing/masks-instance.test-support';

const instance = masksInstance({
  mask: { packWeightKg: 2 },
  items: [{ id: 'vent', packSize: 1, available: 4, reserve: 1, value: 2, packWeightKg: 30 }],
  demands: [{ recipient: 'B', item: 'vent', quantity: 3 }],
});

describe('buildHighsModel', () => {
  it('writes the MILP of the issue as CPLEX LP text', () => {
    const { lp, packColumns } = buildHighsModel({ ...instance, freightCapacityKg: 50 });
    expect(packColumns).toEqual(['n0', 'n1', 'n2']);
    expect(lp).toMatch(/^Maximize\n obj: \+ 1 y0_0 \+ 0.5 y0_1 \+ 0.25 y0_2 \+ 0.125 y0_3/);
    expect(lp).toContain(' link0: + y0_0 + y0_1 + y0_2 + y0_3 - 0.25 n0 = 0');
    expect(lp).toContain(' supply0: + 10 n0 + 10 n1 <= 75');
    expect(lp).toContain(' supply1: + 1 n2 <= 3');
    expect(lp).toContain(' freight: + 2 n0 + 2 n1 + 30 n2 <= 50');
    expect(lp).toContain(' 0 <= n1 <= 8');
    expect(lp).toContain(' 0 <= y2_3 <= 0.25');
    expect(lp).toMatch(/Generals\n n0 n1 n2\nEnd$/);
  });

  it('leaves out the freight row without a freight limit', () => {
    expect(buildHighsModel(instance).lp).not.toContain('freight:');
  });

  it('is solved by HiGHS to the hand-checked optimum', async () => {
    // Without freight: masks as in solve.test.ts (0.625, 7 packs; A's 4th pack ties with B's 3rd and 4th,
    // so either split is optimal). B gets all 3 ventilators: d = 3, coef 0.5·2 = 1, four quarters of
    // 0.75 weighted 1, 1/2, 1/4, 1/8 → 1.40625 / 3 = 0.46875.
    const highs = await loadHighs();
    const { lp } = buildHighsModel(instance);
    const result = highs.solve(lp, { output_flag: false, time_limit: 10, mip_rel_gap: 0 });
    expect(result.Status).toBe('Optimal');
    expect(result.ObjectiveValue).toBeCloseTo(0.625 + 0.46875, 9);
    const primal = (name: string) => {
      const column = result.Columns[name];
      return 'Primal' in column ? column.Primal : Number.NaN;
    };
    expect(primal('n0') + primal('n1')).toBeCloseTo(7, 6);
    expect(primal('n2')).toBeCloseTo(3, 6);
  });

  it('is valid LP text even with nothing to allocate', async () => {
    const highs = await loadHighs();
    const { lp } = buildHighsModel({ items: [], recipients: [], demands: [] });
    const result = highs.solve(lp, { output_flag: false, time_limit: 10, mip_rel_gap: 0 });
    expect(result.ObjectiveValue).toBe(0);
  });
});
