import { describe, expect, it } from 'vitest';
import { firstCases } from './first-case';

describe('firstCases', () => {
  it('gives each country its first day with cases, setting apart those reporting on day one and those never', () => {
    const rows = [
      { iso3: 'CHN', date: '2020-01-22', cumulativeCases: 548 },
      { iso3: 'CHN', date: '2020-01-23', cumulativeCases: 643 },
      { iso3: 'ITA', date: '2020-01-22', cumulativeCases: 0 },
      { iso3: 'ITA', date: '2020-01-31', cumulativeCases: 2 },
      { iso3: 'ITA', date: '2020-01-23', cumulativeCases: 0 },
      { iso3: 'KEN', date: '2020-01-22', cumulativeCases: 0 },
    ];
    const result = firstCases(rows);
    expect(result).toEqual({ firstDate: '2020-01-22', arrival: new Map([['ITA', '2020-01-31']]), atStart: ['CHN'], never: ['KEN'] });
  });
});
