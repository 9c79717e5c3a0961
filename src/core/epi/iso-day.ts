// Calendar days as integers (days since 1970-01-01, UTC), so that date arithmetic in the pure core
// needs no clock and no time zone. ISO 8601 calendar dates (YYYY-MM-DD) only.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a valid ISO 8601 date, or null when `text` is not one (e.g. 2021-02-30). */
export function isoDateToDay(text: string): number | null {
  const match = ISO_DATE.exec(text);
  if (match === null) return null;
  return calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The day number of year/month/day, or null when that date does not exist. */
export function calendarDay(year: number, month: number, day: number): number | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return Math.round(ms / MS_PER_DAY);
}

/** The ISO 8601 date (YYYY-MM-DD) of a day number. */
export function dayToIsoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
