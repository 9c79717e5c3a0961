// Weekly totals as the Forecast Hub scored them: new cases in the 7 days ending a date, the difference of the
// cumulative counts 7 days apart (negative where a source revised its total downwards).

/** A country's cumulative cases, one value per calendar day from `firstDay` (iso-day.ts day numbers). */
export interface DailyCumulative {
  firstDay: number;
  cumulative: ArrayLike<number>;
}

/** The last day with a value. */
export const lastDay = (series: DailyCumulative): number => series.firstDay + series.cumulative.length - 1;

/** Cases in the 7 days ending `day`, or null when the series does not cover day − 7 .. day. */
export function weekTotal(series: DailyCumulative, day: number): number | null {
  const end = day - series.firstDay;
  const start = end - 7;
  if (start < 0 || end >= series.cumulative.length) return null;
  return series.cumulative[end] - series.cumulative[start];
}

/** Weekly totals of the weeks ending `day`, day − 7, … back to the first complete week, oldest first. */
export function weeklyTotalsEndingAt(series: DailyCumulative, day: number): number[] {
  const totals: number[] = [];
  for (let end = day; ; end -= 7) {
    const total = weekTotal(series, end);
    if (total === null) break;
    totals.push(total);
  }
  return totals.reverse();
}

/**
 * Daily new cases up to and including `day` (negative revisions counted as 0, as the indicators count them);
 * the first day of the series has no difference and is left out.
 */
export function dailyCountsUpTo(series: DailyCumulative, day: number): Float64Array {
  const end = Math.min(day - series.firstDay, series.cumulative.length - 1);
  const counts = new Float64Array(Math.max(0, end));
  for (let i = 1; i <= end; i++) counts[i - 1] = Math.max(0, series.cumulative[i] - series.cumulative[i - 1]);
  return counts;
}
