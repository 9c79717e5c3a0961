import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAPITAL_ZONES as SHIPPED } from '../src/core/knowledge/capital-zones';
import { buildCapitalZones } from './build-capital-zones';

describe('the shipped capital-zone table', () => {
  const countries = JSON.parse(readFileSync('data/seed/countries.json', 'utf8')) as { iso3: string; iso2: string }[];

  it('is what the build script makes from the seed countries and countries-and-timezones', () => {
    expect(SHIPPED).toEqual(buildCapitalZones(countries));
  });

  it('names the capital’s zone for countries spanning several (hand-checked)', () => {
    expect(SHIPPED).toMatchObject({ USA: 'America/New_York', CAN: 'America/Toronto', RUS: 'Europe/Moscow', BRA: 'America/Sao_Paulo', AUS: 'Australia/Sydney', MEX: 'America/Mexico_City', IDN: 'Asia/Jakarta', KAZ: 'Asia/Almaty', CHN: 'Asia/Shanghai', XKX: 'Europe/Belgrade' });
    expect(Object.keys(SHIPPED)).toHaveLength(countries.length - 4); // ATA, BVT, HMD and UMI have no capital
  });
});
