import { describe, expect, it } from 'vitest';
import { partnerDonors } from './partner-donors';

describe('partnerDonors', () => {
  const base = {
    partnerId: 'KEN',
    agencyName: 'Agency',
    requests: [
      { id: 1, status: 'planned', createdAt: '2026-03-01T10:00:00Z', lines: [{ item: 'gloves', quantity: 1000 }, { item: 'gown', quantity: 50 }] },
      { id: 2, status: 'draft', createdAt: '2026-03-01T10:00:00Z', lines: [{ item: 'gloves', quantity: 9 }] },
    ],
    allocations: [{ requestId: 1, item: 'gloves', quantity: 600 }],
  };

  it('lists the agency’s batches and other donors per item, and flags a line two donors cover', () => {
    const view = partnerDonors({
      ...base,
      others: [
        { donor: 'Donor B', kind: 'delivery', origin: 'iati', item: 'gloves', quantity: 500, date: '2026-03-10' },
        { donor: 'Donor C', kind: 'pledge', origin: 'fts', item: 'gown', quantity: 20, date: '2026-03-10' },
      ],
    });
    expect(view.items).toEqual([
      {
        item: 'gloves',
        givers: [
          { donor: 'Agency', ours: true, kind: 'allocated', origin: 'batch', quantity: 600 },
          { donor: 'Donor B', ours: false, kind: 'delivery', origin: 'iati', quantity: 500 },
        ],
      },
      { item: 'gown', givers: [{ donor: 'Donor C', ours: false, kind: 'pledge', origin: 'fts', quantity: 20 }] },
    ]);
    expect(view.requestLines).toEqual([
      { requestId: 1, status: 'planned', item: 'gloves', requested: 1000, donors: ['Agency', 'Donor B'], covered: 1100, overlap: true, overCovered: true },
      { requestId: 1, status: 'planned', item: 'gown', requested: 50, donors: ['Donor C'], covered: 20, overlap: false, overCovered: false },
    ]);
  });

  it('does not count for a line what another donor gave before the request was made', () => {
    const view = partnerDonors({ ...base, others: [{ donor: 'Donor B', kind: 'delivery', origin: 'recorded', item: 'gloves', quantity: 500, date: '2026-02-28' }] });
    expect(view.requestLines[0]).toMatchObject({ donors: ['Agency'], overlap: false });
  });
});
