import { describe, expect, it } from 'vitest';
import { NEEDS_PARAMETERS, type NeedsParameterValues } from './parameters';
import type { PatientLoad } from './patient-load';
import { staffLoad } from './staff-load';

const p = Object.fromEntries(Object.entries(NEEDS_PARAMETERS).map(([id, s]) => [id, s.value])) as NeedsParameterValues;
const load = (severe: number, critical: number, total: number): PatientLoad => ({
  cases: { total, mild: 0, moderate: 0, severe: 0, critical: 0 },
  patientDays: { isolation: 0, caregiver: 0, severe, critical, inpatient: severe + critical },
  peakBeds: { severe: 0, critical: 0 },
});

describe('staffLoad', () => {
  it('turns hours of care per patient-day into staff-days over an 8-hour shift', () => {
    const staff = staffLoad(load(8, 8, 0), p, { horizonDays: 7 });
    expect(staff.inpatientHcwDays).toBeCloseTo(18.224181819 + 32.689375, 9);
    expect(staff.cleanerDays).toBeCloseTo(0.5 + 0.75, 12);
  });

  it('screens every suspected case, the negatives too, ten a day per health worker', () => {
    const staff = staffLoad(load(0, 0, 100), p, { horizonDays: 7 });
    expect(staff.screenedPeople).toBe(1100);
    expect(staff.screeningHcwDays).toBe(110);
    expect(staff.testedStaffDays).toBe(110);
  });

  it('takes a known headcount of inpatient health workers over the horizon instead of the ratio', () => {
    expect(staffLoad(load(8, 8, 0), p, { healthWorkers: 30, horizonDays: 14 })).toMatchObject({ inpatientHcwDays: 420, inpatientHcwBasis: 'headcount' });
  });
});
