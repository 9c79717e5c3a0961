import type { NeedsParameterValues } from './parameters';
import type { PatientLoad } from './patient-load';

// The staff the patients need, in the manner of the ESFT (mrc-ide/esft R/hcw_caps.R, R/hcws_weekly.R):
// health workers and cleaners per occupied bed from the hours of care a patient needs per day ÷ the
// shift, and screening/triage health workers per person screened — every suspected case, including
// those who test negative (the ESFT's screening/triage setting). Counted in staff-days: one staff
// member working one shift a day for one day. PPE per staff member per day then multiplies these.

export interface StaffLoad {
  /** Health-worker-days at inpatient beds (severe and critical). */
  inpatientHcwDays: number;
  /** 'ratio': beds × HCWs per bed; 'headcount': the health workers given, over the horizon. */
  inpatientHcwBasis: 'ratio' | 'headcount';
  cleanerDays: number;
  screenedPeople: number;
  screeningHcwDays: number;
  /** Inpatient and screening health workers and cleaners: those routinely tested. */
  testedStaffDays: number;
}

export function staffLoad(load: PatientLoad, p: NeedsParameterValues, opts: { healthWorkers?: number; horizonDays: number }): StaffLoad {
  const { severe, critical } = load.patientDays;
  const fromBeds = (severe * p.hcwHoursPerSeverePatientDay + critical * p.hcwHoursPerCriticalPatientDay) / p.shiftHours;
  const inpatientHcwDays = opts.healthWorkers === undefined ? fromBeds : opts.healthWorkers * opts.horizonDays;
  const cleanerDays = (severe * p.cleanerHoursPerSeverePatientDay + critical * p.cleanerHoursPerCriticalPatientDay) / p.shiftHours;
  const screenedPeople = load.cases.total * (1 + p.negativeTestsPerConfirmedCase);
  const screeningHcwDays = screenedPeople / p.casesScreenedPerWorkerDay;
  return {
    inpatientHcwDays,
    inpatientHcwBasis: opts.healthWorkers === undefined ? 'ratio' : 'headcount',
    cleanerDays,
    screenedPeople,
    screeningHcwDays,
    testedStaffDays: inpatientHcwDays + cleanerDays + screeningHcwDays,
  };
}
