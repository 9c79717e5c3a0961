// The help desk's statistics (issue 13): calls and cases per day against the same days of the year before,
// cases by topic, channel and post, and the share of service-level timers met. The counts come from the
// database already grouped; this folds them the same way for every caller.
import { daysBetween, sameDayLastYear } from './calendar-days';

/** Channels where a case is a call: the central hotline and a post's own line. */
export const PHONE_CHANNELS: ReadonlySet<string> = new Set(['hotline', 'post_line']);

/** Cases opened on one day (the post's local date) at one post through one channel on one topic. */
export interface CaseCountRow {
  day: string;
  postId: string;
  channel: string;
  topic: string;
  count: number;
}

export interface DayFigures {
  date: string;
  lastYearDate: string;
  calls: number;
  callsLastYear: number;
  cases: number;
  casesLastYear: number;
}

export interface KeyCount {
  key: string;
  count: number;
}

export interface HelpDeskSeries {
  days: DayFigures[];
  totals: { calls: number; callsLastYear: number; cases: number; casesLastYear: number };
  byTopic: KeyCount[];
  byChannel: KeyCount[];
  byPost: KeyCount[];
}

const sorted = (counts: Map<string, number>): KeyCount[] => [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);

/**
 * The days of [from, to] with their figures and those of the same days a year before. A day's calls are the
 * imported count when the history has that day (the telephone system counts every call, answered or not),
 * else the cases logged through a phone channel; `cases` counts every channel. Breakdowns cover [from, to].
 */
export function helpDeskSeries(from: string, to: string, cases: readonly CaseCountRow[], importedCalls: ReadonlyMap<string, number>): HelpDeskSeries {
  const casesByDay = new Map<string, number>();
  const phoneByDay = new Map<string, number>();
  const byTopic = new Map<string, number>();
  const byChannel = new Map<string, number>();
  const byPost = new Map<string, number>();
  for (const row of cases) {
    add(casesByDay, row.day, row.count);
    if (PHONE_CHANNELS.has(row.channel)) add(phoneByDay, row.day, row.count);
    if (row.day < from || row.day > to) continue;
    add(byTopic, row.topic, row.count);
    add(byChannel, row.channel, row.count);
    add(byPost, row.postId, row.count);
  }
  const callsOn = (date: string) => importedCalls.get(date) ?? phoneByDay.get(date) ?? 0;
  const days = daysBetween(from, to).map((date) => {
    const lastYearDate = sameDayLastYear(date);
    return { date, lastYearDate, calls: callsOn(date), callsLastYear: callsOn(lastYearDate), cases: casesByDay.get(date) ?? 0, casesLastYear: casesByDay.get(lastYearDate) ?? 0 };
  });
  const sum = (key: keyof Omit<DayFigures, 'date' | 'lastYearDate'>) => days.reduce((total, d) => total + d[key], 0);
  return {
    days,
    totals: { calls: sum('calls'), callsLastYear: sum('callsLastYear'), cases: sum('cases'), casesLastYear: sum('casesLastYear') },
    byTopic: sorted(byTopic),
    byChannel: sorted(byChannel),
    byPost: sorted(byPost),
  };
}
