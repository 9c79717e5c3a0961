import { calendarDay, dayToIsoDate, isoDateToDay } from '../../epi/iso-day';

// The period a genome's collection date falls in: a calendar month (YYYY-MM) or an ISO 8601 week
// (YYYY-Www, weeks from Monday, week 1 holding the year's first Thursday). Genome metadata often
// dates a sample only to the month or the year (2020-03, 2020, 2020-03-XX): such a genome counts only
// in periods no finer than its date.

export const PERIOD_UNITS = ['month', 'week'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

const MONTH = /^(\d{4})-(\d{2})(?:-|$)/;

/** The period of `date` in `unit`, or null when the date is not that precise (or not a date). */
export function periodOf(date: string, unit: PeriodUnit): string | null {
  if (unit === 'week') {
    const day = isoDateToDay(date);
    return day === null ? null : isoWeekOf(day);
  }
  const match = MONTH.exec(date);
  if (match === null) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? `${match[1]}-${match[2]}` : null;
}

/** The ISO 8601 week (YYYY-Www) of a day number (days since 1970-01-01, a Thursday). */
export function isoWeekOf(day: number): string {
  const weekday = (((day + 3) % 7) + 7) % 7; // Monday 0 … Sunday 6
  const thursday = day - weekday + 3;
  const year = Number(dayToIsoDate(thursday).slice(0, 4));
  const week = Math.floor((thursday - calendarDay(year, 1, 1)!) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
