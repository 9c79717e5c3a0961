import { describe, expect, it } from 'vitest';
import { originShares, weeklyShares, type ImportedCaseDayRow } from './imported-cases-weekly';

const rows: ImportedCaseDayRow[] = [
  // Week of Monday 2 March 2020: 10 cases, 9 own passports, 4 students.
  { date: '2020-03-02', originIso3: 'GBR', total: 6, ownPassport: 6, students: 4 },
  { date: '2020-03-08', originIso3: 'ITA', total: 4, ownPassport: 3, students: 0 },
  // Week of 16 March: 2 cases from GBR.
  { date: '2020-03-17', originIso3: 'GBR', total: 2, ownPassport: 1, students: 1 },
];

describe('weeklyShares', () => {
  it('gives each ISO week touching the range its shares, empty weeks as zeros', () => {
    expect(weeklyShares('2020-03-04', '2020-03-17', rows)).toEqual([
      { week: '2020-03-02', total: 10, ownPassport: { count: 9, share: 0.9 }, students: { count: 4, share: 0.4 } },
      { week: '2020-03-09', total: 0, ownPassport: { count: 0, share: 0 }, students: { count: 0, share: 0 } },
      { week: '2020-03-16', total: 2, ownPassport: { count: 1, share: 0.5 }, students: { count: 1, share: 0.5 } },
    ]);
  });
});

describe('originShares', () => {
  it('gives each origin its shares, largest first', () => {
    expect(originShares(rows)).toEqual([
      { iso3: 'GBR', total: 8, ownPassport: { count: 7, share: 0.875 }, students: { count: 5, share: 0.625 } },
      { iso3: 'ITA', total: 4, ownPassport: { count: 3, share: 0.75 }, students: { count: 0, share: 0 } },
    ]);
  });
});
