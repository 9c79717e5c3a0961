// The inputs of the severity index for one country on one day, from its indicator points.
//
// Recent deaths are counted over 28 days (not 14): many countries reported deaths weekly or in irregular
// batches, and deaths are few in small countries, so four weeks give a steadier signal of how hard the last
// wave hit; incidence and growth already carry the short-term signal. Negative daily deaths (revisions)
// count as 0, as in every other indicator.
import type { IndicatorPoint } from './indicators';
import type { EpidemicSeverityInputs } from './severity';

export const RECENT_DEATHS_DAYS = 28;

/**
 * Severity inputs at `points[at]` (default: the last point). Deaths per million are null without a
 * population or without 28 known daily values ending at that day.
 */
export function severityInputs(
  points: readonly IndicatorPoint[],
  population: number | null,
  hospitalBedsPerThousand: number | null,
  at: number = points.length - 1,
): EpidemicSeverityInputs {
  const point = points[at];
  if (point === undefined) return { incidence7dPer100k: null, growth7d: null, deaths28dPerMillion: null, hospitalBedsPerThousand };
  let deaths: number | null = null;
  if (population !== null && population > 0 && at >= RECENT_DEATHS_DAYS - 1) {
    deaths = 0;
    for (let t = at - RECENT_DEATHS_DAYS + 1; t <= at; t++) {
      const daily = points[t].newDeaths;
      if (daily === null) {
        deaths = null;
        break;
      }
      deaths += Math.max(0, daily);
    }
  }
  return {
    incidence7dPer100k: point.incidence7dPer100k,
    growth7d: point.growth7d,
    deaths28dPerMillion: deaths === null ? null : (deaths / (population as number)) * 1_000_000,
    hospitalBedsPerThousand,
  };
}
