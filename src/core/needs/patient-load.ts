import type { NeedsParameterValues } from './parameters';

// From daily cases to patients: the ESFT severity split, then patient-days (each case counted for its
// whole stay, also the part after the horizon: what it consumes is shipped with this batch) and the
// peak number of occupied beds over the horizon (admissions on the day a case is reported, stays of
// whole days; recent cases still in hospital when the horizon starts are counted).

export interface PatientLoad {
  cases: { total: number; mild: number; moderate: number; severe: number; critical: number };
  patientDays: { isolation: number; caregiver: number; severe: number; critical: number; inpatient: number };
  peakBeds: { severe: number; critical: number };
}

/** Peak over the horizon of the beds occupied by cases admitted in the last `stayDays` days. */
export function peakOccupancy(history: readonly number[], daily: readonly number[], share: number, stayDays: number): number {
  const series = [...history, ...daily];
  const stay = Math.max(1, Math.round(stayDays));
  let window = 0;
  let peak = 0;
  for (let t = 0; t < series.length; t++) {
    window += series[t];
    if (t >= stay) window -= series[t - stay];
    if (t >= history.length) peak = Math.max(peak, window);
  }
  return peak * share;
}

export function patientLoad(history: readonly number[], daily: readonly number[], p: NeedsParameterValues): PatientLoad {
  const total = daily.reduce((sum, x) => sum + x, 0);
  const cases = {
    total,
    mild: total * p.shareMild,
    moderate: total * p.shareModerate,
    severe: total * p.shareSevere,
    critical: total * p.shareCritical,
  };
  const isolation = cases.mild * p.isolationDaysMild + cases.moderate * p.isolationDaysModerate;
  const severe = cases.severe * p.hospitalDaysSevere;
  const critical = cases.critical * p.hospitalDaysCritical;
  return {
    cases,
    patientDays: { isolation, caregiver: isolation * p.caregiversPerIsolatedPatient, severe, critical, inpatient: severe + critical },
    peakBeds: {
      severe: peakOccupancy(history, daily, p.shareSevere, p.hospitalDaysSevere),
      critical: peakOccupancy(history, daily, p.shareCritical, p.hospitalDaysCritical),
    },
  };
}
