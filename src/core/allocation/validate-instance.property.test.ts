import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateInstance } from './validate-instance';

// Whatever the JSON, validateInstance answers with an instance or with errors at their paths: it never throws.
describe('validateInstance on any input', () => {
  it('accepts or lists errors with paths, never a throw', () => {
    const num = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -1, 1e308, Number.NaN, Number.POSITIVE_INFINITY));
    const id = fc.oneof(fc.constantFrom('mask', 'KEN', ''), fc.string({ maxLength: 5 }));
    const item = fc.record({ id, packSize: num, available: num, reserve: num, value: fc.option(num, { nil: undefined }), packWeightKg: fc.option(num, { nil: undefined }) }, { requiredKeys: ['id', 'packSize', 'available', 'reserve'] });
    const instance = fc.record({
      items: fc.array(item, { maxLength: 4 }),
      recipients: fc.array(fc.record({ id, priority: num }), { maxLength: 4 }),
      demands: fc.array(fc.record({ recipient: id, item: id, quantity: num }), { maxLength: 6 }),
      freightCapacityKg: fc.option(num, { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.oneof(instance, fc.jsonValue()), (input) => {
        const check = validateInstance(input);
        if (!check.ok) for (const e of check.errors) expect(e.path.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
