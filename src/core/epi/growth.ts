// Week-on-week growth and doubling time.
//
// growth7d at day t = (new cases of days t−6..t) / (new cases of days t−13..t−7), from the 7-day sums
// (negative revisions counted as 0). Null where either sum is unknown or the previous week had no cases
// (division by zero). A value of 1 means flat, 2 means the weekly count doubled.
//
// Doubling time in days = 7·ln 2 / ln(growth7d), defined only while the epidemic grows (growth7d > 1);
// null otherwise (a shrinking epidemic has a halving time, not a doubling time).

/** growth7d for every day, from the trailing 7-day sums. */
export function weeklyGrowth(weeklySums: readonly (number | null)[]): (number | null)[] {
  return weeklySums.map((current, t) => {
    if (t < 7 || current === null) return null;
    const previous = weeklySums[t - 7];
    if (previous === null || previous === 0) return null;
    return current / previous;
  });
}

/** Doubling time in days for a weekly growth factor, or null unless growth > 1. */
export function doublingTimeDays(growth: number | null): number | null {
  if (growth === null || !(growth > 1) || !Number.isFinite(growth)) return null;
  return (7 * Math.LN2) / Math.log(growth);
}
