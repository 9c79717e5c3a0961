import { describe, expect, it } from 'vitest';
import { estimateNeeds } from './estimate-needs';

// Hand-checked: 100 cases a day for the last 7 days, a 2-week horizon, 500 health workers.
//   cases 1,400: mild 560, moderate 560, severe 210, critical 70
//   isolation patient-days 560·14 + 560·14 = 15,680 (and as many caregiver-days)
//   inpatient-days 210·7 + 70·14 = 1,470 + 980 = 2,450
//   peak beds: severe 15/day × 7 days = 105; critical 5/day × 14 days = 70 (reached on day 7)
//   screening worker-days 1,400 / 10 = 140
//   masks 2,450·25 + 15,680·1 + 15,680·1 + 140·2 = 61,250 + 31,360 + 280 = 92,890
//   gloves 2,450·50 + 15,680·2 = 153,860; gowns 61,250; respirators 2,450; face shields 2,450
//   tests: diagnosis 1,120·1 + 280·2 = 1,680; negatives 14,000; contacts 1,400·10·0.6 = 8,400;
//          staff 500·1·2 = 1,000; total 25,080 → PCR 80 % = 20,064, antigen 20 % = 5,016
//   ventilators 70; concentrators 105·10/5 = 210; oximeters 105; monitors 70
const input = { recentDailyCases: [100, 100, 100, 100, 100, 100, 100], horizonWeeks: 2, healthWorkers: 500 };

describe('estimateNeeds', () => {
  const estimate = estimateNeeds(input);
  if (!estimate.ok) throw new Error('expected an estimate');
  const { result } = estimate;
  const need = (id: string) => result.items.find((i) => i.item === id)?.need;

  it('splits cases by severity and counts patient-days and peak beds', () => {
    expect(result.load.cases).toEqual({ total: 1400, mild: 560, moderate: 560, severe: 210, critical: 70 });
    expect(result.load.patientDays).toEqual({ isolation: 15680, caregiver: 15680, severe: 1470, critical: 980, inpatient: 2450 });
    expect(result.load.peakBeds.severe).toBeCloseTo(105, 9);
    expect(result.load.peakBeds.critical).toBeCloseTo(70, 9);
    expect(result.casesPerWeek).toEqual([700, 700]);
    expect(result.basis).toBe('recent-mean');
  });

  it('gives the hand-checked need of every catalogue item', () => {
    expect(Object.fromEntries(result.items.map((i) => [i.item, i.need]))).toEqual({
      'surgical-mask': 92890,
      'respirator-ffp2': 2450,
      gloves: 153860,
      gown: 61250,
      'face-shield': 2450,
      'pcr-test': 20064,
      'antigen-test': 5016,
      ventilator: 70,
      'oxygen-concentrator': 210,
      'pulse-oximeter': 105,
      'patient-monitor': 70,
    });
    expect(result.tests.perConfirmedCase).toBeCloseTo(25080 / 1400, 12);
  });

  it('shows the parameters used beside each result, with source and unit', () => {
    const masks = result.items.find((i) => i.item === 'surgical-mask');
    const perDay = masks?.parameters.find((p) => p.id === 'masksPerInpatientDay');
    expect(perDay).toMatchObject({ value: 25, unit: 'masks per patient-day', overridden: false });
    expect(perDay?.source).toContain('WHO-PPE');
    expect(masks?.breakdown.map((d) => d.driver)).toEqual([
      'hospitalised patient-days',
      'isolated patient-days',
      'caregiver-days',
      'screening health-worker-days',
    ]);
  });

  it('takes overrides, and marks them', () => {
    const over = estimateNeeds({ ...input, overrides: { masksPerInpatientDay: 10, antigenTestShare: 0.5 } });
    expect(over.ok).toBe(true);
    if (!over.ok) return;
    const masks = over.result.items.find((i) => i.item === 'surgical-mask');
    expect(masks?.need).toBe(92890 - 2450 * 15);
    expect(masks?.parameters.find((p) => p.id === 'masksPerInpatientDay')?.overridden).toBe(true);
    expect(over.result.items.find((i) => i.item === 'antigen-test')?.need).toBe(12540);
    expect(need('ventilator')).toBe(70);
  });

  it('uses a forecast when given, extended with its last value', () => {
    const forecast = estimateNeeds({ recentDailyCases: [0], forecastDailyCases: [10, 20], horizonWeeks: 1 });
    expect(forecast.ok && forecast.result.load.cases.total).toBe(10 + 20 * 6);
    expect(forecast.ok && forecast.result.basis).toBe('forecast');
  });

  it('refuses bad input with paths', () => {
    const bad = estimateNeeds({ recentDailyCases: [5, -1], horizonWeeks: 0, overrides: { shareMild: 0.5, nope: 1 } });
    expect(!bad.ok && bad.errors.map((e) => e.path)).toEqual(['horizonWeeks', 'recentDailyCases[1]', 'overrides.nope']);
    const split = estimateNeeds({ recentDailyCases: [5], horizonWeeks: 1, overrides: { shareMild: 0.5 } });
    expect(!split.ok && split.errors[0].message).toContain('add up to 1');
  });

  it('is zero with no cases', () => {
    const none = estimateNeeds({ recentDailyCases: [0, 0, 0], horizonWeeks: 4 });
    expect(none.ok && none.result.items.every((i) => i.need === 0)).toBe(true);
  });
});
