// Which countries to flag for preparedness aid (issue 17): those expected to import infections by air while
// reporting few cases of their own and having a weak health system. Importation is then their main threat,
// and the one aid can get ahead of. The thresholds are defaults a deployment may change:
// - at least one imported infection expected a week;
// - fewer than 10 reported cases per 100,000 in 7 days (ADR 021's incidence scale scores that below 0.35);
// - fewer than 2 hospital beds per 1,000 (ADR 021's health-system scale scores that above 0.5).
// A country without a beds figure is not flagged: the flag says what the data shows, not what it lacks.

export interface PreparednessThresholds {
  minExpectedPerWeek: number;
  maxIncidence7dPer100k: number;
  maxHospitalBedsPerThousand: number;
}

export const PREPAREDNESS_THRESHOLDS: PreparednessThresholds = { minExpectedPerWeek: 1, maxIncidence7dPer100k: 10, maxHospitalBedsPerThousand: 2 };

export function needsPreparedness(
  country: { expectedPerWeek: number; incidence7dPer100k: number | null; hospitalBedsPerThousand: number | null },
  thresholds: PreparednessThresholds = PREPAREDNESS_THRESHOLDS,
): boolean {
  return (
    country.expectedPerWeek >= thresholds.minExpectedPerWeek &&
    (country.incidence7dPer100k ?? 0) < thresholds.maxIncidence7dPer100k &&
    country.hospitalBedsPerThousand !== null &&
    country.hospitalBedsPerThousand < thresholds.maxHospitalBedsPerThousand
  );
}
