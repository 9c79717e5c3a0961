import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CAPITAL_ZONES } from './capital-zones';
import { isKnownZone, offsetAt, offsetTimeline, zoneOffset } from './zone-offsets';

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe('zone offsets from Intl', () => {
  it('gives the offsets of hand-checked instants, either side of daylight-saving changes', () => {
    expect(zoneOffset('America/New_York', at('2026-03-07T12:00:00Z'))).toBe(-5 * HOUR); // EST
    expect(zoneOffset('America/New_York', at('2026-03-09T12:00:00Z'))).toBe(-4 * HOUR); // EDT from 8 March
    expect(zoneOffset('Europe/Berlin', at('2026-03-28T12:00:00Z'))).toBe(1 * HOUR);
    expect(zoneOffset('Europe/Berlin', at('2026-03-30T12:00:00Z'))).toBe(2 * HOUR); // CEST from 29 March
    expect(zoneOffset('Australia/Sydney', at('2026-04-03T12:00:00Z'))).toBe(11 * HOUR); // AEDT
    expect(zoneOffset('Australia/Sydney', at('2026-04-06T12:00:00Z'))).toBe(10 * HOUR); // AEST from 5 April
    expect(zoneOffset('Asia/Kolkata', at('2026-06-01T00:00:00Z'))).toBe(5.5 * HOUR);
    expect(zoneOffset('Asia/Kathmandu', at('2026-06-01T00:00:00Z'))).toBe(5.75 * HOUR);
  });

  it('finds a change of offset to the minute', () => {
    const ny = offsetTimeline('America/New_York', at('2026-03-01T00:00:00Z'), at('2026-03-31T00:00:00Z'));
    expect(ny.starts.slice(1)).toEqual([at('2026-03-08T07:00:00Z')]); // 02:00 EST
    expect(offsetAt(ny, at('2026-03-08T06:59:00Z'))).toBe(-5 * HOUR);
    expect(offsetAt(ny, at('2026-03-08T07:00:00Z'))).toBe(-4 * HOUR);
    const sydney = offsetTimeline('Australia/Sydney', at('2026-04-01T00:00:00Z'), at('2026-04-10T00:00:00Z'));
    expect(sydney.starts.slice(1)).toEqual([at('2026-04-04T16:00:00Z')]); // 03:00 AEDT
    const tokyo = offsetTimeline('Asia/Tokyo', at('2026-01-01T00:00:00Z'), at('2026-02-01T00:00:00Z'));
    expect(tokyo).toEqual({ starts: [at('2026-01-01T00:00:00Z')], offsets: [9 * HOUR] });
  });

  it('finds the same changes in 2026 as the system tz database (zdump) for every capital zone', () => {
    const zones = [...new Set(Object.values(CAPITAL_ZONES))].sort();
    const from = at('2026-01-01T00:00:00Z');
    const to = at('2027-01-01T00:00:00Z');
    // zdump prints the second before and the second of each change; the latter carries the new offset.
    const expected = new Map<string, string[]>(zones.map((z) => [z, []]));
    const dump = execFileSync('zdump', ['-v', '-c', '2026,2027', ...zones], { encoding: 'utf8', maxBuffer: 16 << 20 });
    for (const line of dump.split('\n')) {
      const m = /^(\S+)\s+\w{3} (\w{3}) +(\d+) (\d\d:\d\d:\d\d) (\d{4}) UT = .* gmtoff=(-?\d+)$/.exec(line);
      if (!m || !m[4]!.endsWith(':00')) continue;
      const instant = Date.parse(`${m[2]} ${m[3]} ${m[5]} ${m[4]} GMT`);
      expected.get(m[1]!)!.push(`${new Date(instant).toISOString()} ${Number(m[6]) / 60}`);
    }
    for (const zone of zones) {
      const timeline = offsetTimeline(zone, from, to);
      const changes = timeline.starts.slice(1).map((s, i) => `${new Date(s).toISOString()} ${timeline.offsets[i + 1]! / 60_000}`);
      expect(changes, zone).toEqual(expected.get(zone));
    }
    expect(expected.get('America/New_York')).toEqual(['2026-03-08T07:00:00.000Z -240', '2026-11-01T06:00:00.000Z -300']);
  });

  it('knows every capital zone', () => {
    for (const zone of Object.values(CAPITAL_ZONES)) expect(isKnownZone(zone), zone).toBe(true);
    expect(isKnownZone('Mars/Olympus_Mons')).toBe(false);
  });
});
