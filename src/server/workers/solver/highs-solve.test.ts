import { describe, expect, it } from 'vitest';
import { randomInstance } from '../../../core/allocation/random-instance';
import { solveAllocation } from '../../../core/allocation/solve';
import { solveWithHighs } from './highs-solve';

describe('solveWithHighs', () => {
  it('solves the MILP and returns its incumbent as a plan with HiGHS’s proven bound', async () => {
    const instance = randomInstance({ recipients: 12, items: 4, seed: 4, freightShare: 0.3 });
    const result = await solveWithHighs(instance, { timeLimitSec: 30, mipRelGap: 1e-6 });
    expect(result.status).toBe('optimal');
    expect(result.hitTimeLimit).toBe(false);
    expect(result.plan?.method).toBe('highs');
    const ours = solveAllocation(instance);
    expect(result.plan?.objective ?? 0).toBeCloseTo(ours.objective, 4);
    expect(result.bound ?? 0).toBeGreaterThanOrEqual(ours.objective * (1 - 1e-6));
  });

  it('reports a time limit', async () => {
    const instance = randomInstance({ recipients: 300, items: 50, seed: 4, freightShare: 0.3 });
    const result = await solveWithHighs(instance, { timeLimitSec: 0.2, mipRelGap: 0 });
    expect(result.hitTimeLimit).toBe(true);
    expect(result.status).toBe('timeLimit');
  });
});
