import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, isOpenAt, localDay, workingMinutesBetween, zonedTime, type WorkingSchedule } from './working-time';

const weekdays = [1, 2, 3, 4, 5];
const london: WorkingSchedule = { timeZone: 'Europe/London', days: weekdays, open: '09:00', close: '17:00', holidays: new Set(['2020-12-25']) };
const newYork: WorkingSchedule = { timeZone: 'America/New_York', days: weekdays, open: '09:00', close: '17:00', holidays: new Set() };
const tokyo: WorkingSchedule = { timeZone: 'Asia/Tokyo', days: weekdays, open: '09:00', close: '18:00', holidays: new Set() };
const utc = (iso: string) => Date.parse(iso);

describe('working time', () => {
  it('gives the local day: 07:30 in Beijing and 20:00 in Los Angeles are not the UTC day; 23:30 in Beijing is', () => {
    expect(localDay(Date.parse('2020-03-01T23:30:00Z'), 'Asia/Shanghai')).toBe('2020-03-02');
    expect(localDay(Date.parse('2020-03-02T15:30:00Z'), 'Asia/Shanghai')).toBe('2020-03-02');
    expect(localDay(Date.parse('2020-03-02T16:00:00Z'), 'Asia/Shanghai')).toBe('2020-03-03');
    expect(localDay(Date.parse('2020-03-03T04:00:00Z'), 'America/Los_Angeles')).toBe('2020-03-02');
    expect(localDay(Date.parse('2020-03-02T23:59:59Z'), 'UTC')).toBe('2020-03-02');
  });

  it('skips the evening, a public holiday and the weekend (London, Christmas 2020)', () => {
    // Thursday 24 Dec 16:00: one hour that day, Friday is Christmas, then Monday 28 from 09:00.
    expect(addWorkingMinutes(utc('2020-12-24T16:00:00Z'), 240, london)).toBe(utc('2020-12-28T12:00:00Z'));
    expect(workingMinutesBetween(utc('2020-12-24T16:00:00Z'), utc('2020-12-28T12:00:00Z'), london)).toBe(240);
  });

  it('follows the local clock across a daylight-saving change (New York, 8 March 2020)', () => {
    // Friday 6 March 16:00 EST (21:00 UTC) + 2 h: one hour on Friday, one from Monday 09:00 EDT (13:00 UTC).
    expect(addWorkingMinutes(utc('2020-03-06T21:00:00Z'), 120, newYork)).toBe(utc('2020-03-09T14:00:00Z'));
    expect(zonedTime(2020, 3, 9, 9, 0, 'America/New_York')).toBe(utc('2020-03-09T13:00:00Z'));
    expect(zonedTime(2020, 3, 6, 9, 0, 'America/New_York')).toBe(utc('2020-03-06T14:00:00Z'));
  });

  it('counts from opening when started before it, in a zone ahead of UTC (Tokyo)', () => {
    // Sunday 31 May 23:30 UTC is Monday 1 June 08:30 in Tokyo: the post opens at 09:00 (00:00 UTC).
    expect(addWorkingMinutes(utc('2020-05-31T23:30:00Z'), 30, tokyo)).toBe(utc('2020-06-01T00:30:00Z'));
    expect(isOpenAt(utc('2020-05-31T23:30:00Z'), tokyo)).toBe(false);
    expect(isOpenAt(utc('2020-06-01T00:00:00Z'), tokyo)).toBe(true);
    expect(isOpenAt(utc('2020-06-01T09:00:00Z'), tokyo)).toBe(false);
  });

  it('gives no deadline for a post that never works, and 0 minutes for a reversed interval', () => {
    expect(addWorkingMinutes(utc('2020-06-01T00:00:00Z'), 1, { ...london, days: [] })).toBeNull();
    expect(workingMinutesBetween(utc('2020-06-02T12:00:00Z'), utc('2020-06-01T12:00:00Z'), london)).toBe(0);
  });

  it('counts back exactly the minutes a deadline was set from, wherever it starts', () => {
    const start = fc.integer({ min: utc('2020-01-01T00:00:00Z') / 60_000, max: utc('2021-12-31T00:00:00Z') / 60_000 }).map((m) => m * 60_000);
    fc.assert(
      fc.property(start, fc.integer({ min: 1, max: 5000 }), fc.constantFrom(london, newYork, tokyo), (at, minutes, schedule) => {
        const deadline = addWorkingMinutes(at, minutes, schedule)!;
        expect(deadline).toBeGreaterThan(at);
        expect(workingMinutesBetween(at, deadline, schedule)).toBe(minutes);
      }),
      { numRuns: 200 },
    );
  });
});
