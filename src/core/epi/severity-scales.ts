// How each epidemic and health-system input becomes a 0..1 score for the severity index (ADR 021).
//
// Absolute scales with fixed reference points, not ranks among countries: a score means the same thing on
// every date and for every set of imported countries, one country's score can be computed without the others,
// and playing the date slider shows the world getting better or worse instead of a reshuffled ranking.
// Epidemic quantities span orders of magnitude, so the scales are logarithmic; values beyond the reference
// points are capped at 0 or 1, so one extreme country (a tiny state with a huge per-capita rate) cannot
// stretch the scale for everyone else.

/** 7-day incidence per 100,000 at which the incidence score reaches 1 (Omicron-wave peaks exceeded it). */
export const INCIDENCE_CAP_PER_100K = 1000;
/** Deaths per million in 28 days at which the deaths score reaches 1 (the worst national waves of 2021). */
export const DEATHS_28D_CAP_PER_MILLION = 250;
/** Hospital beds per 1,000 at or below which the health system scores as weakest (1). */
export const BEDS_WEAKEST_PER_1000 = 0.5;
/** Hospital beds per 1,000 at or above which the health system scores as strongest (0). */
export const BEDS_STRONGEST_PER_1000 = 8;

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** log(1 + x) / log(1 + cap): 0 at 0, 1 at the cap and beyond. For counts per population. */
export function logScore(value: number, cap: number): number {
  if (!(value > 0)) return 0;
  return clamp01(Math.log1p(value) / Math.log1p(cap));
}

/** Incidence score: 0.1 at 1, 0.35 at 10, 0.57 at 50, 0.67 at 100, 1 at 1,000 per 100,000 in 7 days. */
export function incidenceScore(incidence7dPer100k: number): number {
  return logScore(incidence7dPer100k, INCIDENCE_CAP_PER_100K);
}

/** Growth score: 0 when cases halve in a week (or faster), 0.5 when flat, 1 when they double (or faster). */
export function growthScore(growth7d: number): number {
  if (!(growth7d > 0)) return 0;
  return clamp01((Math.log2(growth7d) + 1) / 2);
}

/** Deaths score: 0.43 at 10, 0.71 at 50, 1 at 250 deaths per million in 28 days. */
export function deathsScore(deaths28dPerMillion: number): number {
  return logScore(deaths28dPerMillion, DEATHS_28D_CAP_PER_MILLION);
}

/** Health-system weakness: 1 at ≤ 0.5 beds per 1,000, 0 at ≥ 8, log-linear between (2.77 → 0.38). */
export function healthSystemWeaknessScore(hospitalBedsPerThousand: number): number {
  if (!(hospitalBedsPerThousand > 0)) return 1;
  const span = Math.log(BEDS_STRONGEST_PER_1000 / BEDS_WEAKEST_PER_1000);
  return clamp01(1 - Math.log(hospitalBedsPerThousand / BEDS_WEAKEST_PER_1000) / span);
}
