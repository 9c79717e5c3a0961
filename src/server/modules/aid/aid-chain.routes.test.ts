import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanRun } from '../../../shared/schemas/aid';
import type { PartnerChain } from '../../../shared/schemas/aid-chain';
import type { Consignment } from '../../../shared/schemas/aid-shipments';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { jhuSample } from '../situation/situation.test-support';
import { seedAidCatalogue } from './aid.seed';

// The chain in one view over HTTP on both databases: Kenya's situation (a JHU sample), its estimated need,
// its request for 5,000 gloves, batch 1's allocation, the consignment dispatched and a receipt of 4,000
// good and 500 damaged, side by side per item; Kenya's focal point reaches its own chain only, Uganda's
// none of Kenya's; an organisation's chain has no indicators.
describeEachDialect('aid chain from signal to receipt', (getDb) => {
  let t: TestApp;
  let coordinator: TestClient;
  let ken: TestClient;
  let uga: TestClient;

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock: () => new Date('2020-05-20T09:00:00Z') });
    await seedAidCatalogue(t.services.db, t.services.clock);
    coordinator = await t.signIn('coordinator');
    ken = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    uga = await t.signIn('partner_focal_point', { partnerId: 'UGA' });
    expect((await coordinator.request('POST', '/api/situation/imports', { source: 'jhu', files: jhuSample(120, ['Kenya', 'Italy']) })).statusCode).toBe(201);
    await coordinator.request('PUT', '/api/aid/supply/gloves', { stockOnHand: 100_000, weeklyIncoming: 0, committed: 0, reserveFloor: 0 });
    const filed = await ken.request('POST', '/api/aid/partners/KEN/requests', { neededBy: '2020-06-01', justification: 'wards short', lines: [{ item: 'gloves', quantity: 5000 }], submit: true });
    expect(filed.statusCode, filed.body).toBe(201);
    const run = (await coordinator.request('POST', '/api/aid/plan', { batchDate: '2020-05-20', items: ['gloves'] })).json<PlanRun>();
    expect((await coordinator.request('POST', '/api/aid/batches', { options: run.options, fingerprint: run.fingerprint, allocations: run.plan.allocations })).statusCode).toBe(201);
    const c = (await coordinator.request('GET', '/api/aid/consignments')).json<{ consignments: Consignment[] }>().consignments.find((x) => x.partnerId === 'KEN')!;
    for (const status of ['dispatched', 'in-transit', 'arrived', 'handed-over']) expect((await coordinator.request('POST', `/api/aid/consignments/${c.id}/steps`, { status })).statusCode).toBe(200);
    const receipt = await ken.request('POST', `/api/aid/consignments/${c.id}/receipts`, { lines: [{ item: 'gloves', good: 4000, damaged: 500 }] });
    expect(receipt.statusCode, receipt.body).toBe(200);
  });
  afterAll(() => t.close());

  it('shows a country from its indicators to its receipt, each stage per item', async () => {
    const res = await coordinator.request('GET', '/api/aid/partners/KEN/chain');
    expect(res.statusCode, res.body).toBe(200);
    const chain = res.json<PartnerChain>();
    expect(chain).toMatchObject({ partnerId: 'KEN', nameEn: 'Kenya', kind: 'country', iso3: 'KEN' });
    expect(chain.indicators?.date).not.toBeNull();
    expect(chain.indicators?.incidence7dPer100k).toBeGreaterThan(0);
    expect(chain.estimate?.needs.length).toBeGreaterThan(0);
    expect(chain.requests.map((r) => r.lines)).toEqual([[expect.objectContaining({ item: 'gloves', quantity: 5000 })]]);
    expect(chain.batches.map((b) => b.number)).toEqual([1]);
    expect(chain.consignments.map((c) => [c.number, c.status])).toEqual([['B1-KEN', 'handed-over']]);
    const gloves = chain.items.find((r) => r.item === 'gloves')!;
    expect(gloves).toMatchObject({ requested: 5000, allocated: 5000, shipped: 5000, received: 4000, damaged: 500, short: 500 });
    expect(gloves.need).toBeGreaterThan(0);
  });

  it('lets a focal point reach its own partner’s chain and answers 404 for any other, as for an unknown partner', async () => {
    expect((await ken.request('GET', '/api/aid/partners/KEN/chain')).json<PartnerChain>().items.find((r) => r.item === 'gloves')?.received).toBe(4000);
    const other = await uga.request('GET', '/api/aid/partners/KEN/chain');
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('wards short');
    expect((await uga.request('GET', '/api/aid/partners/UGA/chain')).json<PartnerChain>()).toMatchObject({ requests: [], batches: [], consignments: [] });
    expect((await coordinator.request('GET', '/api/aid/partners/XXX/chain')).statusCode).toBe(404);
    expect((await (await t.signIn('expert')).request('GET', '/api/aid/partners/KEN/chain')).statusCode).toBe(403);
  });

  it('gives an organisation its chain without indicators', async () => {
    const res = await coordinator.request('GET', '/api/aid/partners/ORG-WHO/chain');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<PartnerChain>()).toMatchObject({ kind: 'organisation', iso3: null, indicators: null, items: [] });
  });
});
