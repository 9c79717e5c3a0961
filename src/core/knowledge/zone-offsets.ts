// UTC offsets of IANA zones from Intl.DateTimeFormat (in Node and every browser), without a time-zone library.
// Asking Intl for every candidate slot and participant would cost hundreds of thousands of calls for a month
// and 200 countries; instead the offset is sampled once a week and, where two samples differ, the change is
// found by bisection to the minute. No zone changes offset twice within a week (the closest changes are
// Morocco's around Ramadan, about a month apart; zone-offsets.test.ts checks every capital against zdump).

const MINUTE = 60_000;
const STEP = 7 * 86_400_000;
const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, format);
  }
  return format;
}

/** Whether Intl knows the zone. */
export function isKnownZone(zone: string): boolean {
  try {
    formatFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at an instant, in milliseconds (local = UTC + offset). */
export function zoneOffset(zone: string, instant: number): number {
  const at = Math.floor(instant / MINUTE) * MINUTE;
  const parts: Record<string, number> = {};
  for (const part of formatFor(zone).formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return local - at;
}

/** A zone's offsets over a span: each entry holds from its instant until the next one's. */
export interface OffsetTimeline {
  starts: number[];
  offsets: number[];
}

export function offsetTimeline(zone: string, from: number, to: number): OffsetTimeline {
  const starts = [from];
  const offsets = [zoneOffset(zone, from)];
  let before = from;
  for (let at = Math.min(from + STEP, to); ; at = Math.min(at + STEP, to)) {
    const offset = zoneOffset(zone, at);
    if (offset !== offsets[offsets.length - 1]) {
      // The change lies in (before, at]: narrow it to the minute.
      let lo = before;
      let hi = at;
      while (hi - lo > MINUTE) {
        const mid = lo + Math.max(MINUTE, Math.floor((hi - lo) / 2 / MINUTE) * MINUTE);
        if (zoneOffset(zone, mid) === offsets[offsets.length - 1]) lo = mid;
        else hi = mid;
      }
      starts.push(hi);
      offsets.push(offset);
    }
    if (at >= to) break;
    before = at;
  }
  return { starts, offsets };
}

/** The offset of a timeline at an instant inside its span. */
export function offsetAt(timeline: OffsetTimeline, instant: number): number {
  let lo = 0;
  let hi = timeline.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (timeline.starts[mid]! <= instant) lo = mid;
    else hi = mid - 1;
  }
  return timeline.offsets[lo]!;
}
