import { describe, expect, it } from 'vitest';
import { formatPath, validateInstance } from './validate-instance';

const good = {
  items: [
    { id: 'mask', packSize: 50, available: 1000, reserve: 200 },
    { id: 'vent', packSize: 1, available: 10, reserve: 0, value: 2, packWeightKg: 30 },
  ],
  recipients: [
    { id: 'KEN', priority: 0.8 },
    { id: 'PER', priority: 0.5 },
  ],
  demands: [
    { recipient: 'KEN', item: 'mask', quantity: 500 },
    { recipient: 'PER', item: 'vent', quantity: 4 },
  ],
  freightCapacityKg: 500,
};

const clone = () => structuredClone(good);
const paths = (input: unknown) => {
  const check = validateInstance(input);
  return check.ok ? [] : check.errors.map((e) => e.path);
};

describe('validateInstance', () => {
  it('accepts a valid instance', () => {
    const check = validateInstance(good);
    expect(check.ok).toBe(true);
  });

  it('reports shape errors with the path of the field', () => {
    const bad = clone() as unknown as { demands: Array<Record<string, unknown>> };
    bad.demands[1].quantity = 'four';
    expect(paths(bad)).toEqual(['demands[1].quantity']);
    expect(paths({ items: [] })).toEqual(['recipients', 'demands']);
  });

  it('reports unknown ids', () => {
    const bad = clone();
    bad.demands.push({ recipient: 'XXX', item: 'gown', quantity: 1 });
    expect(paths(bad)).toEqual(['demands[2].recipient', 'demands[2].item']);
  });

  it('reports duplicate ids and duplicate demands', () => {
    const bad = clone();
    bad.items.push({ id: 'mask', packSize: 1, available: 1, reserve: 0 });
    bad.recipients.push({ id: 'KEN', priority: 0.1 });
    bad.demands.push({ recipient: 'KEN', item: 'mask', quantity: 3 });
    expect(paths(bad)).toEqual(['items[2].id', 'recipients[2].id', 'demands[2]']);
  });

  it('reports negative quantities, reserve above available, priority outside [0,1], pack size ≤ 0', () => {
    const bad = clone();
    bad.demands[0].quantity = -5;
    bad.items[0].reserve = 2000;
    bad.items[1].packSize = 0;
    bad.items[1].available = -1;
    bad.recipients[1].priority = 1.5;
    bad.freightCapacityKg = -1;
    const check = validateInstance(bad);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.map((e) => e.path)).toEqual([
      'items[0].reserve',
      'items[1].packSize',
      'items[1].available',
      'recipients[1].priority',
      'demands[0].quantity',
      'freightCapacityKg',
    ]);
    expect(check.errors[0].message).toContain('reserve 2000 is above available 1000');
  });

  it('rejects non-finite numbers', () => {
    const bad = clone();
    bad.items[0].available = Number.POSITIVE_INFINITY;
    expect(paths(bad)).toEqual(['items[0].available']);
  });

  it('refuses numbers so large that the objective or the duals would overflow, with their paths', () => {
    const bad = clone();
    bad.items[0].available = 1e308;
    bad.items[0].reserve = 1e300;
    bad.items[1].packWeightKg = 1e200;
    bad.demands[0].quantity = 1e308;
    bad.freightCapacityKg = 1e308;
    expect(paths(bad)).toEqual(['items[0].available', 'items[0].reserve', 'items[1].packWeightKg', 'demands[0].quantity', 'freightCapacityKg']);
    const check = validateInstance(bad);
    expect(check.ok ? '' : check.errors[0].message).toBe('expected at most 1000000000000, got 1e+308');
  });
});

describe('formatPath', () => {
  it('writes array indexes in brackets', () => {
    expect(formatPath(['demands', 3, 'item'])).toBe('demands[3].item');
    expect(formatPath([])).toBe('(root)');
  });
});
