import { describe, expect, it } from 'vitest';
import { fillDailyGaps } from './fill-daily-gaps';

describe('fillDailyGaps', () => {
  it('repeats the last report on days the source skipped', () => {
    const { points, carried } = fillDailyGaps([
      { date: '2020-02-28', cumulativeCases: 1, cumulativeDeaths: 0 },
      { date: '2020-03-02', cumulativeCases: 4, cumulativeDeaths: 1 },
    ]);
    expect(points.map((p) => [p.date, p.cumulativeCases, p.cumulativeDeaths])).toEqual([
      ['2020-02-28', 1, 0],
      ['2020-02-29', 1, 0],
      ['2020-03-01', 1, 0],
      ['2020-03-02', 4, 1],
    ]);
    expect(carried).toEqual([false, true, true, false]);
  });

  it('refuses dates out of order, repeated or not ISO 8601', () => {
    const at = (date: string) => ({ date, cumulativeCases: 0, cumulativeDeaths: 0 });
    expect(() => fillDailyGaps([at('2020-03-02'), at('2020-03-01')])).toThrow(/ascending/);
    expect(() => fillDailyGaps([at('2020-03-02'), at('2020-03-02')])).toThrow(/ascending/);
    expect(() => fillDailyGaps([at('3/2/20')])).toThrow(/ISO 8601/);
  });

  it('leaves an empty series empty', () => {
    expect(fillDailyGaps([])).toEqual({ points: [], carried: [] });
  });
});
