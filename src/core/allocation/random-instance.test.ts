import { describe, expect, it } from 'vitest';
import { randomInstance, seededRandom } from './random-instance';
import { validateInstance } from './validate-instance';

describe('randomInstance', () => {
  it('is deterministic for a seed and valid', () => {
    const a = randomInstance({ recipients: 50, items: 10, seed: 9, freightShare: 0.5 });
    expect(randomInstance({ recipients: 50, items: 10, seed: 9, freightShare: 0.5 })).toEqual(a);
    expect(randomInstance({ recipients: 50, items: 10, seed: 10 })).not.toEqual(a);
    expect(validateInstance(a).ok).toBe(true);
    expect(a.freightCapacityKg).toBeGreaterThan(0);
  });

  it('keeps supply below total demand', () => {
    const instance = randomInstance({ recipients: 200, items: 20, seed: 1 });
    for (const item of instance.items) {
      const demand = instance.demands.filter((d) => d.item === item.id).reduce((s, d) => s + d.quantity, 0);
      expect(item.available - item.reserve).toBeLessThan(demand);
      expect(item.reserve).toBeLessThanOrEqual(item.available);
    }
  });
});

describe('seededRandom', () => {
  it('repeats its sequence and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    for (let k = 0; k < 1000; k++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
