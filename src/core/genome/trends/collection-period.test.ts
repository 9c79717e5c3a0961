import { describe, expect, it } from 'vitest';
import { isoDateToDay } from '../../epi/iso-day';
import { isoWeekOf, periodOf } from './collection-period';

describe('periodOf', () => {
  it('gives the month of dates precise to the month or the day', () => {
    expect(periodOf('2020-03-15', 'month')).toBe('2020-03');
    expect(periodOf('2020-03', 'month')).toBe('2020-03');
    expect(periodOf('2020-03-XX', 'month')).toBe('2020-03');
  });

  it('gives nothing for a date less precise than the period, or not a date', () => {
    expect(periodOf('2020', 'month')).toBeNull();
    expect(periodOf('2020-13-01', 'month')).toBeNull();
    expect(periodOf('2020-03', 'week')).toBeNull();
    expect(periodOf('2020-03-XX', 'week')).toBeNull();
    expect(periodOf('2021-02-30', 'week')).toBeNull();
    expect(periodOf('?', 'month')).toBeNull();
  });

  // ISO 8601 week dates at year ends, as listed in the standard's examples and by `date +%G-W%V`.
  it.each([
    ['2020-01-01', '2020-W01'],
    ['2019-12-30', '2020-W01'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2008-12-29', '2009-W01'],
    ['2010-01-03', '2009-W53'],
    ['2005-01-01', '2004-W53'],
    ['2020-03-15', '2020-W11'],
    ['1969-12-31', '1970-W01'],
  ])('puts %s in ISO week %s', (date, week) => {
    expect(periodOf(date, 'week')).toBe(week);
    expect(isoWeekOf(isoDateToDay(date)!)).toBe(week);
  });
});
