import { describe, expect, it } from 'vitest';
import { dailyCountsUpTo, lastDay, weekTotal, weeklyTotalsEndingAt } from './weekly-totals';

describe('weekly totals', () => {
  // cumulative 0, 1, 3, 6, …: day i adds i cases; one downward revision on day 12
  const cumulative = Array.from({ length: 20 }, (_, i) => (i * (i + 1)) / 2);
  cumulative[12] = cumulative[11] - 5;
  for (let i = 13; i < 20; i++) cumulative[i] = cumulative[i - 1] + i;
  const series = { firstDay: 100, cumulative };

  it('is the difference of cumulative counts 7 days apart, null outside the series', () => {
    expect(lastDay(series)).toBe(119);
    expect(weekTotal(series, 107)).toBe(cumulative[7] - cumulative[0]);
    expect(weekTotal(series, 106)).toBeNull();
    expect(weekTotal(series, 120)).toBeNull();
    expect(weekTotal(series, 119)).toBe(cumulative[19] - cumulative[12]);
  });

  it('lists the weeks ending at a day, oldest first', () => {
    expect(weeklyTotalsEndingAt(series, 118)).toEqual([cumulative[11] - cumulative[4], cumulative[18] - cumulative[11]]);
  });

  it('gives daily counts up to a day with downward revisions as 0', () => {
    const counts = dailyCountsUpTo(series, 113);
    expect(Array.from(counts)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 13]);
  });
});
