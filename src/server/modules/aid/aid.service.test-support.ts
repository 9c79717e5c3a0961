import { beforeAll } from 'vitest';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/types';
import { createAuditService, type AuditService } from '../audit/audit.service';
import { seedCountries } from '../countries/countries.seed';
import { createCountriesService } from '../countries/countries.service';
import { seedAidCatalogue } from './aid.seed';
import type { SituationReader } from './aid-situation';
import { createAidService, type AidService } from './aid.service';
import { solvePlan } from '../../workers/solver/solve-in-worker';

// The aid service on a real database for the service tests: countries and catalogue seeded, the plan
// solved in-thread, 100,000 gloves in stock with a floor of 20,000 kept at home.

export const actor = (role: Actor['role'], partnerId: string | null = null): Actor => ({ userId: null, label: `${role}:${partnerId ?? '-'}`, role, partnerId, postId: null, requestId: null });
export const coordinator = actor('coordinator');
export const ken = actor('partner_focal_point', 'KEN');
export const uga = actor('partner_focal_point', 'UGA');
export const request = (quantity: number, neededBy = '2026-12-20', item = 'gloves') => ({ neededBy, justification: 'cases rising', lines: [{ item, quantity }], submit: true });

/** A situation with only recent daily cases per country, for partners' estimated needs. */
export function casesOnly(dailyCases: Record<string, number>): SituationReader {
  const countries = Object.entries(dailyCases).map(([iso3, newCasesSmoothed]) => ({
    iso3,
    newCasesSmoothed,
    incidence7dPer100k: null,
    growth7d: null,
    deaths28dPerMillion: null,
    hospitalBedsPerThousand: null,
  }));
  const severityWeights = async () => ({ weights: { incidence: 0.3, growth: 0.15, deaths: 0.25, 'health-system': 0.3 }, defaults: true, updatedAt: null, updatedBy: null });
  return { overviewData: async () => ({ date: '2026-11-30', countries }), severityWeights } as unknown as SituationReader;
}

export function setupAid(getDb: () => { db: Db }, options: { situation?: SituationReader } = {}) {
  const ctx = {} as { aid: AidService; audit: AuditService; db: Db };
  beforeAll(async () => {
    const { db } = getDb();
    const clock = () => new Date('2026-12-01T09:00:00Z');
    await seedCountries(db, clock);
    await seedAidCatalogue(db, clock);
    ctx.db = db;
    ctx.audit = createAuditService(db, clock);
    ctx.aid = createAidService({ db, clock, audit: ctx.audit, countries: createCountriesService(db), situation: options.situation, solve: async (instance) => solvePlan(instance) });
    // gloves: pack 1000; 100,000 in stock, a floor of 20,000 kept at home: 80,000 can be given.
    await ctx.aid.supply.putSupply(coordinator, 'gloves', { stockOnHand: 100_000, weeklyIncoming: 0, committed: 0, reserveFloor: 20_000 });
  });
  return ctx;
}
