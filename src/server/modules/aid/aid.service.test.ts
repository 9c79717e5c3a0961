import { expect, it } from 'vitest';
import { systemActor } from '../../auth/actor';
import { estimateNeeds } from '../../../core/needs/estimate-needs';
import type { NeedsOverrides } from '../../../core/needs/parameters';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { Conflict, NotFound } from '../../errors';
import { coordinator, ken, request, setupAid as setup, uga } from './aid.service.test-support';
import { flatRecentCases } from '../../../core/aid/build-plan-instance';

describeEachDialect('aid requests', (getDb) => {
  const ctx = setup(getDb);

  it('lets a focal point file and read only its own partner’s requests', async () => {
    const mine = await ctx.aid.requests.create(ken, 'KEN', request(5000));
    expect(mine).toMatchObject({ partnerId: 'KEN', status: 'submitted', lines: [{ item: 'gloves', quantity: 5000, allocated: 0 }] });
    await expect(ctx.aid.requests.create(uga, 'KEN', request(5000))).rejects.toBeInstanceOf(NotFound);
    await expect(ctx.aid.requests.get(uga, mine.id)).rejects.toBeInstanceOf(NotFound);
    await expect(ctx.aid.requests.listForPartner(uga, 'KEN')).rejects.toBeInstanceOf(NotFound);
    await expect(ctx.aid.requests.changeStatus(uga, mine.id, { status: 'received' })).rejects.toBeInstanceOf(NotFound);
    expect(await ctx.aid.requests.listForPartner(uga, 'UGA')).toEqual([]);
    expect((await ctx.aid.requests.listForPartner(coordinator, 'KEN')).map((r) => r.id)).toContain(mine.id);
  });

  it('refuses unknown items with the path of the bad line', async () => {
    await expect(ctx.aid.requests.create(ken, 'KEN', { ...request(1), lines: [{ item: 'gloves', quantity: 1 }, { item: 'unicorn', quantity: 1 }] })).rejects.toMatchObject({
      details: [{ path: 'lines[1].item' }],
    });
  });

  it('moves requests only along the allowed transitions, and audits each move', async () => {
    const draft = await ctx.aid.requests.create(ken, 'KEN', { ...request(3000), submit: false });
    expect(draft.status).toBe('draft');
    const filed = await ctx.aid.requests.changeStatus(ken, draft.id, { status: 'submitted' });
    expect(filed.status).toBe('submitted');
    await expect(ctx.aid.requests.changeStatus(ken, draft.id, { status: 'under_review' })).rejects.toBeInstanceOf(Conflict);
    await expect(ctx.aid.requests.changeStatus(coordinator, draft.id, { status: 'planned' })).rejects.toBeInstanceOf(Conflict);
    await ctx.aid.requests.changeStatus(coordinator, draft.id, { status: 'under_review' });
    const back = await ctx.aid.requests.changeStatus(coordinator, draft.id, { status: 'draft', comment: 'split the gloves by size' });
    expect(back.comments.map((c) => c.body)).toEqual(['split the gloves by size']);
    const edited = await ctx.aid.requests.update(ken, draft.id, request(4000));
    expect(edited).toMatchObject({ status: 'submitted', lines: [{ quantity: 4000 }] });
    await expect(ctx.aid.requests.update(ken, draft.id, request(1))).rejects.toBeInstanceOf(Conflict);

    const trail = await ctx.audit.list({ entityType: 'aid_request', entityId: String(draft.id), limit: 50, offset: 0 });
    expect(trail.entries.map((e) => e.action).reverse()).toEqual([
      'aid.request.create',
      'aid.request.status',
      'aid.request.status',
      'aid.request.status',
      'aid.request.update',
    ]);
  });
});

describeEachDialect('aid planner', (getDb) => {
  const ctx = setup(getDb);
  const options = { batchDate: '2026-12-01', items: ['gloves'] };

  it('plans under the reserve, approves batch 1 then batch 2, and moves covered requests to planned', async () => {
    const kenRequest = await ctx.aid.requests.create(ken, 'KEN', request(30_000, '2026-12-05'));
    await ctx.aid.requests.create(uga, 'UGA', request(70_000, '2027-01-20'));
    const run = await ctx.aid.planner.plan(options);
    expect(run.plan.status).toBe('optimal');
    expect(run.supply[0]).toMatchObject({ item: 'gloves', available: 100_000, reserve: 20_000, giveable: 80_000 });
    const total = run.plan.allocations.reduce((s, a) => s + a.quantity, 0);
    expect(total).toBe(80_000);
    expect(run.recipients.map((r) => r.partnerId)).toEqual(['KEN', 'UGA']); // KEN's is more urgent
    expect(run.plan.explanations).toHaveLength(2);

    const first = await ctx.aid.planner.approve(coordinator, { options, fingerprint: run.fingerprint, allocations: run.plan.allocations });
    expect(first.number).toBe(1);
    expect(first.allocations.reduce((s, a) => s + a.quantity, 0)).toBe(80_000);
    expect((await ctx.aid.requests.get(ken, kenRequest.id)).status).toBe('planned');
    expect((await ctx.aid.supply.overview()).lines.find((l) => l.item === 'gloves')!.committed).toBe(80_000);

    // The same plan again is stale: its supply is now committed.
    await expect(ctx.aid.planner.approve(coordinator, { options, fingerprint: run.fingerprint, allocations: run.plan.allocations })).rejects.toBeInstanceOf(Conflict);

    await ctx.aid.supply.putSupply(coordinator, 'gloves', { stockOnHand: 150_000, weeklyIncoming: 0, committed: 80_000, reserveFloor: 20_000 });
    const again = await ctx.aid.planner.plan(options);
    const second = await ctx.aid.planner.approve(coordinator, { options, fingerprint: again.fingerprint, allocations: again.plan.allocations });
    expect(second.number).toBe(2);
    expect((await ctx.aid.planner.batchesForPartner(ken, 'KEN')).map((b) => b.number)).toEqual([1]);
    expect((await ctx.aid.planner.batchesForPartner(uga, 'UGA')).every((b) => b.allocations.every((a) => a.partnerId === 'UGA'))).toBe(true);
    await expect(ctx.aid.planner.batchesForPartner(uga, 'KEN')).rejects.toBeInstanceOf(NotFound);

    const approvals = await ctx.audit.list({ action: 'aid.batch.approve', limit: 10, offset: 0 });
    expect(approvals.total).toBe(2);
  });

  it('refuses (409) a stale plan and a plan that would touch the reserve', async () => {
    await ctx.aid.supply.putSupply(coordinator, 'gloves', { stockOnHand: 200_000, weeklyIncoming: 0, committed: 150_000, reserveFloor: 20_000 });
    await ctx.aid.requests.create(ken, 'KEN', request(40_000));
    const run = await ctx.aid.planner.plan(options);
    expect(run.supply[0]!.giveable).toBe(30_000);

    const greedy = [{ recipient: 'KEN', item: 'gloves', quantity: 40_000, packs: 40 }];
    await expect(ctx.aid.planner.approve(coordinator, { options, fingerprint: run.fingerprint, allocations: greedy })).rejects.toMatchObject({
      status: 409,
      message: 'the plan would touch the domestic reserve',
    });

    await ctx.aid.supply.putSupply(coordinator, 'gloves', { stockOnHand: 199_000, weeklyIncoming: 0, committed: 150_000, reserveFloor: 20_000 });
    await expect(ctx.aid.planner.approve(coordinator, { options, fingerprint: run.fingerprint, allocations: run.plan.allocations })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/changed since this plan was computed/),
    });
    expect((await ctx.aid.planner.batches()).length).toBe(2);
  });

  it('computes the reserve as the larger of the floor and the donor’s own need', async () => {
    await ctx.aid.supply.putReserveSettings(systemActor('test'), { donorIso3: 'CHN', horizonWeeks: 4, donorDailyCases: 5000 });
    const lines = (await ctx.aid.supply.overview()).lines;
    const gloves = lines.find((l) => l.item === 'gloves')!;
    expect(gloves.donorNeed).toBeGreaterThan(20_000);
    expect(gloves.reserve).toBe(Math.max(gloves.reserveFloor, gloves.donorNeed));
    expect(gloves.reserveSetBy).toBe('need');
  });

  it('does not store reserve settings from which the supply overview would not be a number', async () => {
    await ctx.aid.supply.putReserveSettings(systemActor('test'), { donorIso3: 'CHN', horizonWeeks: 4, donorDailyCases: 5000 });
    // Past the schema (which bounds it at the edge): the service still refuses what would overflow.
    const error = await ctx.aid.supply.putReserveSettings(systemActor('test'), { donorIso3: 'CHN', horizonWeeks: 52, donorDailyCases: 1e308 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, details: [{ path: 'body.donorDailyCases' }] });
    expect((await ctx.aid.supply.overview()).settings.donorDailyCases).toBe(5000);
  });

  it('computes the donor’s need behind the reserve with the plan’s needs overrides', async () => {
    await ctx.aid.supply.putReserveSettings(systemActor('test'), { donorIso3: 'CHN', horizonWeeks: 4, donorDailyCases: 5000 });
    const pcr = { batchDate: '2026-12-01', items: ['pcr-test'] };
    const byDefault = (await ctx.aid.planner.plan(pcr)).supply[0]!;
    const tripled = (await ctx.aid.planner.plan({ ...pcr, needsOverrides: { testsPerMildModerateCase: 3 } })).supply[0]!;
    const expected = (overrides: NeedsOverrides) => {
      const estimate = estimateNeeds({ recentDailyCases: flatRecentCases(5000), horizonWeeks: 4, overrides });
      return estimate.ok ? estimate.result.items.find((i) => i.item === 'pcr-test')!.need : NaN;
    };
    expect(byDefault.donorNeed).toBe(expected({}));
    expect(tripled.donorNeed).toBe(expected({ testsPerMildModerateCase: 3 }));
    expect(tripled.donorNeed).toBeGreaterThan(byDefault.donorNeed);
    expect(tripled.reserve).toBe(Math.max(tripled.reserveFloor, tripled.donorNeed));
    // The supply overview outside a plan keeps the defaults.
    expect((await ctx.aid.supply.overview()).lines.find((l) => l.item === 'pcr-test')!.donorNeed).toBe(byDefault.donorNeed);
  });
});

describeEachDialect('aid pledges', (getDb) => {
  const ctx = setup(getDb);
  const options = { batchDate: '2026-12-01', items: ['gloves'] };
  const pledge = { partnerId: 'KEN', item: 'gloves', quantity: 12_000, donor: 'Another donor agency', expectedDate: '2026-12-10' };

  it('records, lists and deletes pledges, audited, and refuses unknown partners and items with their paths', async () => {
    const made = await ctx.aid.pledges.create(coordinator, pledge);
    expect(made).toMatchObject({ ...pledge, createdBy: coordinator.label });
    expect((await ctx.aid.pledges.list({ partnerId: 'KEN' })).map((p) => p.id)).toEqual([made.id]);
    expect(await ctx.aid.pledges.list({ partnerId: 'UGA' })).toEqual([]);
    await expect(ctx.aid.pledges.create(coordinator, { ...pledge, partnerId: 'XXX', item: 'unicorn' })).rejects.toMatchObject({
      status: 422,
      details: [{ path: 'partnerId' }, { path: 'item' }],
    });
    await ctx.aid.pledges.remove(coordinator, made.id);
    expect(await ctx.aid.pledges.list()).toEqual([]);
    await expect(ctx.aid.pledges.remove(coordinator, made.id)).rejects.toBeInstanceOf(NotFound);
    const trail = await ctx.audit.list({ entityType: 'aid_pledge', entityId: String(made.id), limit: 10, offset: 0 });
    expect(trail.entries.map((e) => e.action).reverse()).toEqual(['aid.pledge.create', 'aid.pledge.delete']);
  });

  it('nets a pledge from the partner’s demand, makes an earlier plan stale, and lets the batch cover the request', async () => {
    const filed = await ctx.aid.requests.create(ken, 'KEN', request(30_000));
    const before = await ctx.aid.planner.plan(options);
    expect(before.plan.allocations).toEqual([{ recipient: 'KEN', item: 'gloves', quantity: 30_000, packs: 30 }]);

    await ctx.aid.pledges.create(coordinator, pledge);
    await expect(ctx.aid.planner.approve(coordinator, { options, fingerprint: before.fingerprint, allocations: before.plan.allocations })).rejects.toBeInstanceOf(Conflict);
    const after = await ctx.aid.planner.plan(options);
    expect(after.plan.allocations).toEqual([{ recipient: 'KEN', item: 'gloves', quantity: 18_000, packs: 18 }]);
    // A pledge expected after the needs horizon is not counted.
    await ctx.aid.pledges.create(coordinator, { ...pledge, expectedDate: '2027-06-01' });
    expect((await ctx.aid.planner.plan(options)).plan.allocations[0]!.quantity).toBe(18_000);

    await ctx.aid.planner.approve(coordinator, { options, fingerprint: after.fingerprint, allocations: after.plan.allocations });
    expect((await ctx.aid.requests.get(ken, filed.id)).status).toBe('planned');
  });
});

describeEachDialect('aid concurrent approvals', (getDb) => {
  const ctx = setup(getDb);

  it('lets exactly one of two simultaneous approvals of the same plan through; the other gets 409', async () => {
    await ctx.aid.requests.create(ken, 'KEN', request(30_000));
    await ctx.aid.requests.create(uga, 'UGA', request(30_000));
    const options = { batchDate: '2026-12-01', items: ['gloves'] };
    const run = await ctx.aid.planner.plan(options);
    const approval = { options, fingerprint: run.fingerprint, allocations: run.plan.allocations };
    const outcomes = await Promise.allSettled([ctx.aid.planner.approve(coordinator, approval), ctx.aid.planner.approve(coordinator, approval)]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toMatchObject({ status: 409 });
    const batches = await ctx.aid.planner.batches();
    expect(batches.map((b) => b.number)).toEqual([1]);
    // The supply was committed once.
    expect((await ctx.aid.supply.overview()).lines.find((l) => l.item === 'gloves')!.committed).toBe(60_000);
  });
});
