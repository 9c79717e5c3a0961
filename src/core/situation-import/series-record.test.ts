import { describe, expect, it } from 'vitest';
import { summarise } from './series-record';

describe('summarise', () => {
  it('counts countries, days and rows, and finds the date range', () => {
    const records = [
      { iso3: 'FRA', date: '2020-03-02', cumulativeCases: 1, cumulativeDeaths: 0 },
      { iso3: 'FRA', date: '2020-03-01', cumulativeCases: 1, cumulativeDeaths: 0 },
      { iso3: 'ITA', date: '2020-03-02', cumulativeCases: 1, cumulativeDeaths: 0 },
    ];
    expect(summarise(records, 5)).toEqual({ countries: 2, days: 2, rows: 3, inputRows: 5, firstDate: '2020-03-01', lastDate: '2020-03-02' });
    expect(summarise([], 0)).toEqual({ countries: 0, days: 0, rows: 0, inputRows: 0, firstDate: null, lastDate: null });
  });
});
