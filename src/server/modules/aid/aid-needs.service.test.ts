import { expect, it } from 'vitest';
import { estimateNeeds } from '../../../core/needs/estimate-needs';
import { NEEDS_PARAMETERS, type NeedsOverrides } from '../../../core/needs/parameters';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { Conflict, Unprocessable } from '../../errors';
import { findSetting, putSetting } from './aid.repo';
import { casesOnly, coordinator, ken, request, setupAid } from './aid.service.test-support';
import { flatRecentCases } from '../../../core/aid/build-plan-instance';

// The agency's needs-model values (ADR 035): saved once, used by the supply overview, every plan run
// (a run's own overrides on top) and the approval check.

const DONOR_CASES = 5000;
const KEN_CASES = 2000;
const pcrNeed = (dailyCases: number, overrides: NeedsOverrides) => {
  const estimate = estimateNeeds({ recentDailyCases: flatRecentCases(dailyCases), horizonWeeks: 4, overrides });
  if (!estimate.ok) throw new Error('expected an estimate');
  return estimate.result.items.find((i) => i.item === 'pcr-test')!.need;
};
const pcrLine = (lines: ReadonlyArray<{ item: string; donorNeed: number; reserve: number; reserveFloor: number }>) => lines.find((l) => l.item === 'pcr-test')!;

describeEachDialect('aid agency needs parameters', (getDb) => {
  const ctx = setupAid(getDb, { situation: casesOnly({ KEN: KEN_CASES }) });
  const pcr = { batchDate: '2026-12-01', items: ['pcr-test'] };

  it('lists every parameter at the model’s default until the agency saves its own', async () => {
    const { parameters } = await ctx.aid.needs.parameters();
    expect(parameters).toHaveLength(Object.keys(NEEDS_PARAMETERS).length);
    expect(parameters.find((p) => p.id === 'shareSevere')).toMatchObject({ value: 0.15, modelValue: 0.15, agencyValue: null, origin: 'model', overridden: false, verified: true });
  });

  it('raises the supply overview’s reserve when the agency raises a parameter behind the donor’s need, audited', async () => {
    await ctx.aid.supply.putReserveSettings(coordinator, { donorIso3: 'CHN', horizonWeeks: 4, donorDailyCases: DONOR_CASES });
    const before = pcrLine((await ctx.aid.supply.overview()).lines);
    expect(before.donorNeed).toBe(pcrNeed(DONOR_CASES, {}));

    const saved = await ctx.aid.needs.putParameters(coordinator, { values: { negativeTestsPerConfirmedCase: 20 } });
    expect(saved.parameters.find((p) => p.id === 'negativeTestsPerConfirmedCase')).toMatchObject({ value: 20, modelValue: 10, agencyValue: 20, origin: 'agency', overridden: true });
    const after = pcrLine((await ctx.aid.supply.overview()).lines);
    expect(after.donorNeed).toBe(pcrNeed(DONOR_CASES, { negativeTestsPerConfirmedCase: 20 }));
    expect(after.donorNeed).toBeGreaterThan(before.donorNeed);
    expect(after.reserve).toBe(Math.max(after.reserveFloor, after.donorNeed));

    const trail = await ctx.audit.list({ action: 'aid.needs.parameters', limit: 10, offset: 0 });
    expect(trail.entries).toHaveLength(1);
    expect(trail.entries[0]).toMatchObject({ entityType: 'aid_settings', entityId: 'needs', summary: { before: {}, after: { negativeTestsPerConfirmedCase: 20 } } });
  });

  it('uses the agency’s values in a plan run, for partners and donor, and lets a run’s override win', async () => {
    await ctx.aid.requests.create(ken, 'KEN', request(1000, '2026-12-20', 'pcr-test'));
    const agency = { negativeTestsPerConfirmedCase: 20 };
    const run = await ctx.aid.planner.plan(pcr);
    expect(run.supply[0]!.donorNeed).toBe(pcrNeed(DONOR_CASES, agency));
    expect(run.recipients.find((r) => r.partnerId === 'KEN')!.needs.find((n) => n.item === 'pcr-test')!.need).toBe(pcrNeed(KEN_CASES, agency));
    expect(run.needsParameters.find((p) => p.id === 'negativeTestsPerConfirmedCase')).toMatchObject({ value: 20, origin: 'agency', overridden: true });

    const what = await ctx.aid.planner.plan({ ...pcr, needsOverrides: { negativeTestsPerConfirmedCase: 30 } });
    expect(what.supply[0]!.donorNeed).toBe(pcrNeed(DONOR_CASES, { negativeTestsPerConfirmedCase: 30 }));
    expect(what.recipients.find((r) => r.partnerId === 'KEN')!.needs.find((n) => n.item === 'pcr-test')!.need).toBe(pcrNeed(KEN_CASES, { negativeTestsPerConfirmedCase: 30 }));
    expect(what.needsParameters.find((p) => p.id === 'negativeTestsPerConfirmedCase')).toMatchObject({ value: 30, agencyValue: 20, modelValue: 10, origin: 'run', overridden: true });
    expect(what.needsParameters.find((p) => p.id === 'contactsPerCase')).toMatchObject({ origin: 'model', overridden: false });
  });

  it('refuses (409) a plan computed before the agency saved new values, and keeps the values with the approved batch', async () => {
    await ctx.aid.supply.putSupply(coordinator, 'pcr-test', { stockOnHand: 10_000_000, weeklyIncoming: 0, committed: 0, reserveFloor: 0 });
    const stale = await ctx.aid.planner.plan(pcr);
    expect(stale.plan.allocations.length).toBeGreaterThan(0);
    await ctx.aid.needs.putParameters(coordinator, { values: { negativeTestsPerConfirmedCase: 20, contactsPerCase: 12 } });
    await expect(ctx.aid.planner.approve(coordinator, { options: pcr, fingerprint: stale.fingerprint, allocations: stale.plan.allocations })).rejects.toBeInstanceOf(Conflict);

    const fresh = await ctx.aid.planner.plan(pcr);
    const batch = await ctx.aid.planner.approve(coordinator, { options: pcr, fingerprint: fresh.fingerprint, allocations: fresh.plan.allocations });
    const row = await ctx.db.selectFrom('aid_batches').select('options').where('id', '=', batch.id).executeTakeFirstOrThrow();
    const stored = JSON.parse(row.options) as { needsValues: Record<string, number> };
    expect(stored.needsValues).toMatchObject({ negativeTestsPerConfirmedCase: 20, contactsPerCase: 12, shareSevere: 0.15 });
    expect(Object.keys(stored.needsValues)).toHaveLength(Object.keys(NEEDS_PARAMETERS).length);
  });

  it('refuses (422, with the field’s path) an unknown id, a negative value and a severity split not adding to 1, saving nothing', async () => {
    const saved = await findSetting(ctx.db, 'needs');
    const audits = (await ctx.audit.list({ action: 'aid.needs.parameters', limit: 10, offset: 0 })).total;
    const refused = async (values: Record<string, number>) => {
      const error = await ctx.aid.needs.putParameters(coordinator, { values }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Unprocessable);
      return (error as Unprocessable).details.map((d) => d.path);
    };
    expect(await refused({ nope: 1 })).toEqual(['values.nope']);
    expect(await refused({ contactsPerCase: -1 })).toEqual(['values.contactsPerCase']);
    expect(await refused({ shareSevere: 0.3 })).toEqual(['values']);
    expect(await findSetting(ctx.db, 'needs')).toEqual(saved);
    expect((await ctx.audit.list({ action: 'aid.needs.parameters', limit: 10, offset: 0 })).total).toBe(audits);
  });

  it('still lists saved values that no longer fit the model, so that they can be corrected', async () => {
    // As if the model's default severity split had changed since the agency saved its shares.
    await putSetting(ctx.db, 'needs', JSON.stringify({ shareMild: 0.5, gone: 3 }));
    const { parameters } = await ctx.aid.needs.parameters();
    expect(parameters.find((p) => p.id === 'shareMild')).toMatchObject({ value: 0.5, agencyValue: 0.5, origin: 'agency' });
    expect(parameters.some((p) => p.id === 'gone')).toBe(false);
    expect((await ctx.aid.supply.overview()).notes.join(' ')).toMatch(/could not be estimated/);
  });

  it('resets to the model’s defaults with an empty object', async () => {
    const reset = await ctx.aid.needs.putParameters(coordinator, { values: {} });
    expect(reset.parameters.every((p) => p.origin === 'model' && p.agencyValue === null)).toBe(true);
    expect(pcrLine((await ctx.aid.supply.overview()).lines).donorNeed).toBe(pcrNeed(DONOR_CASES, {}));
  });
});
