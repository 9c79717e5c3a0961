import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AgencyNeedsParameters, AidItem, AidRequest, Batch, CoordinatorBatch, PlanRun } from '../../../shared/schemas/aid';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { insertBatch } from './aid.repo';
import { seedAidCatalogue } from './aid.seed';

describeEachDialect('aid routes', (getDb) => {
  let t: TestApp;
  let coordinator: TestClient;
  let ken: TestClient;
  let uga: TestClient;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedAidCatalogue(t.services.db, t.services.clock);
    coordinator = await t.signIn('coordinator');
    ken = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    uga = await t.signIn('partner_focal_point', { partnerId: 'UGA' });
  });
  afterAll(() => t.close());

  it('refuses a donor daily case count that would overflow the reserve, and the supply still answers', async () => {
    const res = await coordinator.request('PUT', '/api/aid/reserve-settings', { donorIso3: 'CHN', horizonWeeks: 4, donorDailyCases: 1e308 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ path: 'body.donorDailyCases' });
    expect((await coordinator.request('GET', '/api/aid/supply')).statusCode).toBe(200);
  });

  it('refuses a row id past the database integer with 400, not a database error', async () => {
    expect((await coordinator.request('GET', '/api/aid/requests/99999999999')).statusCode).toBe(400);
  });

  it('files a request, plans it in the worker, approves batch 1, and shows it to its partner only', async () => {
    const supply = await coordinator.request('PUT', '/api/aid/supply/pulse-oximeter', { stockOnHand: 1000, weeklyIncoming: 100, committed: 0, reserveFloor: 200 });
    expect(supply.statusCode).toBe(200);

    const filed = await ken.request('POST', '/api/aid/partners/KEN/requests', { neededBy: '2026-12-31', justification: 'clinics short', lines: [{ item: 'pulse-oximeter', quantity: 500 }], submit: true });
    expect(filed.statusCode, filed.body).toBe(201);
    expect((await uga.request('GET', `/api/aid/requests/${filed.json().id}`)).statusCode).toBe(404);
    expect((await ken.request('POST', '/api/aid/plan', { batchDate: '2026-12-01' })).statusCode).toBe(403);

    const options = { batchDate: '2026-12-01', items: ['pulse-oximeter'] };
    const planned = await coordinator.request('POST', '/api/aid/plan', options);
    expect(planned.statusCode, planned.body).toBe(200);
    const run = planned.json<PlanRun>();
    expect(run.plan.allocations).toEqual([{ recipient: 'KEN', item: 'pulse-oximeter', quantity: 500, packs: 10 }]);
    expect(run.needsParameters.find((p) => p.id === 'shareSevere')).toMatchObject({ value: 0.15, verified: true, overridden: false });

    const approved = await coordinator.request('POST', '/api/aid/batches', { options: run.options, fingerprint: run.fingerprint, allocations: run.plan.allocations });
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json<Batch>().number).toBe(1);
    // The answer says what really changed: the one request the batch covers is now planned.
    expect(approved.json().requestsPlanned).toEqual([filed.json().id]);

    const stale = await coordinator.request('POST', '/api/aid/batches', { options: run.options, fingerprint: run.fingerprint, allocations: run.plan.allocations });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');

    const mine = await ken.request('GET', '/api/aid/partners/KEN/batches');
    expect(mine.json<{ batches: Batch[] }>().batches.map((b) => b.allocations)).toEqual([[{ partnerId: 'KEN', requestId: filed.json().id, item: 'pulse-oximeter', quantity: 500, packs: 10 }]]);
    expect((await uga.request('GET', '/api/aid/partners/UGA/batches')).json()).toEqual({ batches: [] });
    expect((await uga.request('GET', '/api/aid/partners/KEN/batches')).statusCode).toBe(404);
    expect((await ken.request('GET', `/api/aid/requests/${filed.json().id}`)).json().status).toBe('planned');
  });

  it('answers 422 with the path of a bad field', async () => {
    const res = await ken.request('POST', '/api/aid/partners/KEN/requests', { neededBy: '2026-12-31', justification: 'x', lines: [{ item: 'no-such-item', quantity: 5 }] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([{ path: 'lines[0].item', message: 'no catalogue item no-such-item' }]);
    const overrides = await coordinator.request('POST', '/api/aid/plan', { batchDate: '2026-12-01', needsOverrides: { nope: 1 } });
    expect(overrides.statusCode).toBe(422);
    expect(overrides.json().error.details).toEqual([{ path: 'needsOverrides.nope', message: 'unknown parameter "nope"' }]);
  });

  it('answers 201 to one of two simultaneous approvals of the same plan and 409 to the other', async () => {
    const filed = await ken.request('POST', '/api/aid/partners/KEN/requests', { neededBy: '2026-12-31', justification: 'more', lines: [{ item: 'pulse-oximeter', quantity: 100 }], submit: true });
    expect(filed.statusCode, filed.body).toBe(201);
    const run = (await coordinator.request('POST', '/api/aid/plan', { batchDate: '2026-12-02', items: ['pulse-oximeter'] })).json<PlanRun>();
    const body = { options: run.options, fingerprint: run.fingerprint, allocations: run.plan.allocations };
    const answers = await Promise.all([coordinator.request('POST', '/api/aid/batches', body), coordinator.request('POST', '/api/aid/batches', body)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((a) => a.statusCode === 409)!.json().error.code).toBe('conflict');
  });

  it('records, lists and deletes another donor’s pledge through the API', async () => {
    const body = { partnerId: 'UGA', item: 'gloves', quantity: 2000, donor: 'Donor B', expectedDate: '2026-12-15' };
    const made = await coordinator.request('POST', '/api/aid/pledges', body);
    expect(made.statusCode, made.body).toBe(201);
    expect((await coordinator.request('GET', '/api/aid/pledges?partnerId=UGA')).json().pledges).toEqual([made.json()]);
    expect((await coordinator.request('POST', '/api/aid/pledges', { ...body, quantity: 0 })).json().error.details[0].path).toBe('body.quantity');
    expect((await uga.request('GET', '/api/aid/pledges')).statusCode).toBe(403);
    expect((await coordinator.request('DELETE', `/api/aid/pledges/${made.json().id}`)).statusCode).toBe(200);
    expect((await coordinator.request('DELETE', `/api/aid/pledges/${made.json().id}`)).statusCode).toBe(404);
  });

  it('lets the admin run the aid module as a coordinator does (the web showed the admin "In preparation")', async () => {
    const admin = await t.signIn('admin');
    for (const url of ['/api/aid/supply', '/api/aid/requests', '/api/aid/batches', '/api/aid/consignments', '/api/aid/needs-parameters']) {
      const res = await admin.request('GET', url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
    }
  });

  it('lets only coordinators read and replace the agency’s needs parameters, 422 with the field’s path, each change audited', async () => {
    const url = '/api/aid/needs-parameters';
    for (const [client, status] of [[ken, 403], [t.anonymous, 401]] as const) {
      expect((await client.request('GET', url)).statusCode).toBe(status);
      expect((await client.request('PUT', url, { values: { contactsPerCase: 12 } })).statusCode).toBe(status);
    }
    const listed = await coordinator.request('GET', url);
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json<AgencyNeedsParameters>().parameters.find((p) => p.id === 'contactsPerCase')).toMatchObject({ agencyValue: null, origin: 'model' });

    const bad = await coordinator.request('PUT', url, { values: { shareSevere: 0.2, nope: 1 } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toEqual(['values.nope']);
    const split = await coordinator.request('PUT', url, { values: { shareSevere: 0.2 } });
    expect(split.statusCode).toBe(422);
    expect(split.json().error.details).toEqual([{ path: 'values', message: expect.stringMatching(/add up to 1/) }]);

    const saved = await coordinator.request('PUT', url, { values: { contactsPerCase: 12 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<AgencyNeedsParameters>().parameters.find((p) => p.id === 'contactsPerCase')).toMatchObject({ value: 12, agencyValue: 12, origin: 'agency' });
    expect((await coordinator.request('GET', url)).json<AgencyNeedsParameters>().parameters.find((p) => p.id === 'contactsPerCase')!.value).toBe(12);
    expect((await coordinator.request('PUT', url, { values: {} })).statusCode).toBe(200);
    const trail = await t.services.audit.list({ action: 'aid.needs.parameters', limit: 10, offset: 0 });
    expect(trail.entries.map((e) => e.summary)).toEqual([
      { before: { contactsPerCase: 12 }, after: {} },
      { before: {}, after: { contactsPerCase: 12 } },
    ]);
  });

  // The catalogue is editable by coordinators only; a planned request is shipped by a coordinator and its
  // receipt confirmed by its own partner; every change is audited.
  it('lets a coordinator edit a catalogue item, audited, and refuses focal points, unknown items and bad fields', async () => {
    const edited = await coordinator.request('PATCH', '/api/aid/items/gloves', { packSize: 500, packWeightKg: 2.5 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<AidItem>()).toMatchObject({ id: 'gloves', packSize: 500, packWeightKg: 2.5 });
    const items = (await ken.request('GET', '/api/aid/items')).json<{ items: AidItem[] }>().items;
    expect(items.find((i) => i.id === 'gloves')).toMatchObject({ packSize: 500, packWeightKg: 2.5 });

    expect((await ken.request('PATCH', '/api/aid/items/gloves', { packSize: 1 })).statusCode).toBe(403);
    expect((await coordinator.request('PATCH', '/api/aid/items/unicorn', { packSize: 1 })).statusCode).toBe(404);
    const bad = await coordinator.request('PATCH', '/api/aid/items/gloves', { packSize: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details.map((d: { path: string }) => d.path)).toEqual(['body.packSize']);

    const trail = await t.services.audit.list({ action: 'aid.item.update', limit: 10, offset: 0 });
    expect(trail.entries.map((e) => e.entityId)).toEqual(['gloves']);
  });

  it('ships a planned request (coordinator) and lets its own partner confirm receipt, each move audited', async () => {
    await coordinator.request('PUT', '/api/aid/supply/patient-monitor', { stockOnHand: 100, weeklyIncoming: 0, committed: 0, reserveFloor: 0 });
    const filed = await ken.request('POST', '/api/aid/partners/KEN/requests', { neededBy: '2026-12-31', justification: 'ICU beds', lines: [{ item: 'patient-monitor', quantity: 10 }], submit: true });
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json<AidRequest>().id;
    const run = (await coordinator.request('POST', '/api/aid/plan', { batchDate: '2026-12-01', items: ['patient-monitor'] })).json<PlanRun>();
    const approved = await coordinator.request('POST', '/api/aid/batches', { options: run.options, fingerprint: run.fingerprint, allocations: run.plan.allocations });
    expect(approved.statusCode, approved.body).toBe(201);
    expect((await ken.request('GET', `/api/aid/requests/${id}`)).json<AidRequest>().status).toBe('planned');

    expect((await ken.request('POST', `/api/aid/requests/${id}/status`, { status: 'shipped' })).statusCode).toBe(409);
    expect((await ken.request('POST', `/api/aid/requests/${id}/status`, { status: 'received' })).statusCode).toBe(409);
    const shipped = await coordinator.request('POST', `/api/aid/requests/${id}/status`, { status: 'shipped' });
    expect(shipped.statusCode, shipped.body).toBe(200);
    expect(shipped.json<AidRequest>().status).toBe('shipped');
    expect((await uga.request('POST', `/api/aid/requests/${id}/status`, { status: 'received' })).statusCode).toBe(404);
    const received = await ken.request('POST', `/api/aid/requests/${id}/status`, { status: 'received' });
    expect(received.statusCode, received.body).toBe(200);
    expect(received.json<AidRequest>().status).toBe('received');
    expect((await coordinator.request('POST', `/api/aid/requests/${id}/status`, { status: 'shipped' })).statusCode).toBe(409);

    const trail = await t.services.audit.list({ entityType: 'aid_request', entityId: String(id), limit: 50, offset: 0 });
    expect(trail.entries.map((e) => e.action).reverse()).toEqual(['aid.request.create', 'aid.request.status', 'aid.request.status', 'aid.request.status']);
  });

  it('says when a batch covers no request in full: nothing moves to planned', async () => {
    await coordinator.request('PUT', '/api/aid/supply/gown', { stockOnHand: 300, weeklyIncoming: 0, committed: 0, reserveFloor: 0 });
    const filed = await ken.request('POST', '/api/aid/partners/KEN/requests', { neededBy: '2026-12-31', justification: 'wards', lines: [{ item: 'gown', quantity: 5000 }], submit: true });
    expect(filed.statusCode, filed.body).toBe(201);
    const run = (await coordinator.request('POST', '/api/aid/plan', { batchDate: '2026-12-02', items: ['gown'] })).json<PlanRun>();
    expect(run.plan.allocations.length).toBeGreaterThan(0);
    const approved = await coordinator.request('POST', '/api/aid/batches', { options: run.options, fingerprint: run.fingerprint, allocations: run.plan.allocations });
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json().requestsPlanned).toEqual([]);
    expect((await ken.request('GET', `/api/aid/requests/${filed.json().id}`)).json<AidRequest>().status).toBe('submitted');
  });

  it('shows coordinators the settings each batch was approved with, and partners none', async () => {
    await coordinator.request('PUT', '/api/aid/supply/oxygen-concentrator', { stockOnHand: 50, weeklyIncoming: 0, committed: 0, reserveFloor: 0 });
    const filed = await ken.request('POST', '/api/aid/partners/KEN/requests', { neededBy: '2026-12-31', justification: 'oxygen', lines: [{ item: 'oxygen-concentrator', quantity: 5 }], submit: true });
    expect(filed.statusCode, filed.body).toBe(201);
    const options = { batchDate: '2026-12-03', items: ['oxygen-concentrator'], weights: { urgency: 0.5, shortage: 2 }, needsHorizonWeeks: 6, needsOverrides: { contactsPerCase: 12 } };
    const run = (await coordinator.request('POST', '/api/aid/plan', options)).json<PlanRun>();
    const approved = await coordinator.request('POST', '/api/aid/batches', { options: run.options, fingerprint: run.fingerprint, allocations: run.plan.allocations });
    expect(approved.statusCode, approved.body).toBe(201);

    const listed = await coordinator.request('GET', '/api/aid/batches');
    expect(listed.statusCode, listed.body).toBe(200);
    const batch = listed.json<{ batches: CoordinatorBatch[] }>().batches.find((b) => b.id === approved.json<CoordinatorBatch>().id)!;
    expect(batch.settings).toMatchObject({ batchDate: '2026-12-03', items: ['oxygen-concentrator'], weights: { urgency: 0.5, shortage: 2 }, needsHorizonWeeks: 6, estimatedDemand: false, needsOverrides: { contactsPerCase: 12 } });
    expect(batch.settings!.needsValues).toMatchObject({ contactsPerCase: 12, shareSevere: 0.15 });
    expect(approved.json<CoordinatorBatch>().settings).toEqual(batch.settings);

    expect((await ken.request('GET', '/api/aid/batches')).statusCode).toBe(403);
    const mine = (await ken.request('GET', '/api/aid/partners/KEN/batches')).json<{ batches: Batch[] }>().batches;
    expect(mine.length).toBeGreaterThan(0);
    for (const b of mine) expect(b).not.toHaveProperty('settings');
  });

  it('reads a batch approved before needsValues were kept, and gives null settings for stored ones that no longer read', async () => {
    const row = { batch_date: '2020-01-01', approved_by: null, approved_by_label: 'old', approved_at: '2020-01-01T00:00:00.000Z', supply_fingerprint: 'old', objective: 0 };
    const older = await insertBatch(t.services.db, { ...row, number: 101, options: JSON.stringify({ batchDate: '2020-01-01', weeksToBatch: 0 }) });
    const broken = await insertBatch(t.services.db, { ...row, number: 102, options: '{"batchDate": 5' });
    const batches = (await coordinator.request('GET', '/api/aid/batches')).json<{ batches: CoordinatorBatch[] }>().batches;
    expect(batches.find((b) => b.id === older)!.settings).toEqual({ batchDate: '2020-01-01', weeksToBatch: 0, needsHorizonWeeks: 4, estimatedDemand: false });
    expect(batches.find((b) => b.id === broken)!.settings).toBeNull();
  });
});
