import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanRun } from '../../../shared/schemas/aid';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { jhuSample } from '../situation/situation.test-support';
import { seedAidCatalogue } from './aid.seed';

// The severity weights a coordinator saves on the Situation page reach the next aid plan (docs/decisions/036).
describeEachDialect('aid priority weights from the situation', (getDb) => {
  let t: TestApp;
  let coordinator: TestClient;
  const options = { batchDate: '2020-05-20', items: ['gloves'] };
  const deaths = (run: PlanRun) => run.recipients.find((r) => r.partnerId === 'KEN')!.factors.find((f) => f.key === 'deaths')!;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedAidCatalogue(t.services.db, t.services.clock);
    coordinator = await t.signIn('coordinator');
    const ken = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    expect((await coordinator.request('POST', '/api/situation/imports', { source: 'jhu', files: jhuSample(120, ['Kenya', 'Italy', 'Ethiopia', 'Diamond Princess']) })).statusCode).toBe(201);
    await coordinator.request('PUT', '/api/aid/supply/gloves', { stockOnHand: 100_000, weeklyIncoming: 0, committed: 0, reserveFloor: 0 });
    const filed = await ken.request('POST', '/api/aid/partners/KEN/requests', { neededBy: '2020-06-01', justification: 'wards short', lines: [{ item: 'gloves', quantity: 5000 }], submit: true });
    expect(filed.statusCode, filed.body).toBe(201);
  });
  afterAll(() => t.close());

  it('weighs deaths nothing in the next plan once the deaths weight is set to 0, and says where each weight came from', async () => {
    const before = (await coordinator.request('POST', '/api/aid/plan', options)).json<PlanRun>();
    expect(deaths(before).weight).toBeCloseTo(0.15, 12);
    expect(deaths(before).contribution).toBeGreaterThan(0);
    expect(before.priorityWeights.every((w) => w.origin === 'model')).toBe(true);

    const saved = await coordinator.request('PUT', '/api/situation/severity-weights', { weights: { incidence: 0.3, growth: 0.15, deaths: 0, 'health-system': 0.3 } });
    expect(saved.statusCode, saved.body).toBe(200);

    const after = (await coordinator.request('POST', '/api/aid/plan', options)).json<PlanRun>();
    expect(deaths(after)).toMatchObject({ weight: 0, contribution: 0 });
    expect(after.priorityWeights.find((w) => w.key === 'deaths')).toMatchObject({ value: 0, agencyValue: 0, modelValue: 0.15, origin: 'agency' });
    expect(after.priorityWeights.find((w) => w.key === 'incidence')!.value).toBeCloseTo(0.24, 12);
    expect(after.fingerprint).not.toBe(before.fingerprint);

    // The plan computed under the old weights is stale.
    const stale = await coordinator.request('POST', '/api/aid/batches', { options: before.options, fingerprint: before.fingerprint, allocations: before.plan.allocations });
    expect(stale.statusCode).toBe(409);

    // A run's override wins over the agency's weight, and the approved batch keeps every weight in effect.
    const overridden = (await coordinator.request('POST', '/api/aid/plan', { ...options, weights: { deaths: 0.5 } })).json<PlanRun>();
    expect(deaths(overridden).weight).toBe(0.5);
    expect(overridden.priorityWeights.find((w) => w.key === 'deaths')).toMatchObject({ origin: 'run', agencyValue: 0 });
    const approved = await coordinator.request('POST', '/api/aid/batches', { options: after.options, fingerprint: after.fingerprint, allocations: after.plan.allocations });
    expect(approved.statusCode, approved.body).toBe(201);
    expect(approved.json().settings.priorityWeightValues).toMatchObject({ deaths: 0, shortage: 0.25 });
  });

  it('weighs each country’s importation risk, at the agency’s saved weight, and nothing once that weight is 0', async () => {
    const importation = (run: PlanRun) => run.recipients.find((r) => r.partnerId === 'KEN')!.factors.find((f) => f.key === 'importation')!;
    // The first request was planned by the batch approved above: Kenya asks again.
    const ken = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    const filed = await ken.request('POST', '/api/aid/partners/KEN/requests', { neededBy: '2020-06-10', justification: 'more wards', lines: [{ item: 'gloves', quantity: 2000 }], submit: true });
    expect(filed.statusCode, filed.body).toBe(201);
    const before = (await coordinator.request('POST', '/api/aid/plan', options)).json<PlanRun>();
    // Kenya is on the air network and Ethiopia, which flies there, has cases: infections are expected to arrive.
    expect(importation(before)).toMatchObject({ missing: false, weight: 0.1 });
    expect(importation(before).raw).toBeGreaterThan(0);
    expect(importation(before).contribution).toBeGreaterThan(0);

    expect((await coordinator.request('PUT', '/api/aid/priority-weights', { weights: { importation: -1 } })).statusCode).toBe(400);
    const saved = await coordinator.request('PUT', '/api/aid/priority-weights', { weights: { importation: 0, urgency: 0.2 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().weights.find((w: { key: string }) => w.key === 'importation')).toMatchObject({ value: 0, agencyValue: 0, origin: 'agency' });
    expect((await coordinator.request('GET', '/api/aid/priority-weights')).json().weights.find((w: { key: string }) => w.key === 'urgency')).toMatchObject({ value: 0.2, origin: 'agency' });

    const after = (await coordinator.request('POST', '/api/aid/plan', options)).json<PlanRun>();
    expect(importation(after)).toMatchObject({ weight: 0, contribution: 0 });
    expect(after.priorityWeights.find((w) => w.key === 'importation')).toMatchObject({ origin: 'agency', agencyValue: 0 });
    expect(after.fingerprint).not.toBe(before.fingerprint);
    const overridden = (await coordinator.request('POST', '/api/aid/plan', { ...options, weights: { importation: 0.3 } })).json<PlanRun>();
    expect(importation(overridden).weight).toBe(0.3);

    const admin = await t.signIn('admin');
    const audit = await admin.request('GET', '/api/audit?action=aid.priority.weights');
    expect(audit.json().entries[0]).toMatchObject({ action: 'aid.priority.weights' });
    // A partner's focal point neither reads nor changes the agency's weights.
    expect((await ken.request('PUT', '/api/aid/priority-weights', { weights: {} })).statusCode).toBe(403);
    expect((await coordinator.request('PUT', '/api/aid/priority-weights', { weights: {} })).statusCode).toBe(200);
  });
});
