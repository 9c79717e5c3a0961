import { describe, expect, it } from 'vitest';
import { importedCaseStatistics, shareOf } from './imported-cases-stats';

describe('importedCaseStatistics', () => {
  it('gives the shares of the issue (90% own passport, 40% students) and sorts origins by count then code', () => {
    const stats = importedCaseStatistics({ total: 10, ownPassport: 9, students: 4, byOrigin: [{ iso3: 'ITA', count: 3 }, { iso3: 'GBR', count: 5 }, { iso3: 'FRA', count: 3 }] });
    expect(stats).toEqual({
      total: 10,
      ownPassport: { count: 9, share: 0.9 },
      students: { count: 4, share: 0.4 },
      byOrigin: [{ iso3: 'GBR', count: 5 }, { iso3: 'FRA', count: 3 }, { iso3: 'ITA', count: 3 }],
    });
  });

  it('answers a share of 0, not NaN, when there are no cases', () => {
    expect(shareOf(0, 0)).toBe(0);
    expect(importedCaseStatistics({ total: 0, ownPassport: 0, students: 0, byOrigin: [] }).students).toEqual({ count: 0, share: 0 });
  });
});
