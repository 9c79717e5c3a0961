import { describe, expect, it } from 'vitest';
import type { Country } from '../../../../shared/schemas/countries';
import type { Overview, OverviewSummary } from '../../../../shared/schemas/situation';
import { overviewRows } from './overview-rows';

const kenya = { iso3: 'KEN', iso2: 'KE', isoNumeric: '404', nameEn: 'Kenya', nameZh: '肯尼亚', hospitalBedsPerThousand: 1.4 } as Country;
const summary: OverviewSummary = {
  date: '2021-01-10',
  firstDate: '2020-01-22',
  lastDate: '2023-03-09',
  source: 'jhu',
  significantDigits: 3,
  countries: { iso3: ['KEN', 'XKX'], severity: [0.5, null], incidence7dPer100k: [12.3, 1], growth7d: [2, 0.8], rt: [1.2, null], deaths28dPerMillion: [3, 0] },
};

describe('overviewRows', () => {
  it('turns the columns into rows in their order, joined with the countries and with the doubling time', () => {
    const rows = overviewRows(summary, [kenya]);
    expect(rows.map((r) => r.iso3)).toEqual(['KEN', 'XKX']);
    expect(rows[0]).toMatchObject({ name: 'Kenya', nameZh: '肯尼亚', isoNumeric: '404', hospitalBedsPerThousand: 1.4, severity: 0.5, rt: 1.2 });
    expect(rows[0].doublingTimeDays).toBeCloseTo(7, 10);
    expect(rows[1]).toMatchObject({ name: 'XKX', isoNumeric: null, doublingTimeDays: null, cumulativeCases: null });
  });

  it('adds the totals and new counts from the details of the same date, and not from another date', () => {
    const details = { date: '2021-01-10', countries: [{ iso3: 'KEN', cumulativeCases: 98_000, cumulativeDeaths: 1_700, newCasesSmoothed: 120.5, newDeathsSmoothed: 3.1 }] } as Overview;
    expect(overviewRows(summary, [kenya], details)[0]).toMatchObject({ cumulativeCases: 98_000, cumulativeDeaths: 1_700, newCasesSmoothed: 120.5, newDeathsSmoothed: 3.1 });
    expect(overviewRows(summary, [kenya], { ...details, date: '2021-01-09' })[0]).toMatchObject({ cumulativeCases: null, newCasesSmoothed: null });
  });
});
