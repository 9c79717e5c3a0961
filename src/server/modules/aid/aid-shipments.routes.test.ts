import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanRun } from '../../../shared/schemas/aid';
import type { Consignment } from '../../../shared/schemas/aid-shipments';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { seedAidCatalogue } from './aid.seed';

// From an approved batch to a confirmed receipt, over HTTP on both databases: Kenya's consignment of
// 5,000 gloves is dispatched and arrives; its focal point confirms 4,000 good and 500 damaged in two
// receipts (one refused above what was shipped); the 500 short are carried over to Kenya's next consignment.
describeEachDialect('aid shipments and receipts', (getDb) => {
  let t: TestApp;
  let coordinator: TestClient;
  let ken: TestClient;
  let uga: TestClient;

  async function approveBatch(partnerId: string, quantity: number): Promise<number> {
    await t.services.aid.requests.create(systemActor('test'), partnerId, { neededBy: '2026-12-20', justification: 'wards short', lines: [{ item: 'gloves', quantity }], submit: true });
    const run = (await coordinator.request('POST', '/api/aid/plan', { batchDate: '2026-12-01', items: ['gloves'] })).json<PlanRun>();
    const res = await coordinator.request('POST', '/api/aid/batches', { options: run.options, fingerprint: run.fingerprint, allocations: run.plan.allocations });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }
  const kenyaOf = async (batchId: number) => (await coordinator.request('GET', `/api/aid/consignments?batchId=${batchId}`)).json<{ consignments: Consignment[] }>().consignments.find((c) => c.partnerId === 'KEN')!;
  const step = (client: TestClient, id: number, status: string) => client.request('POST', `/api/aid/consignments/${id}/steps`, { status });

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedAidCatalogue(t.services.db, t.services.clock);
    coordinator = await t.signIn('coordinator');
    ken = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    uga = await t.signIn('partner_focal_point', { partnerId: 'UGA' });
    await coordinator.request('PUT', '/api/aid/supply/gloves', { stockOnHand: 100_000, weeklyIncoming: 0, committed: 0, reserveFloor: 0 });
  });
  afterAll(() => t.close());

  it('prepares one consignment per recipient with its packing list, and takes shipping details checked at their field', async () => {
    const batchId = await approveBatch('KEN', 5000);
    const c = await kenyaOf(batchId);
    // 5 packs of gloves at 6.5 kg and 0.03 m³ (the shipped catalogue).
    expect(c).toMatchObject({ number: 'B1-KEN', status: 'prepared', lines: [{ item: 'gloves', quantity: 5000, packs: 5, carriedFrom: null }], remainder: null });
    expect(c.totals.grossKg).toBeCloseTo(32.5, 9);
    expect(c.totals.volumeM3).toBeCloseTo(0.15, 9);
    expect(c.events).toEqual([expect.objectContaining({ status: 'prepared' })]);

    const bad = await coordinator.request('PATCH', `/api/aid/consignments/${c.id}`, { departureAirport: 'pek' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('departureAirport');
    const details = { mode: 'charter-flight', carrier: 'Air China Cargo', voyage: 'CA1045', departureAirport: 'PEK', arrivalAirport: 'NBO', plannedDeparture: '2026-12-03', plannedArrival: '2026-12-04' };
    const set = await coordinator.request('PATCH', `/api/aid/consignments/${c.id}`, details);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject(details);
    expect((await ken.request('PATCH', `/api/aid/consignments/${c.id}`, details)).statusCode).toBe(403);
  });

  it('moves step by step (409 out of order), lets only its own focal point record receipts, and refuses more than was shipped at the field', async () => {
    const c = await kenyaOf(1);
    expect((await step(coordinator, c.id, 'arrived')).statusCode).toBe(409);
    expect((await step(ken, c.id, 'dispatched')).statusCode).toBe(403);
    for (const status of ['dispatched', 'in-transit', 'arrived']) expect((await step(coordinator, c.id, status)).statusCode).toBe(200);
    expect((await uga.request('GET', `/api/aid/consignments/${c.id}`)).statusCode).toBe(404);
    expect((await coordinator.request('POST', `/api/aid/consignments/${c.id}/receipts`, { lines: [{ item: 'gloves', good: 1 }] })).statusCode).toBe(403);

    const first = await ken.request('POST', `/api/aid/consignments/${c.id}/receipts`, { lines: [{ item: 'gloves', good: 3000, damaged: 500, note: 'one carton crushed' }] });
    expect(first.statusCode, first.body).toBe(200);
    const above = await ken.request('POST', `/api/aid/consignments/${c.id}/receipts`, { lines: [{ item: 'gloves', good: 2000 }] });
    expect(above.statusCode).toBe(422);
    expect(above.json().error.details).toEqual([{ path: 'lines[0].good', message: 'at most 1500 can still be received of 5000 shipped' }]);
    const second = await ken.request('POST', `/api/aid/consignments/${c.id}/receipts`, { lines: [{ item: 'gloves', good: 1000 }] });
    expect(second.json<Consignment>().balance).toEqual([{ item: 'gloves', shipped: 5000, good: 4000, damaged: 500, short: 500, excess: 0 }]);

    expect((await coordinator.request('POST', `/api/aid/consignments/${c.id}/remainder`, { action: 'carried-over' })).statusCode).toBe(409);
    expect((await step(coordinator, c.id, 'handed-over')).statusCode).toBe(200);
    const confirmed = await step(ken, c.id, 'receipt-confirmed');
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json<Consignment>().events.map((e) => e.status)).toEqual(['prepared', 'dispatched', 'in-transit', 'arrived', 'handed-over', 'receipt-confirmed']);
    expect((await step(coordinator, c.id, 'cancelled')).statusCode).toBe(409);

    const audited = await t.services.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'aid_consignment').execute();
    expect(audited.map((a) => a.action)).toEqual(expect.arrayContaining(['aid.consignment.prepare', 'aid.consignment.details', 'aid.consignment.step', 'aid.consignment.receipt']));
  });

  it('carries what did not arrive over to the partner’s next consignment, once', async () => {
    const c = await kenyaOf(1);
    const settled = await coordinator.request('POST', `/api/aid/consignments/${c.id}/remainder`, { action: 'carried-over' });
    expect(settled.statusCode, settled.body).toBe(200);
    expect((await coordinator.request('POST', `/api/aid/consignments/${c.id}/remainder`, { action: 'returned' })).statusCode).toBe(409);
    const next = await kenyaOf(await approveBatch('KEN', 2000));
    expect(next.lines).toEqual([
      expect.objectContaining({ item: 'gloves', quantity: 2000, carriedFrom: null }),
      expect.objectContaining({ item: 'gloves', quantity: 500, packs: 1, carriedFrom: c.id }),
    ]);
    // The IATI export shows the first consignment disbursed and finished.
    const xml = (await coordinator.request('GET', '/api/aid/iati/activities.xml')).body;
    const first = xml.slice(xml.indexOf('B1-KEN<'), xml.indexOf('</iati-activity>', xml.indexOf('B1-KEN<')));
    expect(first).toContain('<activity-status code="3"/>');
    expect(first).toContain('<transaction-type code="3"/>');
  });
});
