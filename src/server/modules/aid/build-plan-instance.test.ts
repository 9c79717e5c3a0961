import { describe, expect, it } from 'vitest';
import type { AidItem, AidRequest, SupplyLine } from '../../../shared/schemas/aid';
import type { Partner } from '../../../shared/schemas/countries';
import { buildPlanInstance } from './build-plan-instance';

const item = (id: string, packSize: number): AidItem => ({ id, nameEn: id, nameZh: id, unit: 'piece', packSize, packWeightKg: 1, packVolumeM3: 0.01, value: 1 });
const supply = (id: string, stock: number, reserve: number): SupplyLine => ({ item: id, stockOnHand: stock, weeklyIncoming: 100, committed: 50, reserveFloor: reserve, donorNeed: 0, reserve, reserveSetBy: 'floor' });
const partner = (id: string, kind: 'country' | 'organisation'): Partner => ({ id, kind, iso3: kind === 'country' ? id : null, acronym: null, nameEn: id, nameZh: id, whoRegion: null, headquartersIso3: null, memberIso3: [] });
const request = (id: number, partnerId: string, neededBy: string, lines: Array<[string, number, number]>): AidRequest => ({
  id,
  partnerId,
  status: 'submitted',
  neededBy,
  justification: 'x',
  lines: lines.map(([item, quantity, allocated]) => ({ item, quantity, allocated })),
  comments: [],
  createdBy: null,
  createdAt: '2026-12-01',
  updatedAt: '2026-12-01',
});

const data = {
  items: [item('gloves', 100), item('gown', 10)],
  supply: [supply('gloves', 1000, 200), supply('gown', 30, 100)],
  openRequests: [
    request(1, 'KEN', '2026-12-10', [['gloves', 500, 200], ['gown', 40, 0]]),
    request(2, 'KEN', '2026-12-05', [['gloves', 100, 0]]),
    request(3, 'ORG-WHO', '2027-03-01', [['gloves', 300, 300]]),
    request(4, 'UGA', '2027-01-01', [['gown', 20, 0]]),
  ],
  partners: [partner('KEN', 'country'), partner('UGA', 'country'), partner('ORG-WHO', 'organisation')],
  severity: new Map([['KEN', { incidence7dPer100k: 150, growth7d: 0.2, deaths28dPerMillion: 20, hospitalBedsPerThousand: 1.4 }]]),
};

describe('buildPlanInstance', () => {
  it('nets out what earlier batches allocated, sums a partner’s requests and clamps the reserve to what is available', () => {
    const result = buildPlanInstance(data, { batchDate: '2026-12-01', weeksToBatch: 2 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { instance, supply: rows, recipients } = result.built;
    expect(instance.demands).toEqual([
      { recipient: 'KEN', item: 'gloves', quantity: 400 },
      { recipient: 'KEN', item: 'gown', quantity: 40 },
      { recipient: 'UGA', item: 'gown', quantity: 20 },
    ]);
    // available = stock + 2 weeks × 100 − 50 committed; the gown reserve (100) is above it: nothing to give.
    expect(rows.map((s) => [s.item, s.available, s.giveable])).toEqual([['gloves', 1150, 950], ['gown', 180, 80]]);
    expect(instance.items[1]).toMatchObject({ id: 'gown', available: 180, reserve: 100 });
    // The organisation's request is fully served: it is no recipient.
    expect(recipients.map((r) => r.partnerId).sort()).toEqual(['KEN', 'UGA']);
    const ken = recipients.find((r) => r.partnerId === 'KEN')!;
    expect(ken.requestIds).toEqual([1, 2]);
    expect(ken.factors.find((f) => f.key === 'incidence')?.missing).toBe(false);
    expect(recipients.find((r) => r.partnerId === 'UGA')!.factors.find((f) => f.key === 'incidence')?.missing).toBe(true);
  });

  it('takes priorities and severities set by the coordinator, and refuses unknown items with their path', () => {
    const result = buildPlanInstance(data, { batchDate: '2026-12-01', priorities: { UGA: 0.9 }, severities: { KEN: 1 } });
    if (!result.ok) throw new Error('expected a plan');
    const [first, second] = result.built.recipients;
    expect(second).toMatchObject({ partnerId: 'UGA', priority: 0.9, prioritySource: 'coordinator' });
    expect(first).toMatchObject({ partnerId: 'KEN', prioritySource: 'computed' });
    expect(first!.priority).toBeGreaterThan(0.9);
    expect(first!.factors.map((f) => f.key)).toContain('coordinator-severity');
    expect(buildPlanInstance(data, { batchDate: '2026-12-01', items: ['gloves', 'masks'] })).toEqual({ ok: false, errors: [{ path: 'items[1]', message: 'no catalogue item masks' }] });
  });
});
