// The dates an import may hold: none before the outbreak's first date (a setting of the pathogen dataset)
// and none after today plus a small tolerance (a source a time zone ahead). One far-future row would move
// every default date there and make the world series span centuries, so such a row refuses the file.
// The core has no clock: the caller passes today in.
import { dayToIsoDate, isoDateToDay } from '../epi/iso-day';

export interface DateBounds {
  /** First date accepted (ISO 8601), inclusive. */
  earliest: string;
  /** Last date accepted (ISO 8601), inclusive. */
  latest: string;
}

/** Days after today still accepted: a report dated tomorrow in its own time zone is not an error. */
export const FUTURE_TOLERANCE_DAYS = 1;

/** Bounds from the outbreak's first date and today (both ISO 8601 dates). */
export function importDateBounds(outbreakStart: string, today: string, toleranceDays = FUTURE_TOLERANCE_DAYS): DateBounds {
  const day = isoDateToDay(today);
  if (day === null || isoDateToDay(outbreakStart) === null) throw new RangeError(`expected ISO 8601 dates, got ${outbreakStart} and ${today}`);
  return { earliest: outbreakStart, latest: dayToIsoDate(day + toleranceDays) };
}

/** Why `date` (a valid ISO date) is refused, or null when it lies within the bounds. */
export function outOfBounds(date: string, bounds: DateBounds | undefined): string | null {
  if (bounds === undefined) return null;
  if (date < bounds.earliest) return `${date} is before the outbreak's first date (${bounds.earliest})`;
  if (date > bounds.latest) return `${date} is in the future (the last date accepted is ${bounds.latest})`;
  return null;
}
