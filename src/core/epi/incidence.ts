// 7-day incidence per 100,000 people: the new cases of the last seven days (negative revisions counted
// as 0) per 100,000 population. Null where the 7-day sum is unknown or the population is unknown or not
// positive.

/** Incidence per 100,000 from 7-day sums (see trailingSum) and a population. */
export function incidencePer100k(weeklySums: readonly (number | null)[], population: number | null): (number | null)[] {
  const valid = population !== null && Number.isFinite(population) && population > 0;
  return weeklySums.map((sum) => (sum === null || !valid ? null : (sum / (population as number)) * 100_000));
}
