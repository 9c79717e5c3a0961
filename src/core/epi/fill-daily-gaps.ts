// A daily series without holes. Sources skip days (early OWID files report only the days a count changed);
// the indicators need one value per calendar day, so a missing day repeats the previous report's cumulative
// counts (no new cases that day) and is marked as carried forward.
import { dayToIsoDate, isoDateToDay } from './iso-day';

export interface CumulativePoint {
  /** ISO 8601 date; the series must be strictly ascending. */
  date: string;
  cumulativeCases: number;
  cumulativeDeaths: number;
}

/** One point per calendar day from the first to the last date, with days missing from the source carried forward. */
export function fillDailyGaps(series: readonly CumulativePoint[]): { points: CumulativePoint[]; carried: boolean[] } {
  const points: CumulativePoint[] = [];
  const carried: boolean[] = [];
  let previousDay: number | null = null;
  for (const point of series) {
    const day = isoDateToDay(point.date);
    if (day === null) throw new RangeError(`not an ISO 8601 date: ${JSON.stringify(point.date)}`);
    if (previousDay !== null) {
      if (day <= previousDay) throw new RangeError(`dates must be strictly ascending: ${point.date} follows ${dayToIsoDate(previousDay)}`);
      const last = points[points.length - 1];
      for (let missing = previousDay + 1; missing < day; missing++) {
        points.push({ date: dayToIsoDate(missing), cumulativeCases: last.cumulativeCases, cumulativeDeaths: last.cumulativeDeaths });
        carried.push(true);
      }
    }
    points.push({ date: point.date, cumulativeCases: point.cumulativeCases, cumulativeDeaths: point.cumulativeDeaths });
    carried.push(false);
    previousDay = day;
  }
  return { points, carried };
}

