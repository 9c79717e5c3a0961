import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Clock } from '../../clock';
import { SEED_DIR } from '../../config/data-paths';
import type { Db } from '../../db/types';
import { countCountries, insertCountries, insertPartners } from './countries.repo';

const num = z.number().nullable().optional().transform((v) => v ?? null);
const SeedCountrySchema = z.object({
  iso3: z.string().length(3),
  iso2: z.string().length(2),
  isoNumeric: z.string().nullable().optional(),
  nameEn: z.string().min(1),
  nameZh: z.string().min(1),
  region: z.string().nullable().optional(),
  subregion: z.string().nullable().optional(),
  whoRegion: z.string().nullable().optional(),
  population: num,
  populationYear: num,
  hospitalBedsPerThousand: num,
  medianAge: num,
  aged65Older: num,
  gdpPerCapita: num,
  lifeExpectancy: num,
  humanDevelopmentIndex: num,
});
const SeedOrganisationSchema = z.object({
  id: z.string().startsWith('ORG-'),
  acronym: z.string().nullable().optional(),
  nameEn: z.string().min(1),
  nameZh: z.string().min(1),
  headquartersIso3: z.string().nullable().optional(),
  memberIso3: z.array(z.string()).optional(),
});


/** Loads the shipped countries and organisations into an empty database, in one transaction. */
export async function seedCountries(db: Db, clock: Clock, dir: URL = SEED_DIR): Promise<{ countries: number; organisations: number } | null> {
  if ((await countCountries(db)) > 0) return null;
  const countries = z.array(SeedCountrySchema).parse(JSON.parse(readFileSync(new URL('countries.json', dir), 'utf8')));
  const organisations = z.array(SeedOrganisationSchema).parse(JSON.parse(readFileSync(new URL('organisations.json', dir), 'utf8')));
  const now = clock().toISOString();
  await db.transaction().execute(async (trx) => {
    await insertCountries(
      trx,
      countries.map((c) => ({
        iso3: c.iso3,
        iso2: c.iso2,
        iso_numeric: c.isoNumeric ?? null,
        name_en: c.nameEn,
        name_zh: c.nameZh,
        region: c.region ?? null,
        subregion: c.subregion ?? null,
        who_region: c.whoRegion ?? null,
        population: c.population,
        population_year: c.populationYear,
        hospital_beds_per_thousand: c.hospitalBedsPerThousand,
        median_age: c.medianAge,
        aged_65_older: c.aged65Older,
        gdp_per_capita: c.gdpPerCapita,
        life_expectancy: c.lifeExpectancy,
        human_development_index: c.humanDevelopmentIndex,
      })),
    );
    // Every country is a possible recipient; organisations stand beside them as first-class partners.
    await insertPartners(trx, [
      ...countries.map((c) => ({
        id: c.iso3,
        kind: 'country' as const,
        iso3: c.iso3,
        acronym: null,
        name_en: c.nameEn,
        name_zh: c.nameZh,
        headquarters_iso3: null,
        member_iso3: '[]',
        created_at: now,
      })),
      ...organisations.map((o) => ({
        id: o.id,
        kind: 'organisation' as const,
        iso3: null,
        acronym: o.acronym ?? null,
        name_en: o.nameEn,
        name_zh: o.nameZh,
        headquarters_iso3: o.headquartersIso3 ?? null,
        member_iso3: JSON.stringify(o.memberIso3 ?? []),
        created_at: now,
      })),
    ]);
  });
  return { countries: countries.length, organisations: organisations.length };
}
