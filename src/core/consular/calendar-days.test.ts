import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isoWeekStart, sameDayLastYear } from './calendar-days';

describe('calendar days', () => {
  it('lists a range across a month end, and nothing when reversed', () => {
    expect(daysBetween('2020-02-27', '2020-03-01')).toEqual(['2020-02-27', '2020-02-28', '2020-02-29', '2020-03-01']);
    expect(daysBetween('2020-03-02', '2020-03-01')).toEqual([]);
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
  });

  it('finds the same day last year, 29 February falling back to the 28th', () => {
    expect(sameDayLastYear('2020-03-15')).toBe('2019-03-15');
    expect(sameDayLastYear('2020-02-29')).toBe('2019-02-28');
    expect(sameDayLastYear('2020-01-01')).toBe('2019-01-01');
  });

  it('starts ISO weeks on Monday', () => {
    // 2020-03-02 was a Monday, 2020-03-08 a Sunday.
    expect(['2020-03-02', '2020-03-05', '2020-03-08', '2020-03-09'].map(isoWeekStart)).toEqual(['2020-03-02', '2020-03-02', '2020-03-02', '2020-03-09']);
    expect(isoWeekStart('2021-01-01')).toBe('2020-12-28');
  });
});
