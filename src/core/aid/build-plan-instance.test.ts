import { describe, expect, it } from 'vitest';
import type { AidItem, AidRequest, SupplyLine } from '../../shared/schemas/aid';
import type { Partner } from '../../shared/schemas/countries';
import { estimateNeeds } from '../needs/estimate-needs';
import { buildPlanInstance, flatRecentCases, needsWindow } from './build-plan-instance';

const item = (id: string, packSize: number): AidItem => ({ id, nameEn: id, nameZh: id, unit: 'piece', packSize, packWeightKg: 1, packVolumeM3: 0.01, value: 1 });
const supply = (id: string, stock: number, reserve: number): SupplyLine => ({ item: id, stockOnHand: stock, weeklyIncoming: 100, committed: 50, reserveFloor: reserve, donorNeed: 0, reserve, reserveSetBy: 'floor' });
const partner = (id: string, kind: 'country' | 'organisation'): Partner => ({ id, kind, iso3: kind === 'country' ? id : null, acronym: null, nameEn: id, nameZh: id, whoRegion: null, headquartersIso3: null, memberIso3: [] });
const request = (id: number, partnerId: string, neededBy: string, lines: Array<[string, number, number]>): AidRequest => ({
  id,
  partnerId,
  status: 'submitted',
  neededBy,
  justification: 'x',
  lines: lines.map(([item, quantity, allocated]) => ({ item, quantity, allocated })),
  comments: [],
  createdBy: null,
  createdAt: '2026-12-01',
  updatedAt: '2026-12-01',
});

const data = {
  items: [item('gloves', 100), item('gown', 10)],
  supply: [supply('gloves', 1000, 200), supply('gown', 30, 100)],
  openRequests: [
    request(1, 'KEN', '2026-12-10', [['gloves', 500, 200], ['gown', 40, 0]]),
    request(2, 'KEN', '2026-12-05', [['gloves', 100, 0]]),
    request(3, 'ORG-WHO', '2027-03-01', [['gloves', 300, 300]]),
    request(4, 'UGA', '2027-01-01', [['gown', 20, 0]]),
  ],
  partners: [partner('KEN', 'country'), partner('UGA', 'country'), partner('ORG-WHO', 'organisation')],
  severity: new Map([['KEN', { incidence7dPer100k: 150, growth7d: 0.2, deaths28dPerMillion: 20, hospitalBedsPerThousand: 1.4 }]]),
  recentDailyCases: new Map<string, number>(),
  received: new Map<string, number>(),
  pledged: new Map<string, number>(),
};

/** The needs model's estimate for a partner with `cases` a day, over `weeks`. */
function needOf(cases: number, weeks: number, itemId: string): number {
  const estimate = estimateNeeds({ recentDailyCases: flatRecentCases(cases), horizonWeeks: weeks });
  if (!estimate.ok) throw new Error('expected an estimate');
  return estimate.result.items.find((i) => i.item === itemId)!.need;
}

describe('buildPlanInstance', () => {
  it('nets out what earlier batches allocated, sums a partner’s requests and clamps the reserve to what is available', () => {
    const result = buildPlanInstance(data, { batchDate: '2026-12-01', weeksToBatch: 2 });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { instance, supply: rows, recipients } = result.built;
    expect(instance.demands).toEqual([
      { recipient: 'KEN', item: 'gloves', quantity: 400 },
      { recipient: 'KEN', item: 'gown', quantity: 40 },
      { recipient: 'UGA', item: 'gown', quantity: 20 },
    ]);
    // available = stock + 2 weeks × 100 − 50 committed; the gown reserve (100) is above it: nothing to give.
    expect(rows.map((s) => [s.item, s.available, s.giveable])).toEqual([['gloves', 1150, 950], ['gown', 180, 80]]);
    expect(instance.items[1]).toMatchObject({ id: 'gown', available: 180, reserve: 100 });
    // The organisation's request is fully served: it is no recipient.
    expect(recipients.map((r) => r.partnerId).sort()).toEqual(['KEN', 'UGA']);
    const ken = recipients.find((r) => r.partnerId === 'KEN')!;
    expect(ken.requestIds).toEqual([1, 2]);
    expect(ken.factors.find((f) => f.key === 'incidence')?.missing).toBe(false);
    expect(recipients.find((r) => r.partnerId === 'UGA')!.factors.find((f) => f.key === 'incidence')?.missing).toBe(true);
  });

  it('takes priorities and severities set by the coordinator, and refuses unknown items with their path', () => {
    const result = buildPlanInstance(data, { batchDate: '2026-12-01', priorities: { UGA: 0.9 }, severities: { KEN: 1 } });
    if (!result.ok) throw new Error('expected a plan');
    const [first, second] = result.built.recipients;
    expect(second).toMatchObject({ partnerId: 'UGA', priority: 0.9, prioritySource: 'coordinator' });
    expect(first).toMatchObject({ partnerId: 'KEN', prioritySource: 'computed' });
    expect(first!.priority).toBeGreaterThan(0.9);
    expect(first!.factors.map((f) => f.key)).toContain('coordinator-severity');
    expect(buildPlanInstance(data, { batchDate: '2026-12-01', items: ['gloves', 'masks'] })).toEqual({ ok: false, errors: [{ path: 'items[1]', message: 'no catalogue item masks' }] });
  });

  it('nets other donors’ pledges from demand, and drops a demand they cover', () => {
    const pledged = new Map([['KEN:gloves', 150], ['UGA:gown', 25]]);
    const result = buildPlanInstance({ ...data, pledged }, { batchDate: '2026-12-01' });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.built.instance.demands).toEqual([
      { recipient: 'KEN', item: 'gloves', quantity: 250 },
      { recipient: 'KEN', item: 'gown', quantity: 40 },
    ]);
    expect(result.built.netRequested.get('UGA:gown')).toBe(0);
    expect(result.built.recipients.find((r) => r.partnerId === 'KEN')!.pledged).toEqual([{ item: 'gloves', quantity: 150 }]);
  });

  it('puts the shortage of the estimated need into the priority, lowered by receipts and pledges', () => {
    const recentDailyCases = new Map([['KEN', 200], ['UGA', 200]]);
    const need = needOf(200, 4, 'gown');
    const options = { batchDate: '2026-12-01', items: ['gown'], needsHorizonWeeks: 4, weights: { incidence: 0, growth: 0, deaths: 0, 'health-system': 0, urgency: 0 } };
    // UGA has had half its need delivered and a quarter pledged; KEN nothing.
    const received = new Map([['UGA:gown', need / 2]]);
    const pledged = new Map([['UGA:gown', need / 4]]);
    const result = buildPlanInstance({ ...data, recentDailyCases, received, pledged }, options);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const ken = result.built.recipients.find((r) => r.partnerId === 'KEN')!;
    const uga = result.built.recipients.find((r) => r.partnerId === 'UGA')!;
    expect(ken.needs).toEqual([{ item: 'gown', need, received: 0, pledged: 0, unmet: need, unmetShare: 1 }]);
    expect(uga.needs[0]).toMatchObject({ need, received: need / 2, pledged: need / 4, unmet: need / 4, unmetShare: 0.25 });
    expect(ken.factors.find((f) => f.key === 'shortage')).toMatchObject({ scaled: 1, missing: false });
    expect(uga.factors.find((f) => f.key === 'shortage')).toMatchObject({ scaled: 0.25, missing: false });
    // With shortage the only weighted factor, it is the priority.
    expect(ken.priority).toBeCloseTo(1, 12);
    expect(uga.priority).toBeCloseTo(0.25, 12);
    // No situation, no need: the factor is left out.
    const without = buildPlanInstance(data, { ...options, weights: {} });
    expect(without.ok && without.built.recipients[0]!.factors.find((f) => f.key === 'shortage')?.missing).toBe(true);
  });

  it("estimates a partner's need from the situation's case forecast where it beats the baseline, and says which cases it used", () => {
    const recentDailyCases = new Map([['KEN', 200], ['UGA', 200]]);
    const options = { batchDate: '2026-12-01', items: ['gown'], needsHorizonWeeks: 4 };
    // KEN's forecast doubles its recent cases; UGA has none (its backtest does not beat the baseline).
    const weeks = [1, 2, 3, 4].map((h) => ({ weekEnd: `2026-12-0${h}`, median: 2_800, lower: 2_000, upper: 3_600 }));
    const caseForecasts = new Map([['KEN', { dailyMean: Array<number>(28).fill(400), relativeWis: 0.8, weeks }]]);
    const result = buildPlanInstance({ ...data, recentDailyCases, caseForecasts }, options);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const ken = result.built.recipients.find((r) => r.partnerId === 'KEN')!;
    const uga = result.built.recipients.find((r) => r.partnerId === 'UGA')!;
    const fromForecast = estimateNeeds({ recentDailyCases: flatRecentCases(200), forecastDailyCases: Array<number>(28).fill(400), horizonWeeks: 4 });
    if (!fromForecast.ok) throw new Error('no estimate');
    expect(ken.needs[0].need).toBe(fromForecast.result.items.find((i) => i.item === 'gown')!.need);
    expect(ken.needs[0].need).toBeGreaterThan(needOf(200, 4, 'gown'));
    expect(ken.caseProjection).toEqual({ basis: 'forecast', relativeWis: 0.8, weeks });
    expect(uga.needs[0].need).toBe(needOf(200, 4, 'gown'));
    expect(uga.caseProjection).toEqual({ basis: 'recent-mean', relativeWis: null, weeks: [] });
  });

  it('gives a partner with no request its estimated unmet need as demand, only when asked, marked as estimated', () => {
    const partners = [...data.partners, partner('TZA', 'country')];
    const recentDailyCases = new Map([['TZA', 100]]);
    const pledged = new Map([['TZA:gloves', 1000]]);
    const base = { ...data, partners, recentDailyCases, pledged };
    const off = buildPlanInstance(base, { batchDate: '2026-12-01' });
    expect(off.ok && off.built.recipients.map((r) => r.partnerId)).not.toContain('TZA');

    const on = buildPlanInstance(base, { batchDate: '2026-12-01', estimatedDemand: true, needsHorizonWeeks: 2 });
    if (!on.ok) throw new Error(JSON.stringify(on.errors));
    const tza = on.built.recipients.find((r) => r.partnerId === 'TZA')!;
    expect(tza).toMatchObject({ demandBasis: 'estimated-need', requestIds: [] });
    expect(tza.factors.find((f) => f.key === 'urgency')).toMatchObject({ scaled: 0, missing: false });
    expect(on.built.instance.demands.filter((d) => d.recipient === 'TZA')).toEqual([
      { recipient: 'TZA', item: 'gloves', quantity: needOf(100, 2, 'gloves') - 1000 },
      { recipient: 'TZA', item: 'gown', quantity: needOf(100, 2, 'gown') },
    ]);
    expect(on.built.recipients.find((r) => r.partnerId === 'KEN')!.demandBasis).toBe('requests');
  });

  it('estimates needs with the plan’s overrides of the needs parameters, lists them, and refuses unknown ones with their path', () => {
    const recentDailyCases = new Map([['KEN', 200]]);
    const options = { batchDate: '2026-12-01', items: ['gown'], needsHorizonWeeks: 4 };
    const plain = buildPlanInstance({ ...data, recentDailyCases }, options);
    const doubled = buildPlanInstance({ ...data, recentDailyCases }, { ...options, needsOverrides: { gownsPerInpatientHcwDay: 8 } });
    if (!plain.ok || !doubled.ok) throw new Error('expected instances');
    const gownNeed = (built: typeof plain.built) => built.recipients.find((r) => r.partnerId === 'KEN')!.needs[0]!.need;
    expect(gownNeed(plain.built)).toBe(needOf(200, 4, 'gown'));
    // Gowns: 4 per inpatient HCW-day + 1 per cleaner-day; 8 per HCW-day nearly doubles the need.
    expect(gownNeed(doubled.built)).toBeGreaterThan(1.9 * gownNeed(plain.built));
    expect(plain.built.needsParameters.map((p) => p.id)).toContain('hcwHoursPerSeverePatientDay');
    expect(doubled.built.needsParameters.find((p) => p.id === 'gownsPerInpatientHcwDay')).toMatchObject({ value: 8, overridden: true, verified: true });
    expect(doubled.built.needsParameters.filter((p) => p.overridden)).toHaveLength(1);

    const bad = buildPlanInstance({ ...data, recentDailyCases }, { ...options, needsOverrides: { nope: 1, antigenTestShare: 2 } });
    expect(!bad.ok && bad.errors.map((e) => e.path)).toEqual(['needsOverrides.nope', 'needsOverrides.antigenTestShare']);
  });

  it('counts batches from one horizon before the batch date and pledges expected by its end', () => {
    expect(needsWindow('2026-12-01', 4)).toEqual({ receivedFrom: '2026-11-03', pledgedBy: '2026-12-29' });
  });
});
