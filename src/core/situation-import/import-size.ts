// Whether an import is much smaller than the data shown. An import becomes the source shown, so a file that
// covers a handful of countries or a few weeks (a test extract, a truncated download) would silently shrink
// the Situation page and the aid priorities; such an import needs the importer's confirmation (ADR 066).

/** What a source's stored series cover. */
export interface SeriesCoverage {
  countries: number;
  /** Country-days. */
  rows: number;
}

/** Below this share of the shown source's countries or country-days an import is "much smaller". */
export const MUCH_SMALLER_SHARE = 0.5;

/** The measures by which `candidate` falls below half of `shown` (empty when it does not, or nothing is shown). */
export function muchSmallerBy(candidate: SeriesCoverage, shown: SeriesCoverage | null, share = MUCH_SMALLER_SHARE): ('countries' | 'rows')[] {
  if (shown === null) return [];
  const out: ('countries' | 'rows')[] = [];
  if (candidate.countries < shown.countries * share) out.push('countries');
  if (candidate.rows < shown.rows * share) out.push('rows');
  return out;
}
