// Calendar arithmetic on ISO dates (YYYY-MM-DD) for the consular statistics, in UTC so no zone shifts a day.

const DAY = 86_400_000;
const toMs = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => toDate(toMs(date) + days * DAY);

/** Every date from `from` to `to`, both included (none when reversed). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let at = toMs(from), end = toMs(to); at <= end; at += DAY) out.push(toDate(at));
  return out;
}

/**
 * The same calendar day a year before: what a desk means by "against last year" (a weekday comparison would
 * shift holidays such as the Spring Festival by a day). 29 February falls back to the 28th.
 */
export function sameDayLastYear(date: string): string {
  const year = Number(date.slice(0, 4)) - 1;
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** The Monday starting the ISO week that holds the date. */
export function isoWeekStart(date: string): string {
  const weekday = new Date(toMs(date)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}
