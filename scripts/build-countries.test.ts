import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, type SeedCountry, type SeedOrganisation } from './build-countries';
import { WHO_ASSOCIATE_MEMBERS, WHO_MEMBER_STATES, WHO_OTHER_AREAS, WHO_REGIONS, whoRegionOn } from './who-regions';

// Checks the JSON the app ships (data/seed), not a fresh build: rebuild with `npx tsx scripts/build-countries.ts`.
const seed = (name: string) => JSON.parse(readFileSync(new URL(`../data/seed/${name}`, import.meta.url), 'utf8'));
const countries: SeedCountry[] = seed('countries.json');
const organisations: SeedOrganisation[] = seed('organisations.json');
const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
const OWID_LATEST = new URL('../../shared/data/owid/owid-covid-latest.csv', import.meta.url);

describe('data/seed/countries.json', () => {
  it('has every ISO 3166-1 entry plus Kosovo, sorted by iso3, with unique codes', () => {
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(countries.length).toBe(250);
    const iso3 = countries.map((c) => c.iso3);
    expect([...iso3].sort()).toEqual(iso3);
    expect(new Set(iso3).size).toBe(countries.length);
    expect(new Set(countries.map((c) => c.iso2)).size).toBe(countries.length);
    for (const c of countries) {
      expect(c.iso3, c.iso3).toMatch(/^[A-Z]{3}$/);
      expect(c.iso2, c.iso3).toMatch(/^[A-Z]{2}$/);
      if (c.isoNumeric !== null) expect(c.isoNumeric, c.iso3).toMatch(/^\d{3}$/);
    }
    expect(countries.filter((c) => c.isoNumeric === null).map((c) => c.iso3)).toEqual(['XKX']);
  });

  it('gives every entry an English and a simplified Chinese name', () => {
    for (const c of countries) {
      expect(c.nameEn.trim(), c.iso3).not.toBe('');
      expect(c.nameZh, c.iso3).toMatch(/\p{Script=Han}/u);
      // a few characters that only occur in traditional script
      expect(c.nameZh, c.iso3).not.toMatch(/[灣蘭區馬頓國臺門]/u);
    }
  });

  it('assigns all 194 WHO Member States a WHO region, with the right counts per region', () => {
    const members = Object.entries(WHO_MEMBER_STATES);
    expect(members).toHaveLength(194);
    const perRegion: Record<string, number> = {};
    for (const [iso3, region] of members) {
      const c = byIso3.get(iso3);
      expect(c, iso3).toBeDefined();
      expect(WHO_REGIONS).toContain(c!.whoRegion);
      expect(c!.whoRegion, iso3).toBe(region);
      perRegion[region] = (perRegion[region] ?? 0) + 1;
    }
    expect(perRegion).toEqual({ AFR: 47, AMR: 35, SEAR: 10, EUR: 53, EMR: 21, WPR: 28 });
  });

  it('covers every entry in the WHO table exactly once, and nothing else', () => {
    const tabled = [...Object.keys(WHO_MEMBER_STATES), ...Object.keys(WHO_ASSOCIATE_MEMBERS), ...Object.keys(WHO_OTHER_AREAS)];
    expect(new Set(tabled).size).toBe(tabled.length);
    expect([...tabled].sort()).toEqual(countries.map((c) => c.iso3));
    for (const c of countries) if (c.whoRegion !== null) expect(WHO_REGIONS).toContain(c.whoRegion);
  });

  it('places the well-known cases in the right WHO region', () => {
    const expected: Record<string, string | null> = {
      DZA: 'AFR', EGY: 'EMR', MAR: 'EMR', SDN: 'EMR', SOM: 'EMR', DJI: 'EMR', TUN: 'EMR', LBY: 'EMR',
      ISR: 'EUR', CYP: 'EUR', TUR: 'EUR', KAZ: 'EUR', UZB: 'EUR', GRL: 'EUR',
      TLS: 'SEAR', PRK: 'SEAR', IND: 'SEAR', THA: 'SEAR',
      IDN: 'WPR', CHN: 'WPR', MNG: 'WPR', COK: 'WPR', NIU: 'WPR', HKG: 'WPR', TWN: 'WPR',
      PRI: 'AMR', TKL: 'WPR', PSE: 'EMR', XKX: 'EUR', ATA: null,
    };
    for (const [iso3, region] of Object.entries(expected)) expect(byIso3.get(iso3)?.whoRegion, iso3).toBe(region);
    expect(whoRegionOn('IDN', '2020-03-01')).toBe('SEAR');
    expect(whoRegionOn('IDN', '2025-05-23')).toBe('WPR');
    expect(whoRegionOn('THA', '2020-03-01')).toBe('SEAR');
  });

  it('spot checks', () => {
    expect(byIso3.get('CHN')).toMatchObject({ iso2: 'CN', isoNumeric: '156', nameEn: 'China', nameZh: '中国', whoRegion: 'WPR', populationSource: 'owid' });
    expect(byIso3.get('USA')).toMatchObject({ iso2: 'US', nameZh: '美国', whoRegion: 'AMR', population: 338289856, populationYear: 2022 });
    expect(byIso3.get('KOR')).toMatchObject({ iso2: 'KR', nameZh: '韩国', whoRegion: 'WPR' });
    expect(byIso3.get('PRK')).toMatchObject({ iso2: 'KP', nameZh: '朝鲜', whoRegion: 'SEAR' });
    expect(byIso3.get('COD')).toMatchObject({ iso2: 'CD', nameEn: 'Democratic Republic of the Congo', nameZh: '刚果（金）', whoRegion: 'AFR' });
    expect(byIso3.get('COG')).toMatchObject({ iso2: 'CG', nameZh: '刚果（布）' });
    expect(byIso3.get('DMA')?.nameZh).toBe('多米尼克');
    expect(byIso3.get('DOM')?.nameZh).toBe('多米尼加');
    expect(byIso3.get('PSE')).toMatchObject({ iso2: 'PS', nameZh: '巴勒斯坦', whoRegion: 'EMR' });
    expect(byIso3.get('XKX')).toMatchObject({ iso2: 'XK', isoNumeric: null, nameEn: 'Kosovo', whoRegion: 'EUR', populationSource: 'owid' });
    expect(byIso3.get('TWN')).toMatchObject({ iso2: 'TW', isoNumeric: '158', nameZh: '中国台湾', populationSource: 'jhu' });
    expect(byIso3.get('TWN')!.population).toBeGreaterThan(20_000_000);
    expect(byIso3.get('MAC')).toMatchObject({ populationSource: 'worldbank', populationYear: 2024 });
    expect(byIso3.has('UNK')).toBe(false);
  });

  it('has plausible indicator values', () => {
    for (const c of countries) {
      if (c.population !== null) {
        expect(Number.isInteger(c.population), c.iso3).toBe(true);
        expect(c.population, c.iso3).toBeGreaterThan(0);
        expect(c.populationSource, c.iso3).not.toBeNull();
      } else {
        expect(c.populationSource, c.iso3).toBeNull();
      }
      if (c.humanDevelopmentIndex !== null) expect(c.humanDevelopmentIndex).toBeLessThanOrEqual(1);
      if (c.medianAge !== null) expect(c.medianAge).toBeLessThan(60);
      if (c.lifeExpectancy !== null) expect(c.lifeExpectancy).toBeLessThan(100);
    }
    const total = countries.reduce((s, c) => s + (c.populationSource === 'owid' ? c.population! : 0), 0);
    expect(total).toBeGreaterThan(7.9e9);
    expect(total).toBeLessThan(8.1e9);
  });

  it.skipIf(!existsSync(OWID_LATEST))('has a population for every OWID location over 100 000 people', () => {
    const rows = parseCsv(readFileSync(OWID_LATEST, 'utf8'));
    let checked = 0;
    for (const r of rows) {
      const code = r.iso_code === 'OWID_KOS' ? 'XKX' : r.iso_code!;
      if (code.startsWith('OWID_') || !(Number(r.population) > 100_000)) continue;
      const c = byIso3.get(code);
      expect(c, code).toBeDefined();
      expect(c!.population, code).toBe(Math.round(Number(r.population)));
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(190);
  });
});

describe('data/seed/organisations.json', () => {
  it('has unique ORG- ids that never collide with a country code', () => {
    expect(organisations.length).toBeGreaterThanOrEqual(12);
    const ids = organisations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^ORG-[A-Z0-9]+$/);
      expect(byIso3.has(id), id).toBe(false);
    }
  });

  it('names each organisation in English and Chinese and points only at known countries', () => {
    for (const o of organisations) {
      expect(o.nameEn.trim(), o.id).not.toBe('');
      expect(o.nameZh, o.id).toMatch(/\p{Script=Han}/u);
      expect(['international', 'regional', 'ngo']).toContain(o.kind);
      expect(byIso3.has(o.headquartersIso3), o.id).toBe(true);
      expect(o.website, o.id).toMatch(/^https:\/\//);
      for (const m of o.memberIso3 ?? []) expect(byIso3.has(m), `${o.id} member ${m}`).toBe(true);
      if (o.memberIso3) expect(new Set(o.memberIso3).size, o.id).toBe(o.memberIso3.length);
    }
  });

  it('spot checks', () => {
    const org = (id: string) => organisations.find((o) => o.id === id);
    expect(org('ORG-WHO')).toMatchObject({ acronym: 'WHO', nameZh: '世界卫生组织', headquartersIso3: 'CHE' });
    expect(org('ORG-WHO')!.memberIso3).toHaveLength(194);
    expect(org('ORG-ASEAN')!.memberIso3).toEqual(['BRN', 'IDN', 'KHM', 'LAO', 'MMR', 'MYS', 'PHL', 'SGP', 'THA', 'TLS', 'VNM']);
    expect(org('ORG-AU')!.memberIso3).toHaveLength(55);
    expect(org('ORG-AFRICACDC')).toMatchObject({ nameZh: '非洲疾病控制和预防中心', headquartersIso3: 'ETH' });
    expect(org('ORG-PAHO')!.memberIso3).toHaveLength(35);
    expect(org('ORG-ECDC')!.memberIso3).toHaveLength(27);
  });
});
