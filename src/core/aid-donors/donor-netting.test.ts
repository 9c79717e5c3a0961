import { describe, expect, it } from 'vitest';
import { donorSources, nettedTotals, type DatedContribution } from './donor-netting';

const window = { receivedFrom: '2026-02-01', pledgedBy: '2026-03-29' };
const c = (over: Partial<DatedContribution>): DatedContribution => ({ partnerId: 'KEN', item: 'gloves', donor: 'A', kind: 'delivery', origin: 'iati', quantity: 100, date: '2026-03-01', ...over });

describe('donorSources', () => {
  it('keeps each donor’s part per partner and item, summed per donor, kind and origin', () => {
    const sources = donorSources([c({}), c({ quantity: 50 }), c({ donor: 'B', kind: 'pledge', origin: 'fts', quantity: 400 }), c({ partnerId: 'ETH', origin: 'recorded', kind: 'pledge' })], window);
    expect(sources.get('KEN:gloves')).toEqual([
      { item: 'gloves', donor: 'B', kind: 'pledge', origin: 'fts', quantity: 400 },
      { item: 'gloves', donor: 'A', kind: 'delivery', origin: 'iati', quantity: 150 },
    ]);
    expect(nettedTotals(sources)).toEqual(new Map([['KEN:gloves', 550], ['ETH:gloves', 100]]));
  });

  it('counts imported flows within the horizon either side of the batch, recorded pledges up to its end as before', () => {
    const sources = donorSources([c({ date: '2026-01-31' }), c({ date: '2026-03-30' }), c({ date: '2026-02-01', quantity: 7 }), c({ origin: 'recorded', kind: 'pledge', date: '2025-12-01', quantity: 3 })], window);
    expect(nettedTotals(sources).get('KEN:gloves')).toBe(10);
  });
});
