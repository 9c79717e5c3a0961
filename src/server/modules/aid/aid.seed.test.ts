import { expect, it } from 'vitest';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createAuditService } from '../audit/audit.service';
import { seedCountries } from '../countries/countries.seed';
import { createCountriesService } from '../countries/countries.service';
import { seedAidDemo } from './aid.seed';
import { createAidService } from './aid.service';
import { solvePlan } from '../../workers/solver/solve-in-worker';

describeEachDialect('aid demo seed', (getDb) => {
  it('loads the catalogue, a donor supply and twenty partners’ requests once, and yields a real plan', async () => {
    const { db } = getDb();
    const clock = () => new Date('2026-12-01T09:00:00Z');
    await seedCountries(db, clock);
    expect(await seedAidDemo(db, clock)).toEqual({ requests: 20, pledges: 3 });
    expect(await seedAidDemo(db, clock)).toBeNull();

    const aid = createAidService({ db, clock, audit: createAuditService(db, clock), countries: createCountriesService(db), solve: async (i) => solvePlan(i) });
    expect((await aid.supply.items()).map((i) => i.id)).toHaveLength(11);
    const requests = await aid.requests.listAll();
    expect(requests.every((r) => r.justification.startsWith('Demo data'))).toBe(true);
    const pledges = await aid.pledges.list();
    expect(pledges.every((p) => p.donor.startsWith('Demo data') && p.expectedDate > '2026-12-01')).toBe(true);
    const run = await aid.planner.plan({ batchDate: '2026-12-01' });
    expect(run.recipients).toHaveLength(20);
    // Each pledge is netted from its partner's demand.
    for (const p of pledges) {
      const requested = requests.filter((r) => r.partnerId === p.partnerId).flatMap((r) => r.lines.filter((l) => l.item === p.item)).reduce((s, l) => s + l.quantity, 0);
      expect(run.plan.explanations.find((e) => e.recipient === p.partnerId && e.item === p.item)?.demand).toBe(requested - p.quantity);
    }
    expect(run.plan.status).toBe('optimal');
    // Supply is short: some item is limited by supply or the reserve, and nothing touches the reserve.
    expect(run.plan.items.some((i) => i.limitedBy !== 'demand')).toBe(true);
    for (const line of run.supply) {
      const given = run.plan.allocations.filter((a) => a.item === line.item).reduce((s, a) => s + a.quantity, 0);
      expect(given).toBeLessThanOrEqual(line.giveable);
    }
  });
});
