import { describe, expect, it } from 'vitest';
import { partnerChainRows } from './partner-chain';

describe('partnerChainRows', () => {
  it('puts each stage of an item side by side, leaving out drafts, consignments not yet dispatched and cancelled ones', () => {
    const rows = partnerChainRows({
      needs: [{ item: 'gloves', need: 9000 }],
      requests: [
        { status: 'submitted', lines: [{ item: 'gloves', quantity: 5000 }, { item: 'oxygen-concentrator', quantity: 12 }] },
        { status: 'draft', lines: [{ item: 'gloves', quantity: 777 }] },
        { status: 'planned', lines: [{ item: 'gloves', quantity: 1000 }] },
      ],
      allocations: [
        { item: 'gloves', quantity: 4000 },
        { item: 'oxygen-concentrator', quantity: 10 },
      ],
      consignments: [
        { status: 'receipt-confirmed', lines: [{ item: 'oxygen-concentrator', quantity: 10 }], balance: [{ item: 'oxygen-concentrator', good: 8, damaged: 1, short: 1 }] },
        { status: 'prepared', lines: [{ item: 'gloves', quantity: 4000 }], balance: [{ item: 'gloves', good: 0, damaged: 0, short: 4000 }] },
        { status: 'cancelled', lines: [{ item: 'gloves', quantity: 50 }], balance: [] },
      ],
    });
    expect(rows).toEqual([
      { item: 'gloves', need: 9000, requested: 6000, allocated: 4000, shipped: 0, received: 0, damaged: 0, short: 0 },
      { item: 'oxygen-concentrator', need: null, requested: 12, allocated: 10, shipped: 10, received: 8, damaged: 1, short: 1 },
    ]);
  });

  it('is empty for a partner with nothing along the chain', () => {
    expect(partnerChainRows({ needs: [], requests: [], allocations: [], consignments: [] })).toEqual([]);
  });
});
