import { describe, expect, it } from 'vitest';
import { estimateNeeds, type NeedsResult } from './estimate-needs';
import { NEEDS_PARAMETERS } from './parameters';

// Hand computation from the cited defaults (parameters.ts): 100 cases a day for the last 7 days, a
// 2-week horizon, staff estimated from beds.
//   cases 1,400: mild 560, moderate 560, severe 210, critical 70          (ESFT 40/40/15/5 %)
//   isolation patient-days 560·14 + 560·14 = 15,680, as many caregiver-days (1 caregiver)
//   inpatient patient-days: severe 210·7 = 1,470; critical 70·14 = 980      (stays 1 and 2 weeks)
//   peak beds: severe 15/day × 7 days = 105; critical 5/day × 14 days = 70
//   HCW-days (1,470·18.224181819 + 980·32.689375) / 8 = 7,353.14184674125   (HWFE hours ÷ 8-h shift)
//   cleaner-days (1,470·0.5 + 980·0.75) / 8 = 183.75
//   people screened 1,400·(1 + 10 negatives) = 15,400 → screening HCW-days 15,400 / 10 = 1,540
//   masks 7,353.14·3 + 183.75·3 + 1,540·3 + 15,400·1 + 15,680·4 + 15,680·1 = 121,030.68 → 121,031
//   respirators = face shields = 7,353.14 → 7,354
//   gloves 7,353.14·6 + 183.75·6 + 15,680·2 = 76,581.35 → 76,582
//   gowns 7,353.14·4 + 183.75·3 = 29,963.82 → 29,964
//   tests: diagnosis 1,120·1 + 280·2 = 1,680; negatives 14,000; contacts 1,400·10·0.6 = 8,400;
//          staff (7,353.14 + 183.75 + 1,540) / 7 weeks · 1 = 1,296.70; total 25,376.70
//          → PCR 80 % = 20,301.36 → 20,302; antigen 20 % = 5,075.34 → 5,076
//   ventilators 70·(2/3 + 1/3) = 70; concentrators 105·10/5 = 210; oximeters 105; monitors 70
const input = { recentDailyCases: [100, 100, 100, 100, 100, 100, 100], horizonWeeks: 2 };
const HCW_DAYS = (1470 * 18.224181819 + 980 * 32.689375) / 8;

function estimate(over: Parameters<typeof estimateNeeds>[0] = input): NeedsResult {
  const result = estimateNeeds(over);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.result;
}
const itemOf = (result: NeedsResult, id: string) => result.items.find((i) => i.item === id)!;
const driver = (result: NeedsResult, id: string, name: string) => itemOf(result, id).breakdown.find((d) => d.driver === name)?.quantity;

describe('estimateNeeds', () => {
  const result = estimate();

  it('splits cases by severity and counts patient-days, peak beds and staff-days', () => {
    expect(result.load.cases).toEqual({ total: 1400, mild: 560, moderate: 560, severe: 210, critical: 70 });
    expect(result.load.patientDays).toEqual({ isolation: 15680, caregiver: 15680, severe: 1470, critical: 980, inpatient: 2450 });
    expect(result.load.peakBeds.severe).toBeCloseTo(105, 9);
    expect(result.load.peakBeds.critical).toBeCloseTo(70, 9);
    expect(result.staff.inpatientHcwDays).toBeCloseTo(7353.14184674125, 8);
    expect(result.staff).toMatchObject({ inpatientHcwBasis: 'ratio', cleanerDays: 183.75, screenedPeople: 15400, screeningHcwDays: 1540 });
    expect(result.casesPerWeek).toEqual([700, 700]);
    expect(result.basis).toBe('recent-mean');
  });

  it('gives the hand-computed need of every catalogue item', () => {
    expect(Object.fromEntries(result.items.map((i) => [i.item, i.need]))).toEqual({
      'surgical-mask': 121031,
      'respirator-ffp2': 7354,
      gloves: 76582,
      gown: 29964,
      'face-shield': 7354,
      'pcr-test': 20302,
      'antigen-test': 5076,
      ventilator: 70,
      'oxygen-concentrator': 210,
      'pulse-oximeter': 105,
      'patient-monitor': 70,
    });
    expect(result.tests.staff).toBeCloseTo((HCW_DAYS + 183.75 + 1540) / 7, 9);
    expect(result.tests.perConfirmedCase).toBeCloseTo(result.tests.total / 1400, 12);
  });

  it('counts PPE per health worker per day: doubling the health workers doubles their PPE', () => {
    const one = estimate({ ...input, healthWorkers: 100 });
    const two = estimate({ ...input, healthWorkers: 200 });
    expect(one.staff).toMatchObject({ inpatientHcwBasis: 'headcount', inpatientHcwDays: 1400 });
    // Respirators and face shields are worn by inpatient health workers only: the whole need doubles.
    expect(itemOf(one, 'respirator-ffp2').need).toBe(1400);
    expect(itemOf(two, 'respirator-ffp2').need).toBe(2800);
    expect(itemOf(two, 'face-shield').need).toBe(2 * itemOf(one, 'face-shield').need);
    // Masks, gloves, gowns: the health workers' share doubles, the other settings do not move.
    for (const id of ['surgical-mask', 'gloves', 'gown']) {
      expect(driver(two, id, 'inpatient health-worker-days')).toBe(2 * driver(one, id, 'inpatient health-worker-days')!);
      expect(driver(two, id, 'inpatient cleaner-days')).toBe(driver(one, id, 'inpatient cleaner-days'));
    }
    // The same through the staffing ratio: twice the hours of care per patient, twice the HCW-days.
    const hours = estimate({
      ...input,
      overrides: { hcwHoursPerSeverePatientDay: 2 * 18.224181819, hcwHoursPerCriticalPatientDay: 2 * 32.689375 },
    });
    expect(hours.staff.inpatientHcwDays).toBeCloseTo(2 * HCW_DAYS, 8);
    expect(driver(hours, 'gown', 'inpatient health-worker-days')).toBeCloseTo(2 * driver(result, 'gown', 'inpatient health-worker-days')!, 8);
  });

  it('scales PPE with the per-day quantity and leaves devices alone', () => {
    const over = estimate({ ...input, overrides: { gownsPerInpatientHcwDay: 8, antigenTestShare: 0.5 } });
    expect(itemOf(over, 'gown').need).toBe(Math.ceil(HCW_DAYS * 8 + 183.75 * 3));
    expect(itemOf(over, 'gown').parameters.find((p) => p.id === 'gownsPerInpatientHcwDay')?.overridden).toBe(true);
    expect(itemOf(over, 'antigen-test').need).toBe(Math.ceil(result.tests.total / 2));
    expect(itemOf(over, 'ventilator').need).toBe(70);
  });

  it('shows the parameters used beside each result, with unit, source and whether it was verified', () => {
    const masks = itemOf(result, 'surgical-mask');
    expect(masks.breakdown.map((d) => d.driver)).toEqual([
      'inpatient health-worker-days',
      'inpatient cleaner-days',
      'screening health-worker-days',
      'people screened',
      'isolated patient-days',
      'caregiver-days',
    ]);
    const hours = masks.parameters.find((p) => p.id === 'hcwHoursPerSeverePatientDay');
    expect(hours).toMatchObject({ value: 18.224181819, verified: true, overridden: false });
    expect(hours?.source).toContain('data-raw/hwfe_data.csv');
    const perDay = masks.parameters.find((p) => p.id === 'masksPerInpatientHcwDay');
    expect(perDay).toMatchObject({ value: 3, unit: 'masks per HCW-day', verified: true });
    expect(perDay?.source).toMatch(/^PK-PPE: set A/);
    expect(masks.parameters.find((p) => p.id === 'masksPerScreenedPerson')).toMatchObject({ verified: false });
    // A known headcount replaces the staffing ratio, so its parameters are no longer listed.
    const counted = itemOf(estimate({ ...input, healthWorkers: 10 }), 'respirator-ffp2');
    expect(counted.parameters.map((p) => p.id)).toEqual(['respiratorsPerInpatientHcwDay']);
  });

  it('splits critical patients between invasive and non-invasive ventilation', () => {
    const ventilator = itemOf(result, 'ventilator');
    expect(ventilator.breakdown[0].quantity).toBeCloseTo(70 * NEEDS_PARAMETERS.shareCriticalInvasive.value, 9);
    expect(ventilator.breakdown[1].quantity).toBeCloseTo(70 / 3, 9);
    const invasiveOnly = estimate({ ...input, overrides: { shareCriticalNonInvasive: 0 } });
    expect(itemOf(invasiveOnly, 'ventilator').need).toBe(47);
  });

  it('uses a forecast when given, extended with its last value', () => {
    const forecast = estimate({ recentDailyCases: [0], forecastDailyCases: [10, 20], horizonWeeks: 1 });
    expect(forecast.load.cases.total).toBe(10 + 20 * 6);
    expect(forecast.basis).toBe('forecast');
  });

  it('refuses bad input with paths', () => {
    const bad = estimateNeeds({ recentDailyCases: [5, -1], horizonWeeks: 0, overrides: { shareMild: 0.5, nope: 1 } });
    expect(!bad.ok && bad.errors.map((e) => e.path)).toEqual(['horizonWeeks', 'recentDailyCases[1]', 'overrides.nope']);
    const split = estimateNeeds({ recentDailyCases: [5], horizonWeeks: 1, overrides: { shareMild: 0.5 } });
    expect(!split.ok && split.errors[0].message).toContain('add up to 1');
    const workers = estimateNeeds({ recentDailyCases: [5], horizonWeeks: 1, healthWorkers: -3 });
    expect(!workers.ok && workers.errors[0].path).toBe('healthWorkers');
  });

  it('is zero with no cases and no health workers', () => {
    expect(estimate({ recentDailyCases: [0, 0, 0], horizonWeeks: 4 }).items.every((i) => i.need === 0)).toBe(true);
  });
});
