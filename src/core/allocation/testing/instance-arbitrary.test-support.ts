import fc from 'fast-check';
import type { Instance } from '../../../shared/schemas/plan';

/** fast-check arbitrary for small valid instances, with or without a freight limit. */
export function instanceArbitrary(options: { freight: boolean; maxItems?: number; maxRecipients?: number }): fc.Arbitrary<Instance> {
  const item = fc.record({
    packSize: fc.integer({ min: 1, max: 12 }),
    available: fc.integer({ min: 0, max: 240 }),
    reserveShare: fc.double({ min: 0, max: 1, noNaN: true }),
    value: fc.option(fc.double({ min: 0, max: 2, noNaN: true }), { nil: undefined }),
    packWeightKg: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
  });
  return fc
    .record({
      items: fc.array(item, { minLength: 1, maxLength: options.maxItems ?? 4 }),
      priorities: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: options.maxRecipients ?? 5 }),
      quantities: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 20, maxLength: 20 }),
      asked: fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
      freight: fc.integer({ min: 0, max: 120 }),
    })
    .map(({ items, priorities, quantities, asked, freight }) => {
      const instance: Instance = {
        items: items.map((it, i) => ({
          id: `i${i}`,
          packSize: it.packSize,
          available: it.available,
          reserve: Math.floor(it.available * it.reserveShare),
          ...(it.value !== undefined ? { value: it.value } : {}),
          ...(it.packWeightKg !== undefined ? { packWeightKg: it.packWeightKg } : {}),
        })),
        recipients: priorities.map((priority, c) => ({ id: `r${c}`, priority })),
        demands: [],
      };
      let k = 0;
      for (const r of instance.recipients) {
        for (const it of instance.items) {
          if (asked[k % 20]) instance.demands.push({ recipient: r.id, item: it.id, quantity: quantities[k % 20] });
          k += 1;
        }
      }
      if (options.freight) instance.freightCapacityKg = freight;
      return instance;
    });
}
