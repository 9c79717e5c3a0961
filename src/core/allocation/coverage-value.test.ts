import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageValue, floorTol, maxPacks, packBlocks, packValue } from './coverage-value';

describe('coverageValue', () => {
  it('weights the four quarters 1, 1/2, 1/4, 1/8 (hand-checked)', () => {
    // d = 100, coef = 1: a full quarter is worth 25/100 · s_k.
    expect(coverageValue(25, 100, 1)).toBeCloseTo(0.25, 12);
    expect(coverageValue(50, 100, 1)).toBeCloseTo(0.25 + 0.125, 12);
    expect(coverageValue(100, 100, 1)).toBeCloseTo(0.25 * (1 + 0.5 + 0.25 + 0.125), 12);
    expect(coverageValue(30, 100, 0.8)).toBeCloseTo(0.8 * (0.25 + 0.05 * 0.5), 12);
    expect(coverageValue(0, 100, 1)).toBe(0);
    expect(coverageValue(150, 100, 1)).toBeCloseTo(0.46875, 12);
  });

  it('is 0 for zero coefficient or demand', () => {
    expect(coverageValue(10, 100, 0)).toBe(0);
    expect(coverageValue(10, 0, 1)).toBe(0);
  });
});

describe('maxPacks and floorTol', () => {
  it('keeps x = p·n within the demand', () => {
    expect(maxPacks(100, 30)).toBe(3);
    expect(maxPacks(29, 30)).toBe(0);
    expect(maxPacks(90, 30)).toBe(3);
    expect(floorTol(0.3 / 0.1)).toBe(3);
  });
});

describe('packBlocks', () => {
  it('splits packs into quarter blocks and straddling packs (hand-checked)', () => {
    // d = 100, p = 30: packs end at 30, 60, 90. Pack 1 straddles 25 (25 at s=1, 5 at 1/2),
    // pack 2 straddles 50 (20 at 1/2, 10 at 1/4), pack 3 straddles 75 (15 at 1/4, 15 at 1/8).
    const blocks = packBlocks(100, 30, 1);
    expect(blocks.map((b) => b.count)).toEqual([1, 1, 1]);
    expect(blocks[0].value).toBeCloseTo((25 + 2.5) / 100, 12);
    expect(blocks[1].value).toBeCloseTo((10 + 2.5) / 100, 12);
    expect(blocks[2].value).toBeCloseTo((3.75 + 1.875) / 100, 12);
  });

  it('groups whole-quarter packs into one block each', () => {
    // d = 100, p = 5: five packs per quarter, no straddling.
    const blocks = packBlocks(100, 5, 2);
    expect(blocks.map((b) => b.count)).toEqual([5, 5, 5, 5]);
    expect(blocks.map((b) => b.value)).toEqual([0.1, 0.05, 0.025, 0.0125]);
  });

  it('agrees with f pack by pack, and values never increase (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0.01, max: 3, noNaN: true }),
        (demand, packSize, coef) => {
          const blocks = packBlocks(demand, packSize, coef);
          const expanded = blocks.flatMap((b) => Array.from({ length: b.count }, () => b.value));
          expect(expanded.length).toBe(maxPacks(demand, packSize));
          expect(blocks.length).toBeLessThanOrEqual(7);
          expanded.forEach((value, j) => {
            expect(value).toBeCloseTo(packValue(j + 1, demand, packSize, coef) as number, 9);
            if (j > 0) expect(value).toBeLessThanOrEqual(expanded[j - 1] + 1e-12);
          });
          const total = expanded.reduce((s, v) => s + v, 0);
          expect(total).toBeCloseTo(coverageValue(expanded.length * packSize, demand, coef), 9);
        },
      ),
    );
  });
});
