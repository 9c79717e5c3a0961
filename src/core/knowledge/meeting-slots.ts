import { CAPITAL_ZONES } from './capital-zones';
import { workingDays } from './working-days';
import { offsetAt, offsetTimeline, type OffsetTimeline } from './zone-offsets';

// Proposes meeting times for partners across time zones (issue 14): candidate starts on the UTC half-hour
// grid, each scored by how many participants have the whole meeting inside their working hours.

const MINUTE = 60_000;
const DAY = 86_400_000;
const GRID = 30 * MINUTE;
/** Local working hours, in minutes after midnight: 09:00 to 18:00. */
export const WORK_START_MINUTE = 9 * 60;
export const WORK_END_MINUTE = 18 * 60;

export interface SlotRequest {
  participants: readonly string[];
  durationMinutes: number;
  /** UTC instants, in milliseconds. */
  from: number;
  to: number;
}

export interface Slot {
  start: number;
  end: number;
  count: number;
  /** The participants inside, in the order they were given. */
  inside: string[];
}

/** The participants' capital zones, or the indexes of those without one. */
export function participantZones(participants: readonly string[]): { zones: string[]; unknown: number[] } {
  const zones: string[] = [];
  const unknown: number[] = [];
  participants.forEach((iso3, i) => {
    const zone = CAPITAL_ZONES[iso3];
    if (zone) zones.push(zone);
    else unknown.push(i);
  });
  return { zones, unknown };
}

/**
 * Whether a meeting from `start` to `end` (UTC ms) lies between 09:00 and 18:00 local time on one working day,
 * given the zone's offsets at either end (they differ when the meeting spans a change of offset).
 */
export function insideWorkingHours(start: number, end: number, startOffset: number, endOffset: number, days: readonly number[]): boolean {
  const localStart = start + startOffset;
  const localEnd = end + endOffset;
  const day = Math.floor(localStart / DAY);
  const midnight = day * DAY;
  if ((localStart - midnight) / MINUTE < WORK_START_MINUTE) return false;
  if ((localEnd - midnight) / MINUTE > WORK_END_MINUTE) return false;
  // 1970-01-01 was a Thursday (day 4).
  return days.includes((((day + 4) % 7) + 7) % 7);
}

/** The candidate starts: the UTC half-hour grid within [from, to − duration]. */
export function candidateStarts(from: number, to: number, durationMinutes: number): number[] {
  const starts: number[] = [];
  const last = to - durationMinutes * MINUTE;
  for (let start = Math.ceil(from / GRID) * GRID; start <= last; start += GRID) starts.push(start);
  return starts;
}

/**
 * Every candidate slot with the participants inside it, best first: most participants inside, then earliest.
 * Participants must all have a capital zone (see participantZones); duplicates count once.
 */
export function findMeetingSlots(request: SlotRequest): Slot[] {
  const participants = [...new Set(request.participants)];
  const duration = request.durationMinutes * MINUTE;
  const starts = candidateStarts(request.from, request.to, request.durationMinutes);
  if (starts.length === 0) return [];
  const spanFrom = starts[0]!;
  const spanTo = starts[starts.length - 1]! + duration;

  // Countries sharing a zone and a week are judged once; the offsets are read walking the starts in order.
  const groups = new Map<string, { zone: string; days: readonly number[]; members: number[] }>();
  participants.forEach((iso3, i) => {
    const zone = CAPITAL_ZONES[iso3];
    if (!zone) throw new Error(`no capital zone for ${iso3}`);
    const days = workingDays(iso3);
    const key = `${zone} ${days.join('')}`;
    const group = groups.get(key) ?? { zone, days, members: [] };
    group.members.push(i);
    groups.set(key, group);
  });
  const insideAt: boolean[][] = starts.map(() => new Array<boolean>(participants.length).fill(false));
  const timelines = new Map<string, OffsetTimeline>();
  for (const { zone, days, members } of groups.values()) {
    let timeline = timelines.get(zone);
    if (!timeline) timelines.set(zone, (timeline = offsetTimeline(zone, spanFrom, spanTo)));
    const offsetOf = offsetReader(timeline);
    starts.forEach((start, k) => {
      if (!insideWorkingHours(start, start + duration, offsetOf(start), offsetOf(start + duration), days)) return;
      for (const i of members) insideAt[k]![i] = true;
    });
  }

  const slots = starts.map((start, k) => {
    const inside = participants.filter((_, i) => insideAt[k]![i]);
    return { start, end: start + duration, count: inside.length, inside };
  });
  return slots.sort((a, b) => b.count - a.count || a.start - b.start);
}

/** Reads a timeline's offsets at instants that mostly increase, without searching it each time. */
function offsetReader(timeline: OffsetTimeline): (instant: number) => number {
  if (timeline.starts.length === 1) return () => timeline.offsets[0]!;
  return (instant) => offsetAt(timeline, instant);
}
