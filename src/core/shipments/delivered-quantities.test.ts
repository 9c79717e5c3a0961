import { describe, expect, it } from 'vitest';
import { deliveredQuantities, nettedFromNeed } from './delivered-quantities';

describe('deliveredQuantities', () => {
  it('nets what arrived in good order and what is on its way, never damaged goods or a settled shortfall', () => {
    const d = deliveredQuantities(
      [
        // A partial receipt so far: 3,000 good, 500 damaged of 5,000; 1,500 still to come.
        { partnerId: 'KEN', status: 'handed-over', lines: [{ item: 'gloves', quantity: 5000 }], receipts: [{ item: 'gloves', good: 3000, damaged: 500 }] },
        // In transit: all of it is coming.
        { partnerId: 'KEN', status: 'in-transit', lines: [{ item: 'gloves', quantity: 1000 }, { item: 'gown', quantity: 40 }], receipts: [] },
        // Confirmed with 200 short: the shortfall counts no more (carried over, it is the next consignment's line).
        { partnerId: 'UGA', status: 'receipt-confirmed', lines: [{ item: 'gloves', quantity: 1000 }], receipts: [{ item: 'gloves', good: 700, damaged: 100 }] },
        { partnerId: 'UGA', status: 'prepared', lines: [{ item: 'gloves', quantity: 200 }], receipts: [] },
        { partnerId: 'TZA', status: 'cancelled', lines: [{ item: 'gloves', quantity: 900 }], receipts: [] },
      ],
      [{ partnerId: 'ORG-WHO', item: 'gloves', quantity: 300 }],
    );
    expect(d.get('KEN:gloves')).toEqual({ received: 3000, inTransit: 2500, approved: 0 });
    expect(d.get('KEN:gown')).toEqual({ received: 0, inTransit: 40, approved: 0 });
    expect(d.get('UGA:gloves')).toEqual({ received: 700, inTransit: 0, approved: 200 });
    expect(d.get('TZA:gloves')).toEqual({ received: 0, inTransit: 0, approved: 0 });
    expect(d.get('ORG-WHO:gloves')).toEqual({ received: 0, inTransit: 0, approved: 300 });
    expect(nettedFromNeed(d.get('KEN:gloves'))).toBe(5500);
    expect(nettedFromNeed(d.get('nobody:gloves'))).toBe(0);
  });
});
