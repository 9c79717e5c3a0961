import { describe, expect, it } from 'vitest';
import { NEEDS_PARAMETERS, type NeedsParameterValues } from './parameters';
import { patientLoad, peakOccupancy } from './patient-load';

const defaults = Object.fromEntries(Object.entries(NEEDS_PARAMETERS).map(([id, s]) => [id, s.value])) as NeedsParameterValues;

describe('peakOccupancy', () => {
  it('counts admissions of the last stay-days, history included (hand-checked)', () => {
    // No history, 10 admissions a day for 5 days, 3-day stay: 10, 20, 30, 30, 30 → peak 30.
    expect(peakOccupancy([], [10, 10, 10, 10, 10], 1, 3)).toBe(30);
    // A spike before the horizon is still in bed on its first day: history [50], stay 2 → day 0: 50 + 1.
    expect(peakOccupancy([50], [1, 1, 1], 1, 2)).toBe(51);
    expect(peakOccupancy([], [10, 10], 0.5, 7)).toBe(10);
  });
});

describe('patientLoad', () => {
  it('splits 1,000 cases 40/40/15/5', () => {
    const load = patientLoad([], Array.from({ length: 10 }, () => 100), defaults);
    expect(load.cases).toEqual({ total: 1000, mild: 400, moderate: 400, severe: 150, critical: 50 });
    expect(load.patientDays.inpatient).toBe(150 * 7 + 50 * 14);
  });
});
