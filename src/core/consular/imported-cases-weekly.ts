// Imported cases' shares ("90% hold our passports, 40% are students") week by week and origin by origin, for the
// consular statistics' charts and map. The counts come from the database grouped by arrival day and origin.
import { addDays, isoWeekStart } from './calendar-days';
import { shareOf } from './imported-cases-stats';

export interface ImportedCaseDayRow {
  date: string;
  originIso3: string;
  total: number;
  ownPassport: number;
  students: number;
}

interface Shares {
  total: number;
  ownPassport: { count: number; share: number };
  students: { count: number; share: number };
}

export type WeekShares = Shares & { week: string };
export type OriginShares = Shares & { iso3: string };

interface Tally {
  total: number;
  own: number;
  students: number;
}
const shares = (t: Tally): Shares => ({ total: t.total, ownPassport: { count: t.own, share: shareOf(t.own, t.total) }, students: { count: t.students, share: shareOf(t.students, t.total) } });
function tallyBy(rows: readonly ImportedCaseDayRow[], key: (row: ImportedCaseDayRow) => string): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const row of rows) {
    const k = key(row);
    const t = out.get(k) ?? { total: 0, own: 0, students: 0 };
    out.set(k, { total: t.total + row.total, own: t.own + row.ownPassport, students: t.students + row.students });
  }
  return out;
}

/** Every ISO week (by its Monday) touching [from, to], empty weeks included so a chart's gaps show as zeros. */
export function weeklyShares(from: string, to: string, rows: readonly ImportedCaseDayRow[]): WeekShares[] {
  const byWeek = tallyBy(rows, (r) => isoWeekStart(r.date));
  const out: WeekShares[] = [];
  for (let week = isoWeekStart(from); week <= to; week = addDays(week, 7)) out.push({ week, ...shares(byWeek.get(week) ?? { total: 0, own: 0, students: 0 }) });
  return out;
}

/** Per origin country, by number of cases descending then code. */
export function originShares(rows: readonly ImportedCaseDayRow[]): OriginShares[] {
  return [...tallyBy(rows, (r) => r.originIso3)].map(([iso3, t]) => ({ iso3, ...shares(t) })).sort((a, b) => b.total - a.total || a.iso3.localeCompare(b.iso3));
}
