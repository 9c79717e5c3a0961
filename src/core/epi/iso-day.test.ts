import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDay, dayToIsoDate, isoDateToDay } from './iso-day';

describe('iso-day', () => {
  it('counts days from 1970-01-01', () => {
    expect(isoDateToDay('1970-01-01')).toBe(0);
    expect(isoDateToDay('2020-01-22')).toBe(18283);
    expect(dayToIsoDate(18283)).toBe('2020-01-22');
  });

  it('rejects dates that do not exist or are not ISO 8601', () => {
    for (const bad of ['2021-02-29', '2020-13-01', '2020-00-10', '2020-04-31', '20-01-01', '2020-1-1', '2020-01-01T00:00', '']) {
      expect(isoDateToDay(bad)).toBeNull();
    }
    expect(isoDateToDay('2020-02-29')).not.toBeNull();
    expect(calendarDay(2023, 2, 29)).toBeNull();
  });

  it('round-trips every day between 1900 and 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 83_603 }), (day) => {
        expect(isoDateToDay(dayToIsoDate(day))).toBe(day);
      }),
    );
  });
});
