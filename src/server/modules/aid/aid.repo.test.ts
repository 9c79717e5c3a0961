import { beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { seedCountries } from '../countries/countries.seed';
import { seedAidCatalogue } from './aid.seed';
import { allocatedSince, insertAllocations, insertBatch, insertPledge, listPledges } from './aid.repo';

describeEachDialect('aid repository: what counts against a need over the horizon', (getDb) => {
  const clock = () => new Date('2026-12-01T09:00:00Z');
  beforeAll(async () => {
    const { db } = getDb();
    await seedCountries(db, clock);
    await seedAidCatalogue(db, clock);
  });

  it('sums what batches dated from a day on brought each partner, per item, leaving older batches out', async () => {
    const { db } = getDb();
    const batch = async (number: number, date: string) =>
      insertBatch(db, { number, batch_date: date, approved_by: null, approved_by_label: 'test', approved_at: date, supply_fingerprint: 'f', objective: 0, options: '{}' });
    const old = await batch(1, '2026-09-01');
    const recent = await batch(2, '2026-11-20');
    await insertAllocations(db, [
      { batch_id: old, partner_id: 'KEN', request_id: null, item_id: 'gloves', quantity: 9000, packs: 9 },
      { batch_id: recent, partner_id: 'KEN', request_id: null, item_id: 'gloves', quantity: 2000, packs: 2 },
      { batch_id: recent, partner_id: 'KEN', request_id: null, item_id: 'gloves', quantity: 1000, packs: 1 },
      { batch_id: recent, partner_id: 'UGA', request_id: null, item_id: 'gown', quantity: 300, packs: 3 },
    ]);
    const rows = (await allocatedSince(db, '2026-11-03')).map((r) => [r.partner_id, r.item_id, Number(r.quantity)]);
    expect(rows.sort()).toEqual([['KEN', 'gloves', 3000], ['UGA', 'gown', 300]]);
    expect((await allocatedSince(db, '2026-08-01')).find((r) => r.partner_id === 'KEN')!.quantity).toBe(12000);
  });

  it('lists the pledges expected by a date', async () => {
    const { db } = getDb();
    const pledge = (expected: string) =>
      insertPledge(db, { partner_id: 'KEN', item_id: 'gloves', quantity: 10, donor: 'd', expected_date: expected, created_by: null, created_by_label: 'test', created_at: expected });
    await pledge('2026-12-10');
    await pledge('2027-03-01');
    expect((await listPledges(db, { expectedBy: '2026-12-29' })).map((p) => p.expected_date)).toEqual(['2026-12-10']);
    expect(await listPledges(db, { partnerId: 'KEN' })).toHaveLength(2);
  });
});
