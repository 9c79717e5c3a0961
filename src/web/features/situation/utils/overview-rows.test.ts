import { describe, expect, it } from 'vitest';
import type { Country } from '../../../../shared/schemas/countries';
import type { OverviewSummary } from '../../../../shared/schemas/situation';
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
    expect(rows[1]).toMatchObject({ name: 'XKX', isoNumeric: null, doublingTimeDays: null });
  });
});
