import { describe, expect, it } from 'vitest';
import { assembleSeries } from './series-assembly';

describe('assembleSeries', () => {
  it('sorts each country by date and carries empty counts forward, with a warning', () => {
    const result = assembleSeries(
      [
        { iso3: 'FRA', date: '2020-03-02', cumulativeCases: null, cumulativeDeaths: 1, line: 3 },
        { iso3: 'FRA', date: '2020-03-01', cumulativeCases: 5, cumulativeDeaths: 0, line: 2 },
        { iso3: 'AFG', date: '2020-03-01', cumulativeCases: null, cumulativeDeaths: null, line: 4 },
      ],
      'date',
    );
    expect(result.records).toEqual([
      { iso3: 'AFG', date: '2020-03-01', cumulativeCases: 0, cumulativeDeaths: 0 },
      { iso3: 'FRA', date: '2020-03-01', cumulativeCases: 5, cumulativeDeaths: 0 },
      { iso3: 'FRA', date: '2020-03-02', cumulativeCases: 5, cumulativeDeaths: 1 },
    ]);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((w) => [w.code, w.line])).toEqual([
      ['missing-count', 4],
      ['missing-count', 3],
    ]);
  });

  it('refuses a country and date given twice, naming both lines', () => {
    const result = assembleSeries(
      [
        { iso3: 'FRA', date: '2020-03-01', cumulativeCases: 1, cumulativeDeaths: 0, line: 2 },
        { iso3: 'FRA', date: '2020-03-01', cumulativeCases: 2, cumulativeDeaths: 0, line: 9 },
      ],
      'date',
    );
    expect(result.errors).toEqual([{ line: 9, column: null, field: 'date', message: 'FRA 2020-03-01 already appears on line 2' }]);
  });
});
