// Service-level timers counted in a post's working time: its weekdays and opening hours in its own IANA time
// zone, minus its public holidays. Instants are epoch milliseconds; the caller passes the clock's time and the
// holidays (the server reads them from date-holidays). Time-zone arithmetic uses Intl, so daylight-saving
// changes shift the opening hours with the local clock, as they do at the post.

export interface WorkingSchedule {
  timeZone: string;
  /** ISO weekdays the post works, 1 = Monday … 7 = Sunday. */
  days: readonly number[];
  /** Opening and closing, local "HH:MM" (closing after opening, the same day). */
  open: string;
  close: string;
  /** Local dates (YYYY-MM-DD) the post is closed. */
  holidays: ReadonlySet<string>;
}

const isoDate = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const MINUTE = 60_000;
const DAY = 86_400_000;
/** A timer never looks further than this for working time (a post with no working day at all). */
const MAX_DAYS = 3 * 366;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading at `at` in the zone. */
export function localParts(at: number, timeZone: string): LocalParts {
  const parts = Object.fromEntries(formatter(timeZone).formatToParts(at).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: Number(parts.hour), minute: Number(parts.minute), second: Number(parts.second) };
}

/**
 * The local date (YYYY-MM-DD) at `at` in the zone: the day a post's desk counts a case on (a call at 07:30 in
 * Beijing is that morning's, still the day before in UTC; one at 20:00 in Los Angeles, already the next).
 */
export function localDay(at: number, timeZone: string): string {
  const p = localDateParts(at, timeZone);
  return isoDate(p.year, p.month, p.day);
}

/** The zone's offset from UTC at `at`, in ms (local − UTC). */
function offsetAt(at: number, timeZone: string): number {
  const p = localParts(at, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at / 1000) * 1000;
}

// The instants of local wall-clock times already asked for: the timers ask for the same few (each working
// day's opening and closing) again and again, and each answer costs two Intl formatting calls, which
// dominated the help desk's requests under load (ADR 073). A pure memo, bounded (dropped when full).
const zoned = new Map<string, number>();
const ZONED_MAX = 50_000;

/** The instant a local wall-clock time names (the later reading of a time that occurs twice). */
export function zonedTime(year: number, month: number, day: number, hour: number, minute: number, timeZone: string): number {
  const key = `${timeZone}|${year}|${month}|${day}|${hour}|${minute}`;
  const known = zoned.get(key);
  if (known !== undefined) return known;
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - offsetAt(wall, timeZone);
  const at = wall - offsetAt(first, timeZone);
  if (zoned.size >= ZONED_MAX) zoned.clear();
  zoned.set(key, at);
  return at;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

// The local date of an instant, per zone and minute (every zone's days start on a whole minute): a desk page
// asks it for each timer of each case, mostly within the same minute.
const days = new Map<string, LocalParts>();
function localDateParts(at: number, timeZone: string): LocalParts {
  const key = `${timeZone}|${Math.floor(at / MINUTE)}`;
  let parts = days.get(key);
  if (parts === undefined) {
    parts = localParts(at, timeZone);
    if (days.size >= ZONED_MAX) days.clear();
    days.set(key, parts);
  }
  return parts;
}

/** The working windows [start, end) in epoch ms, local day by local day from the day holding `from`. */
function* windows(from: number, s: WorkingSchedule): Generator<[number, number]> {
  const first = localDateParts(from, s.timeZone);
  const open = minutesOf(s.open);
  const close = minutesOf(s.close);
  for (let i = 0; i < MAX_DAYS; i++) {
    const date = new Date(Date.UTC(first.year, first.month - 1, first.day) + i * DAY);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    if (!s.days.includes(weekday) || s.holidays.has(isoDate(y, m, d))) continue;
    yield [zonedTime(y, m, d, Math.floor(open / 60), open % 60, s.timeZone), zonedTime(y, m, d, Math.floor(close / 60), close % 60, s.timeZone)];
  }
}

/** When `minutes` of working time after `start` have passed (the deadline of a timer started then); null if never. */
export function addWorkingMinutes(start: number, minutes: number, s: WorkingSchedule): number | null {
  let left = minutes * MINUTE;
  for (const [open, close] of windows(start, s)) {
    const from = Math.max(open, start);
    if (from >= close) continue;
    if (from + left <= close) return from + left;
    left -= close - from;
  }
  return null;
}

/** Working minutes between two instants (0 when `end` is not after `start`). */
export function workingMinutesBetween(start: number, end: number, s: WorkingSchedule): number {
  let total = 0;
  for (const [open, close] of windows(start, s)) {
    if (open >= end) break;
    const overlap = Math.min(close, end) - Math.max(open, start);
    if (overlap > 0) total += overlap;
  }
  return total / MINUTE;
}

/** Whether the post is open at `at`. */
export function isOpenAt(at: number, s: WorkingSchedule): boolean {
  for (const [open, close] of windows(at, s)) return open <= at && at < close;
  return false;
}
