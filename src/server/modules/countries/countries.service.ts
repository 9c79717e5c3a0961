import type { Country, Partner } from '../../../shared/schemas/countries';
import { WHO_REGIONS } from '../../../shared/schemas/countries';
import type { Db } from '../../db/types';
import { findCountry, findPartner, listCountries, listPartners } from './countries.repo';

type WhoRegion = (typeof WHO_REGIONS)[number];
const asWhoRegion = (r: string | null): WhoRegion | null => (WHO_REGIONS as readonly string[]).includes(r ?? '') ? (r as WhoRegion) : null;

export function createCountriesService(db: Db) {
  return {
    async countries(): Promise<Country[]> {
      return (await listCountries(db)).map((c) => ({
        iso3: c.iso3,
        iso2: c.iso2,
        isoNumeric: c.iso_numeric,
        nameEn: c.name_en,
        nameZh: c.name_zh,
        region: c.region,
        subregion: c.subregion,
        whoRegion: asWhoRegion(c.who_region),
        population: c.population,
        hospitalBedsPerThousand: c.hospital_beds_per_thousand,
        medianAge: c.median_age,
        gdpPerCapita: c.gdp_per_capita,
      }));
    },

    async country(iso3: string) {
      return findCountry(db, iso3);
    },

    async partners(kind?: 'country' | 'organisation'): Promise<Partner[]> {
      return (await listPartners(db, kind)).map((p) => ({
        id: p.id,
        kind: p.kind,
        iso3: p.iso3,
        acronym: p.acronym,
        nameEn: p.name_en,
        nameZh: p.name_zh,
        whoRegion: asWhoRegion(p.who_region),
        headquartersIso3: p.headquarters_iso3,
        memberIso3: JSON.parse(p.member_iso3) as string[],
      }));
    },

    async partnerExists(id: string): Promise<boolean> {
      return (await findPartner(db, id)) !== undefined;
    },
  };
}

export type CountriesService = ReturnType<typeof createCountriesService>;
