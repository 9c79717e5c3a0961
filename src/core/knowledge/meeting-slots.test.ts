import { describe, expect, it } from 'vitest';
import { candidateStarts, findMeetingSlots, participantZones } from './meeting-slots';

const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16);
const find = (participants: string[], durationMinutes: number, from: string, to: string) =>
  findMeetingSlots({ participants, durationMinutes, from: at(from), to: at(to) });
/** The starts (UTC, minutes) at which exactly these participants are inside, in time order. */
const startsWith = (slots: ReturnType<typeof find>, inside: string[]) =>
  slots.filter((s) => s.inside.join() === inside.join()).map((s) => iso(s.start)).sort();

describe('meeting slots', () => {
  it('puts candidate starts on the UTC half-hour grid within [from, to − duration]', () => {
    const starts = candidateStarts(at('2026-12-07T08:10:00Z'), at('2026-12-07T10:00:00Z'), 45);
    expect(starts.map(iso)).toEqual(['2026-12-07T08:30', '2026-12-07T09:00']); // 09:30 + 45 min passes 10:00
    expect(candidateStarts(at('2026-12-07T08:00:00Z'), at('2026-12-07T08:30:00Z'), 30).map(iso)).toEqual(['2026-12-07T08:00']);
    expect(candidateStarts(at('2026-12-07T08:00:00Z'), at('2026-12-07T08:20:00Z'), 30)).toEqual([]);
  });

  it('follows New York into daylight saving three weeks before London (hand-checked)', () => {
    // Monday 2 March 2026: New York on EST (UTC−5) opens at 14:00 UTC; London (UTC+0) closes at 18:00 UTC.
    const before = find(['GBR', 'USA'], 60, '2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z');
    expect(startsWith(before, ['GBR', 'USA'])).toEqual(['2026-03-02T14:00', '2026-03-02T14:30', '2026-03-02T15:00', '2026-03-02T15:30', '2026-03-02T16:00', '2026-03-02T16:30', '2026-03-02T17:00']);
    // Monday 9 March: New York on EDT (UTC−4) since Sunday opens at 13:00 UTC; London has not changed yet.
    const after = find(['GBR', 'USA'], 60, '2026-03-09T00:00:00Z', '2026-03-10T00:00:00Z');
    expect(startsWith(after, ['GBR', 'USA'])[0]).toBe('2026-03-09T13:00');
    expect(after[0]).toEqual({ start: at('2026-03-09T13:00:00Z'), end: at('2026-03-09T14:00:00Z'), count: 2, inside: ['GBR', 'USA'] });
    // Alone, London's day runs 09:00–18:00 UTC: the last one-hour start is 17:00.
    expect(startsWith(after, ['GBR']).at(-1)).toBe('2026-03-09T12:30'); // from 13:00 both are inside
    expect(startsWith(after, ['USA'])[0]).toBe('2026-03-09T17:30'); // ends 18:30, past London's 18:00
    expect(startsWith(after, ['USA']).at(-1)).toBe('2026-03-09T21:00'); // 17:00–18:00 EDT
  });

  it('follows Sydney out of daylight saving (hand-checked)', () => {
    // Friday 3 April 2026 Sydney is UTC+11: 09:00–18:00 local is 22:00–07:00 UTC (Thursday–Friday).
    const aedt = find(['AUS'], 120, '2026-04-02T20:00:00Z', '2026-04-03T09:00:00Z');
    expect(startsWith(aedt, ['AUS'])).toEqual(['2026-04-02T22:00', '2026-04-02T22:30', '2026-04-02T23:00', '2026-04-02T23:30', '2026-04-03T00:00', '2026-04-03T00:30', '2026-04-03T01:00', '2026-04-03T01:30', '2026-04-03T02:00', '2026-04-03T02:30', '2026-04-03T03:00', '2026-04-03T03:30', '2026-04-03T04:00', '2026-04-03T04:30', '2026-04-03T05:00']);
    // Monday 6 April Sydney is UTC+10: 09:00 local is 23:00 UTC on Sunday.
    const aest = find(['AUS'], 120, '2026-04-05T20:00:00Z', '2026-04-06T09:00:00Z');
    expect(startsWith(aest, ['AUS'])[0]).toBe('2026-04-05T23:00');
    expect(startsWith(aest, ['AUS']).at(-1)).toBe('2026-04-06T06:00');
  });

  it('counts Saudi Arabia on Sunday and not Friday, Germany the other way round (hand-checked)', () => {
    // Riyadh is UTC+3 (09:00–18:00 = 06:00–15:00 UTC); Berlin in December UTC+1 (08:00–17:00 UTC).
    const friday = find(['DEU', 'SAU'], 60, '2026-12-04T00:00:00Z', '2026-12-05T00:00:00Z');
    expect(friday[0]).toMatchObject({ start: at('2026-12-04T08:00:00Z'), count: 1, inside: ['DEU'] });
    expect(friday.some((s) => s.inside.includes('SAU'))).toBe(false);
    const sunday = find(['DEU', 'SAU'], 60, '2026-12-06T00:00:00Z', '2026-12-07T00:00:00Z');
    expect(sunday[0]).toMatchObject({ start: at('2026-12-06T06:00:00Z'), count: 1, inside: ['SAU'] });
    expect(sunday.some((s) => s.inside.includes('DEU'))).toBe(false);
    // Monday both: 08:00–14:00 UTC starts for a one-hour meeting.
    const monday = find(['DEU', 'SAU'], 60, '2026-12-07T00:00:00Z', '2026-12-08T00:00:00Z');
    expect(startsWith(monday, ['DEU', 'SAU'])).toEqual(['2026-12-07T08:00', '2026-12-07T08:30', '2026-12-07T09:00', '2026-12-07T09:30', '2026-12-07T10:00', '2026-12-07T10:30', '2026-12-07T11:00', '2026-12-07T11:30', '2026-12-07T12:00', '2026-12-07T12:30', '2026-12-07T13:00', '2026-12-07T13:30', '2026-12-07T14:00']);
  });

  it('ranks most participants first, then earliest, and counts each participant once', () => {
    // Monday 7 December 2026: Beijing UTC+8 (01:00–10:00 UTC), Nairobi UTC+3 (06:00–15:00), Geneva UTC+1 (08:00–17:00).
    const slots = find(['CHN', 'KEN', 'CHE', 'KEN'], 60, '2026-12-07T00:00:00Z', '2026-12-08T00:00:00Z');
    expect(slots.slice(0, 3).map((s) => [iso(s.start), s.count, s.inside.join()])).toEqual([
      ['2026-12-07T08:00', 3, 'CHN,KEN,CHE'],
      ['2026-12-07T08:30', 3, 'CHN,KEN,CHE'],
      ['2026-12-07T09:00', 3, 'CHN,KEN,CHE'],
    ]);
    expect(slots[3]).toMatchObject({ start: at('2026-12-07T06:00:00Z'), count: 2, inside: ['CHN', 'KEN'] });
    expect(slots.at(-1)!.count).toBe(0);
    for (let i = 1; i < slots.length; i++) {
      const [a, b] = [slots[i - 1]!, slots[i]!];
      expect(a.count > b.count || (a.count === b.count && a.start < b.start)).toBe(true);
    }
  });

  it('works across the date line and with offsets of a quarter hour', () => {
    // Tuesday 8 December: Kathmandu UTC+5:45 (Sunday–Friday week), so 09:00 local is 03:15 UTC: the first
    // grid start inside is 03:30, the last 11:00 for one hour (18:00 local = 12:15 UTC).
    const npl = find(['NPL'], 60, '2026-12-08T00:00:00Z', '2026-12-09T00:00:00Z');
    expect([startsWith(npl, ['NPL'])[0], startsWith(npl, ['NPL']).at(-1)]).toEqual(['2026-12-08T03:30', '2026-12-08T11:00']);
    // Monday 7 December in Tarawa (UTC+12) is Sunday 21:00 UTC onwards.
    const kir = find(['KIR'], 60, '2026-12-06T00:00:00Z', '2026-12-07T12:00:00Z');
    expect(startsWith(kir, ['KIR'])[0]).toBe('2026-12-06T21:00');
  });

  it('names the participants without a capital zone', () => {
    expect(participantZones(['KEN', 'ZZZ', 'ATA'])).toEqual({ zones: ['Africa/Nairobi'], unknown: [1, 2] });
  });
});
