import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOwidIndicators } from './owid-indicators-parse';

const text = readFileSync(new URL('../../../../shared/data/owid/owid-covid-latest.csv', import.meta.url), 'utf8');

describe('parseOwidIndicators on the real OWID latest file', () => {
  const result = parseOwidIndicators(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  const { byIso3, summary } = result.value;

  it('gives the context indicators of each country, null where OWID has none', () => {
    expect(summary).toEqual({ countries: 235, inputRows: 247 });
    expect(byIso3.USA).toMatchObject({ iso3: 'USA', name: 'United States', continent: 'North America', population: 338_289_856, hospitalBedsPerThousand: 2.77, medianAge: 38.3, gdpPerCapita: 54_225.446, aged65Older: 15.413 });
    expect(byIso3.DEU.hospitalBedsPerThousand).toBe(8);
    expect(byIso3.NGA.hospitalBedsPerThousand).toBeNull();
  });

  it('keeps Kosovo (OWID_KOS) as XKX and warns about the twelve aggregates', () => {
    expect(byIso3.XKX).toMatchObject({ name: 'Kosovo', population: 1_782_115 });
    const aggregates = result.warnings.filter((w) => w.code === 'aggregate');
    expect(aggregates.length).toBe(12);
    expect(aggregates[0]).toEqual({ line: 3, code: 'aggregate', message: '"Africa" (OWID_AFR) is an aggregate, not a country: not imported' });
    expect(Object.keys(byIso3).every((iso3) => /^[A-Z]{3}$/.test(iso3))).toBe(true);
  });

  it('refuses a non-numeric indicator with line and column, and a repeated country', () => {
    const bad = parseOwidIndicators('iso_code,location,population,hospital_beds_per_thousand\nFRA,France,67000000,many\nFRA,France,1,1\n');
    expect(bad.ok === false && bad.errors).toEqual([
      { line: 2, column: 4, field: 'hospital_beds_per_thousand', message: 'expected a number or nothing, found "many"' },
      { line: 3, column: 1, field: 'iso_code', message: 'FRA already appears on line 2' },
    ]);
  });
});
