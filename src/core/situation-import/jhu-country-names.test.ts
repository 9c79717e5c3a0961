import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCsvTable } from './csv-table';
import { JHU_COUNTRY_ISO3, JHU_NOT_COUNTRIES, JHU_PROVINCE_ISO3, jhuPlace } from './jhu-country-names';

const shared = (path: string) => readFileSync(new URL(`../../../../shared/data/${path}`, import.meta.url), 'utf8');

describe('jhu-country-names', () => {
  const table = readCsvTable(shared('jhu/time_series_covid19_confirmed_global.csv'));
  if (!table.ok) throw new Error('cannot read the JHU file');
  const rows = table.table.rows;

  it('maps every Country/Region of the final JHU file except the five that are no country', () => {
    const names = [...new Set(rows.map((row) => row[1]))];
    expect(names.length).toBe(201);
    const unmapped = names.filter((name) => jhuPlace(name, '').kind !== 'country');
    expect(unmapped.sort()).toEqual(['Antarctica', 'Diamond Princess', 'MS Zaandam', 'Summer Olympics 2020', 'Winter Olympics 2022']);
    expect(Object.keys(JHU_NOT_COUNTRIES).sort()).toEqual(unmapped.sort());
  });

  it('maps the names a newcomer would trip over', () => {
    const expected: Record<string, string> = {
      'Korea, South': 'KOR', 'Korea, North': 'PRK', 'Taiwan*': 'TWN', US: 'USA', Burma: 'MMR', 'Congo (Kinshasa)': 'COD',
      'Congo (Brazzaville)': 'COG', 'West Bank and Gaza': 'PSE', Kosovo: 'XKX', 'Holy See': 'VAT', "Cote d'Ivoire": 'CIV',
      Czechia: 'CZE', Eswatini: 'SWZ', Laos: 'LAO', Micronesia: 'FSM', 'Timor-Leste': 'TLS', 'Cabo Verde': 'CPV',
    };
    for (const [name, iso3] of Object.entries(expected)) expect(jhuPlace(name, ''), name).toEqual({ kind: 'country', iso3 });
  });

  it('gives separate ISO territories their own code and other provinces their country', () => {
    expect(jhuPlace('Denmark', 'Greenland')).toEqual({ kind: 'country', iso3: 'GRL' });
    expect(jhuPlace('China', 'Hong Kong')).toEqual({ kind: 'country', iso3: 'HKG' });
    expect(jhuPlace('China', 'Hubei')).toEqual({ kind: 'country', iso3: 'CHN' });
    expect(jhuPlace('Canada', 'Diamond Princess')).toEqual({ kind: 'country', iso3: 'CAN' });
    expect(jhuPlace('United Kingdom', 'Channel Islands')).toEqual({ kind: 'country', iso3: 'GBR' });
    for (const row of rows) {
      if (row[0] !== '' && jhuPlace(row[1], '').kind === 'country') expect(jhuPlace(row[1], row[0]).kind).toBe('country');
    }
  });

  it('agrees with JHU\'s UID_ISO_FIPS_LookUp_Table wherever that table has a code, except the documented Kosovo', () => {
    const lookup = readCsvTable(shared('jhu/UID_ISO_FIPS_LookUp_Table.csv'));
    if (!lookup.ok) throw new Error('cannot read the lookup table');
    const [iso3At, admin2At, provinceAt, countryAt] = ['iso3', 'Admin2', 'Province_State', 'Country_Region'].map((c) => lookup.table.header.indexOf(c));
    const jhu = new Map(lookup.table.rows.filter((r) => r[admin2At] === '').map((r) => [`${r[countryAt]}|${r[provinceAt]}`, r[iso3At]]));
    const differences: string[] = [];
    for (const row of rows) {
      const place = jhuPlace(row[1], row[0]);
      const theirs = jhu.get(`${row[1]}|${row[0]}`);
      if (place.kind === 'country' && theirs && theirs !== place.iso3) differences.push(`${row[1]}|${row[0]}: ${theirs} → ${place.iso3}`);
    }
    expect(differences).toEqual(['Kosovo|: XKS → XKX']);
  });

  it('uses only well-formed ISO3 codes', () => {
    for (const iso3 of [...Object.values(JHU_COUNTRY_ISO3), ...Object.values(JHU_PROVINCE_ISO3)]) expect(iso3).toMatch(/^[A-Z]{3}$/);
  });
});
