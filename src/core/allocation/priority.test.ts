import { describe, expect, it } from 'vitest';
import { growthScore, healthSystemWeaknessScore, incidenceScore } from '../epi/severity-scales';
import { computePriority, DEFAULT_PRIORITY_WEIGHTS, importationScore, requestUrgency, type PriorityInput } from './priority';

const organisation: PriorityInput = {
  severity: { kind: 'organisation', coordinatorSeverity: 0.5 },
  shortage: 0.75,
  neededBy: '2020-04-29',
  batchDate: '2020-04-01',
};

describe('computePriority', () => {
  it('is the weighted mean of the coordinator severity, shortage and urgency (hand-checked)', () => {
    // shortage 0.75 (e.g. 750 of a need of 1,000 unmet); urgency 1 − 28/56 = 0.5; weights 0.42, 0.25, 0.15 (sum 0.82):
    // (0.42·0.5 + 0.25·0.75 + 0.15·0.5) / 0.82 = 0.4725 / 0.82
    const result = computePriority(organisation);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.priority).toBeCloseTo(0.4725 / 0.82, 12);
    expect(result.factors.map((f) => [f.key, f.raw, f.scaled])).toEqual([
      ['coordinator-severity', 0.5, 0.5],
      ['shortage', 0.75, 0.75],
      ['urgency', 28, 0.5],
    ]);
    expect(result.factors.reduce((s, f) => s + f.contribution, 0)).toBeCloseTo(result.priority, 12);
    expect(result.renormalised).toBe(false);
  });

  it('uses the situation’s factors for a country, health system included', () => {
    const inputs = { incidence7dPer100k: 100, growth7d: 1, deaths28dPerMillion: null, hospitalBedsPerThousand: 2 };
    const result = computePriority({ ...organisation, severity: { kind: 'country', inputs } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const w = DEFAULT_PRIORITY_WEIGHTS;
    const present = w.incidence + w.growth + w['health-system'] + w.shortage + w.urgency;
    const expected =
      (w.incidence * incidenceScore(100) + w.growth * growthScore(1) + w['health-system'] * healthSystemWeaknessScore(2) + w.shortage * 0.75 + w.urgency * 0.5) /
      present;
    expect(result.priority).toBeCloseTo(expected, 12);
    expect(result.factors.map((f) => f.key)).toEqual(['incidence', 'growth', 'deaths', 'health-system', 'shortage', 'urgency']);
    expect(result.factors.find((f) => f.key === 'deaths')?.missing).toBe(true);
    expect(result.renormalised).toBe(true);
  });

  it('weighs a country’s importation risk as a factor of its own, and leaves it out when unknown', () => {
    const inputs = { incidence7dPer100k: 1, growth7d: 0, deaths28dPerMillion: 0, hospitalBedsPerThousand: 1 };
    const base = { ...organisation, severity: { kind: 'country' as const, inputs } };
    const quiet = computePriority({ ...base, importedPerWeek: 0 });
    const exposed = computePriority({ ...base, importedPerWeek: 50 });
    const unknown = computePriority({ ...base, importedPerWeek: null });
    if (!quiet.ok || !exposed.ok || !unknown.ok) throw new Error('priority refused');
    const factor = exposed.factors.find((f) => f.key === 'importation')!;
    expect(factor).toMatchObject({ raw: 50, scaled: importationScore(50), weight: DEFAULT_PRIORITY_WEIGHTS.importation, missing: false });
    // Same country, same everything else: fifty expected imports a week raise its priority by the factor's contribution.
    expect(exposed.priority - quiet.priority).toBeCloseTo(factor.contribution, 12);
    expect(unknown.factors.find((f) => f.key === 'importation')?.missing).toBe(true);
    // The importation weight at 0 makes the risk weigh nothing: the priority is the one without it.
    const off = computePriority({ ...base, importedPerWeek: 50 }, { importation: 0 });
    expect(off.ok && off.priority).toBeCloseTo(unknown.priority, 12);
  });

  it('scores importation on a log scale: 1 a week 0.15, 10 about a half, 100 or more 1', () => {
    expect(importationScore(0)).toBe(0);
    expect(importationScore(1)).toBeCloseTo(Math.log10(2) / Math.log10(101), 12);
    expect(importationScore(10)).toBeCloseTo(0.5196, 3);
    expect(importationScore(100)).toBe(1);
    expect(importationScore(1e6)).toBe(1);
    expect(importationScore(Number.NaN)).toBe(0);
  });

  it('takes edited weights per batch', () => {
    const severityOnly = computePriority(organisation, { shortage: 0, urgency: 0 });
    expect(severityOnly.ok && severityOnly.priority).toBeCloseTo(0.5, 12);
  });

  it('leaves out an unknown need or needed-by date', () => {
    const result = computePriority({ ...organisation, shortage: null, neededBy: undefined });
    expect(result.ok && result.priority).toBeCloseTo(0.5, 12);
    expect(result.ok && result.renormalised).toBe(true);
  });

  it('refuses bad input with paths', () => {
    const bad = computePriority(
      { ...organisation, severity: { kind: 'organisation', coordinatorSeverity: 1.2 }, batchDate: '2020-02-30', shortage: 1.5 },
      { shortage: -1 },
    );
    expect(!bad.ok && bad.errors.map((e) => e.path)).toEqual(['weights.shortage', 'severity.coordinatorSeverity', 'shortage', 'batchDate']);
    const none = computePriority(organisation, { 'coordinator-severity': 0, shortage: 0, urgency: 0 });
    expect(!none.ok && none.errors[0].path).toBe('weights');
  });
});

describe('components', () => {
  it('computes urgency from whole days between ISO dates, without a clock', () => {
    expect(requestUrgency('2020-04-01', '2020-04-01')).toBe(1);
    expect(requestUrgency('2020-03-20', '2020-04-01')).toBe(1);
    expect(requestUrgency('2020-05-27', '2020-04-01')).toBe(0);
    expect(requestUrgency('2020-04-15', '2020-04-01', 28)).toBe(0.5);
    expect(requestUrgency('2020-13-01', '2020-04-01')).toBeNull();
  });

  it('gives a partner that made no request an urgency of 0, not an unknown one', () => {
    const asked = computePriority({ ...organisation, neededBy: undefined });
    const notAsked = computePriority({ ...organisation, neededBy: undefined, noRequest: true });
    expect(notAsked.ok && notAsked.factors.find((f) => f.key === 'urgency')).toMatchObject({ scaled: 0, missing: false });
    expect(asked.ok && notAsked.ok && notAsked.priority < asked.priority).toBe(true);
  });

  it('ranks a partner with more of its need unmet higher, other things equal', () => {
    const at = (shortage: number) => {
      const r = computePriority({ ...organisation, shortage });
      return r.ok ? r.priority : NaN;
    };
    expect(at(0.9)).toBeGreaterThan(at(0.2));
  });
});
