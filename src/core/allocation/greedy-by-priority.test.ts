import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedyByPriority } from './greedy-by-priority';
import { instanceArbitrary } from './testing/instance-arbitrary.test-support';
import { solveAllocation } from './solve';

describe('greedyByPriority', () => {
  it('serves the highest priority first, whole demand at a time (hand-checked)', () => {
    // Same masks as solve.test.ts: A (w = 1) takes its 4 packs, B the remaining 3: here the two agree.
    const { objective, packs } = greedyByPriority({
      items: [{ id: 'mask', packSize: 10, available: 60, reserve: 0 }],
      recipients: [
        { id: 'B', priority: 0.5 },
        { id: 'A', priority: 1 },
      ],
      demands: [
        { recipient: 'B', item: 'mask', quantity: 80 },
        { recipient: 'A', item: 'mask', quantity: 40 },
      ],
    });
    expect(Array.from(packs)).toEqual([2, 4]);
    expect(objective).toBeCloseTo(0.46875 + 0.5 * (20 / 80), 12);
  });

  it('is never better than the optimum (property)', () => {
    fc.assert(
      fc.property(instanceArbitrary({ freight: true }), (instance) => {
        expect(greedyByPriority(instance).objective).toBeLessThanOrEqual(solveAllocation(instance).bound + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
