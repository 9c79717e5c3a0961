import { describe, expect, it } from 'vitest';
import type { Country } from '../../../../shared/schemas/countries';
import { filterCountries, sortCountries } from './filter-countries';

const country = (iso3: string, iso2: string, nameEn: string, nameZh: string, extra: Partial<Country> = {}): Country => ({
  iso3,
  iso2,
  isoNumeric: null,
  nameEn,
  nameZh,
  region: null,
  subregion: null,
  whoRegion: null,
  population: null,
  hospitalBedsPerThousand: null,
  medianAge: null,
  gdpPerCapita: null,
  ...extra,
});

const kenya = country('KEN', 'KE', 'Kenya', '肯尼亚', { whoRegion: 'AFR', population: 55_100_000, hospitalBedsPerThousand: 1.4 });
const ivory = country('CIV', 'CI', "Côte d'Ivoire", '科特迪瓦', { whoRegion: 'AFR', population: 28_900_000 });
const china = country('CHN', 'CN', 'China', '中国', { whoRegion: 'WPR', population: 1_410_000_000, hospitalBedsPerThousand: 4.3 });
const all = [kenya, ivory, china];

describe('filterCountries', () => {
  it('matches names in either language and both ISO codes, ignoring case and accents', () => {
    expect(filterCountries(all, 'cote', null)).toEqual([ivory]);
    expect(filterCountries(all, '中国', null)).toEqual([china]);
    expect(filterCountries(all, 'ken', null)).toEqual([kenya]);
    expect(filterCountries(all, 'cn', null)).toEqual([china]);
  });
  it('keeps only the chosen WHO region', () => {
    expect(filterCountries(all, '', 'AFR')).toEqual([kenya, ivory]);
    expect(filterCountries(all, 'china', 'AFR')).toEqual([]);
  });
});

describe('sortCountries', () => {
  const byName = (c: Country) => c.nameEn;
  const compare = (a: string, b: string) => a.localeCompare(b);
  it('sorts by name', () => {
    expect(sortCountries(all, { key: 'name', direction: 'asc' }, byName, compare).map((c) => c.iso3)).toEqual(['CHN', 'CIV', 'KEN']);
  });
  it('puts missing values last in both directions', () => {
    expect(sortCountries(all, { key: 'beds', direction: 'desc' }, byName, compare).map((c) => c.iso3)).toEqual(['CHN', 'KEN', 'CIV']);
    expect(sortCountries(all, { key: 'beds', direction: 'asc' }, byName, compare).map((c) => c.iso3)).toEqual(['KEN', 'CHN', 'CIV']);
  });
});
