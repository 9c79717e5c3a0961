// Cell parsers shared by the CSV readers. Each returns null for text it does not accept, so the caller can
// report the line and column.
import { calendarDay, dayToIsoDate, isoDateToDay } from '../epi/iso-day';

const COUNT = /^\d+(?:\.0*)?$/;
const SIGNED_COUNT = /^-?\d+(?:\.0*)?$/;
const DECIMAL = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const JHU_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/;

/** A whole number ≥ 0, written as digits, optionally with a zero fraction ("235214.0", as OWID writes counts). */
export function parseCount(text: string): number | null {
  return COUNT.test(text) ? Number(text) : null;
}

/** A whole number that may be negative (daily counts, which sources revise downwards). */
export function parseSignedCount(text: string): number | null {
  return SIGNED_COUNT.test(text) ? Number(text) : null;
}

/** A finite decimal number (indicators such as "54.422"). */
export function parseDecimal(text: string): number | null {
  if (!DECIMAL.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** An ISO 8601 date (YYYY-MM-DD) that exists, returned unchanged, or null. */
export function parseIsoDate(text: string): string | null {
  return isoDateToDay(text) === null ? null : text;
}

/** JHU's header dates, M/D/YY (all in 2000–2099), as ISO 8601. */
export function parseJhuDate(text: string): string | null {
  const match = JHU_DATE.exec(text);
  if (match === null) return null;
  const day = calendarDay(2000 + Number(match[3]), Number(match[1]), Number(match[2]));
  return day === null ? null : dayToIsoDate(day);
}
