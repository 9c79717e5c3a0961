import { describe, expect, it } from 'vitest';
import { blockOfPack, curvePackValue, curveValue, distribute, packsAbove, prepare } from './prepare';
import { masksInstance } from './testing/masks-instance.test-support';

const instance = masksInstance({
  items: [{ id: 'vent', packSize: 1, available: 3, reserve: 3, packWeightKg: 30 }],
  recipients: [{ id: 'Z', priority: 0 }],
  demands: [
    { recipient: 'Z', item: 'mask', quantity: 80 },
    { recipient: 'A', item: 'vent', quantity: 0 },
    { recipient: 'B', item: 'vent', quantity: 2 },
  ],
});

describe('prepare', () => {
  const prep = prepare(instance);

  it('computes the capacity in whole packs above the reserve', () => {
    expect(prep.items.map((i) => i.capacity)).toEqual([7, 0]);
    expect(prep.items.map((i) => i.weight)).toEqual([0, 30]);
  });

  it('drops zero demands and keeps the pairs in demand order', () => {
    expect(prep.pairs.map((p) => [p.recipient, p.item, p.maxPacks])).toEqual([
      [0, 0, 4],
      [1, 0, 8],
      [2, 0, 8],
      [1, 1, 2],
    ]);
  });

  it('sorts each item curve by pack value and leaves out worthless packs', () => {
    // A: d = 40, p = 10, coef 1 → packs worth 10/40·(1, 1/2, 1/4, 1/8) = 0.25, 0.125, 0.0625, 0.03125.
    // B: d = 80, coef 0.5 → two packs per quarter worth 0.5·10/80·s = 0.0625, 0.03125, 0.015625, 0.0078125.
    const curve = prep.curves[0];
    expect(Array.from(curve.value)).toEqual([0.25, 0.125, 0.0625, 0.0625, 0.03125, 0.03125, 0.015625, 0.0078125]);
    expect(Array.from(curve.count)).toEqual([1, 1, 1, 2, 1, 2, 2, 2]);
    expect(Array.from(curve.pair)).toEqual([0, 0, 0, 1, 0, 1, 1, 1]);
    expect(curve.totalPacks).toBe(12);
  });

  it('reads values, pack positions and thresholds off the curve', () => {
    const curve = prep.curves[0];
    expect(curveValue(curve, 3)).toBeCloseTo(0.4375, 12);
    expect(curveValue(curve, 4)).toBeCloseTo(0.5, 12);
    expect(curvePackValue(curve, 5)).toBe(0.0625);
    expect(curvePackValue(curve, 13)).toBe(0);
    expect(blockOfPack(curve, 5)).toBe(3);
    expect(packsAbove(curve, 0.0625)).toBe(2);
    expect(packsAbove(curve, 0.05)).toBe(5);
    expect(packsAbove(curve, 1)).toBe(0);
  });

  it('distributes the best packs to their pairs, cutting the last block', () => {
    const packs = new Float64Array(prep.pairs.length);
    distribute(prep.curves[0], 7, packs);
    expect(Array.from(packs)).toEqual([4, 3, 0, 0]);
  });
});
