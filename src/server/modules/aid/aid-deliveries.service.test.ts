import { expect, it } from 'vitest';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { casesOnly, coordinator, ken, request, setupAid } from './aid.service.test-support';

// Needs netted by what arrived and what is on its way (docs/decisions/033): Kenya's consignment of 5,000
// gloves counts in full while approved and in transit; after a partial receipt of 3,000 good and 500
// damaged, the damaged no longer count; once the receipt is confirmed, the 1,500 short no longer count either.
describeEachDialect('aid needs netted by receipts and goods in transit', (getDb) => {
  const ctx = setupAid(getDb, { situation: casesOnly({ KEN: 2000 }) });
  const options = { batchDate: '2026-12-01', items: ['gloves'], estimatedDemand: true };
  const receivedByKenya = async () => (await ctx.aid.planner.plan(options)).recipients.find((r) => r.partnerId === 'KEN')!.needs.find((n) => n.item === 'gloves')!.received;

  it('counts the approved, the in-transit and the received in good order, not the damaged nor a confirmed shortfall', async () => {
    await ctx.aid.requests.create(ken, 'KEN', request(5000));
    const run = await ctx.aid.planner.plan({ batchDate: '2026-12-01', items: ['gloves'] });
    const kenya = run.plan.allocations.filter((a) => a.recipient === 'KEN');
    const batch = await ctx.aid.planner.approve(coordinator, { options: run.options, fingerprint: run.fingerprint, allocations: kenya });
    const c = (await ctx.aid.shipments.list({ batchId: batch.id })).find((x) => x.partnerId === 'KEN')!;
    expect(await receivedByKenya()).toBe(5000);

    await ctx.aid.shipments.step(coordinator, c.id, { status: 'dispatched' });
    await ctx.aid.shipments.step(coordinator, c.id, { status: 'in-transit' });
    expect(await receivedByKenya()).toBe(5000);

    await ctx.aid.shipments.step(coordinator, c.id, { status: 'arrived' });
    const before = await ctx.aid.planner.plan(options);
    await ctx.aid.shipments.receive(ken, c.id, { lines: [{ item: 'gloves', good: 3000, damaged: 500 }] });
    // 3,000 good and 1,500 still to come; the 500 damaged are gone.
    expect(await receivedByKenya()).toBe(4500);
    // The receipt changed the shortage a plan was computed from: it is stale.
    expect((await ctx.aid.planner.plan(options)).fingerprint).not.toBe(before.fingerprint);

    await ctx.aid.shipments.step(coordinator, c.id, { status: 'handed-over' });
    await ctx.aid.shipments.step(ken, c.id, { status: 'receipt-confirmed' });
    expect(await receivedByKenya()).toBe(3000);
  });
});
