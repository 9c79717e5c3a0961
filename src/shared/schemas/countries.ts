import { z } from 'zod';

export const WHO_REGIONS = ['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR'] as const;

export const CountrySchema = z.object({
  iso3: z.string(),
  iso2: z.string(),
  isoNumeric: z.string().nullable().describe('ISO 3166-1 numeric, e.g. "404" (the id of world-atlas maps)'),
  nameEn: z.string(),
  nameZh: z.string(),
  region: z.string().nullable(),
  subregion: z.string().nullable(),
  whoRegion: z.enum(WHO_REGIONS).nullable(),
  population: z.number().nullable(),
  hospitalBedsPerThousand: z.number().nullable(),
  medianAge: z.number().nullable(),
  gdpPerCapita: z.number().nullable(),
});
export type Country = z.infer<typeof CountrySchema>;
export const CountryListSchema = z.object({ countries: z.array(CountrySchema) });

export const PartnerKindSchema = z.enum(['country', 'organisation']);
export const PartnerSchema = z.object({
  id: z.string().describe('ISO3 for a country, ORG-... for an organisation'),
  kind: PartnerKindSchema,
  iso3: z.string().nullable(),
  acronym: z.string().nullable(),
  nameEn: z.string(),
  nameZh: z.string(),
  whoRegion: z.enum(WHO_REGIONS).nullable(),
  headquartersIso3: z.string().nullable(),
  memberIso3: z.array(z.string()),
});
export type Partner = z.infer<typeof PartnerSchema>;
export const PartnerListSchema = z.object({ partners: z.array(PartnerSchema) });
export const PartnerQuerySchema = z.object({ kind: PartnerKindSchema.optional() });
