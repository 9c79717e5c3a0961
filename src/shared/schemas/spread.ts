import { z } from 'zod';
import { Iso3Schema, IsoDateSchema } from './common';
import { SeriesSourceSchema } from './situation';

// Spread over the air network (issue 17): effective distance from an origin (Brockmann & Helbing 2013) and
// the importation risk of every country, on the OpenFlights network (ODbL, data/openflights/PROVENANCE.md).

export const FLUX_WEIGHTINGS = ['routes', 'seats'] as const;
export const FluxWeightingSchema = z.enum(FLUX_WEIGHTINGS).describe('what F_mn counts: routes.dat rows (default) or the seats of their equipment');

export const SpreadQuerySchema = z.object({
  origin: Iso3Schema.describe('the ISO 3166-1 alpha-3 code of the country the epidemic starts from'),
  weighting: FluxWeightingSchema.default('routes'),
});
export type SpreadQuery = z.infer<typeof SpreadQuerySchema>;

export const NetworkSummarySchema = z.object({
  countries: z.number().int().describe('countries with at least one airport in the network'),
  routes: z.number().int().describe('rows of routes.dat'),
  international: z.number().int().describe('rows between airports of two different countries: the country network'),
  domestic: z.number().int(),
  selfRoutes: z.number().int(),
  unknownAirport: z.number().int(),
  noCountry: z.number().int(),
  attribution: z.string(),
});
export type NetworkSummary = z.infer<typeof NetworkSummarySchema>;

export const SpreadCountrySchema = z.object({
  iso3: z.string(),
  effectiveDistance: z.number().nullable().describe('shortest path over d_mn = 1 − ln P_mn; null when no route reaches the country'),
  hops: z.number().int().nullable().describe('links on that path'),
  path: z.array(z.string()).describe('ISO3 codes from the origin to the country along the path (empty when unreachable)'),
  flux: z.number().describe('F_mn of the direct link origin → country (0 when there is none)'),
  share: z.number().describe('P_mn = F_mn / Σ_k F_kn of the direct link: the share of the origin’s outbound flux'),
});
export type SpreadCountry = z.infer<typeof SpreadCountrySchema>;

export const SpreadSchema = z.object({
  origin: z.string(),
  weighting: FluxWeightingSchema,
  network: NetworkSummarySchema,
  countries: z.array(SpreadCountrySchema).describe('every other country of the network, nearest first, unreachable last'),
});
export type Spread = z.infer<typeof SpreadSchema>;

export const ImportationRiskQuerySchema = z.object({
  date: IsoDateSchema.optional().describe('the day whose 7-day incidence gives the prevalence (default: the latest)'),
  infectiousDays: z.coerce.number().min(1).max(30).default(7).describe('days a case stays infectious and may travel'),
  ascertainment: z.coerce.number().gt(0).max(1).default(1).describe('share of infections that are reported'),
  weighting: FluxWeightingSchema.default('routes'),
  limit: z.coerce.number().int().min(1).max(300).default(300),
});
export type ImportationRiskQuery = z.infer<typeof ImportationRiskQuerySchema>;

export const ImportationRiskCountrySchema = z.object({
  rank: z.number().int(),
  iso3: z.string(),
  expectedPerWeek: z.number().describe('infections expected to arrive by air in a week: Σ_n prevalence_n × travellers n → m'),
  travellersPerWeek: z.number().describe('weekly arrivals from countries with a known incidence'),
  mainSource: z.string().nullable().describe('the origin contributing most'),
  mainSourceShare: z.number(),
  incidence7dPer100k: z.number().nullable().describe('the country’s own reported incidence, for comparison'),
  hospitalBedsPerThousand: z.number().nullable(),
  preparedness: z.boolean().describe('flagged for preparedness aid: at risk of importing, few cases of its own, a weak health system (ADR 040)'),
});
export const ImportationRiskSchema = z.object({
  date: IsoDateSchema.nullable(),
  source: SeriesSourceSchema.nullable(),
  weighting: FluxWeightingSchema,
  assumptions: z.object({ infectiousDays: z.number(), ascertainment: z.number(), weeklyTravellers: z.number() }),
  preparednessThresholds: z.object({ minExpectedPerWeek: z.number(), maxIncidence7dPer100k: z.number(), maxHospitalBedsPerThousand: z.number() }),
  countries: z.array(ImportationRiskCountrySchema).describe('highest risk first'),
});
export type ImportationRisk = z.infer<typeof ImportationRiskSchema>;

// The check of effective distance against arrival times (ADR 040), on the data imported now.
export const ArrivalCheckQuerySchema = z.object({
  origin: Iso3Schema.optional().describe('the country the epidemic starts from (default: the pathogen dataset’s outbreak origin, China)'),
});
export type ArrivalCheckQuery = z.infer<typeof ArrivalCheckQuerySchema>;

export const ArrivalCheckSchema = z.object({
  origin: z.string(),
  fromAirport: z.string().nullable().describe('the airport great-circle distances are measured from: the outbreak’s (WUH) for its origin, else the origin’s busiest'),
  source: SeriesSourceSchema.nullable(),
  seriesFirstDate: IsoDateSchema.nullable(),
  spearmanEffective: z.number().nullable().describe('Spearman ρ of effective distance with the day of the first reported case; null with fewer than 3 countries'),
  spearmanGreatCircle: z.number().nullable(),
  excluded: z.object({
    reportingOnFirstDay: z.array(z.string()).describe('their arrival came before the series began: its day is unknown'),
    neverReporting: z.number().int(),
    unreachable: z.array(z.string()).describe('no airport or route in the network'),
  }),
  countries: z.array(
    z.object({
      iso3: z.string(),
      firstCase: IsoDateSchema,
      day: z.number().int().describe('days after the series’ first date'),
      effectiveDistance: z.number(),
      greatCircleKm: z.number(),
    }),
  ),
});
export type ArrivalCheck = z.infer<typeof ArrivalCheckSchema>;
