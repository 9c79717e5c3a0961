import { describe, expect, it } from 'vitest';
import { solveAllocation } from './solve';
import { masksInstance } from './testing/masks-instance.test-support';

describe('explanations', () => {
  // Masks by 10; 95 available, 20 reserved: 7 packs may leave (9 would without the reserve).
  const instance = masksInstance({
    recipients: [
      { id: 'C', priority: 0 },
      { id: 'D', priority: 0.1 },
      { id: 'E', priority: 1 },
    ],
    demands: [
      { recipient: 'C', item: 'mask', quantity: 80 },
      { recipient: 'D', item: 'mask', quantity: 80 },
      { recipient: 'E', item: 'mask', quantity: 5 },
    ],
  });
  const plan = solveAllocation(instance);

  it('says why each recipient got what it got', () => {
    expect(plan.explanations.map((e) => [e.recipient, e.packs, e.reason])).toEqual([
      ['A', 4, 'covered'],
      ['B', 3, 'partly-covered-at-cut-off'],
      ['C', 0, 'zero-priority'],
      ['D', 0, 'priority-under-cut-off'],
      ['E', 0, 'demand-under-one-pack'],
    ]);
    const b = plan.explanations[1];
    expect(b.coverage).toBeCloseTo(0.375, 12);
    expect(b.nextPackValue).toBeCloseTo(0.03125, 12);
    expect(b.detail).toContain('not above the cut-off 0.03125 at which the reserve ran out');
    // D's first pack: 0.1 · 10/80 = 0.0125.
    expect(plan.explanations[3].nextPackValue).toBeCloseTo(0.0125, 12);
  });

  it('gives the item cut-off (the dual of its supply row) and says the reserve binds', () => {
    expect(plan.items[0]).toMatchObject({
      item: 'mask',
      giveable: 75,
      demand: 285,
      allocated: 70,
      packs: 7,
      limitedBy: 'reserve',
      reserveBinding: true,
      cutOffValue: 0.03125,
      supplyDualPerPack: 0.03125,
    });
  });

  it('says where one more pack would go', () => {
    expect(plan.whatIf).toEqual([{ kind: 'one-more-pack', item: 'mask', recipient: 'B', marginalValue: 0.03125, gain: 0.03125 }]);
    expect(plan.freight).toBeNull();
  });

  it('calls it supply, not reserve, when there is no reserve', () => {
    const noReserve = solveAllocation({ ...instance, items: [{ id: 'mask', packSize: 10, available: 70, reserve: 0 }] });
    expect(noReserve.items[0].limitedBy).toBe('supply');
    expect(noReserve.items[0].reserveBinding).toBe(false);
  });

  it('says demand when every demand is met', () => {
    const plenty = solveAllocation({ ...instance, items: [{ id: 'mask', packSize: 10, available: 10_000, reserve: 0 }] });
    expect(plenty.items[0].limitedBy).toBe('demand');
    expect(plenty.items[0].cutOffValue).toBeNull();
    expect(plenty.whatIf[0]).toMatchObject({ gain: 0 });
  });
});

describe('freight explanations', () => {
  // One ventilator demand of 4 (packs worth 0.25, 0.125, 0.0625, 0.03125), 30 kg each, 70 kg of freight:
  // 2 fit. The Lagrangian prices freight at λ* = 0.0625 / 30 per kg (the third pack, 1/3 of which fits)
  // and bounds the optimum by 0.375 + 0.0625/3; branching on the pack count proves 0.375.
  const plan = solveAllocation({
    items: [{ id: 'vent', packSize: 1, available: 10, reserve: 0, packWeightKg: 30 }],
    recipients: [{ id: 'A', priority: 1 }],
    demands: [{ recipient: 'A', item: 'vent', quantity: 4 }],
    freightCapacityKg: 70,
  });

  it('closes the gap by branching and reports λ', () => {
    expect(plan.allocations).toEqual([{ recipient: 'A', item: 'vent', quantity: 2, packs: 2 }]);
    expect(plan.objective).toBeCloseTo(0.375, 12);
    expect(plan.gap).toBe(0);
    expect(plan.method).toBe('branch-and-bound');
    expect(plan.freight).toMatchObject({ capacityKg: 70, usedKg: 60, binding: true });
    expect(plan.freight?.valuePerKg).toBeCloseTo(0.0625 / 30, 12);
  });

  it('blames freight', () => {
    expect(plan.items[0].limitedBy).toBe('freight');
    expect(plan.explanations[0].reason).toBe('freight-limit');
    expect(plan.whatIf.at(-1)).toMatchObject({ kind: 'one-more-kg-freight' });
  });
});
