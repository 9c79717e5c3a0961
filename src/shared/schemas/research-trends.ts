import { z } from 'zod';
import { Iso3Schema } from './common';
import { MutationSchema } from './research';

// Variant trends over the analysed genomes of the repository (issue 16): clade and mutation shares by
// country and collection month or ISO week, each with its 95% Wilson score interval.

export const TREND_PERIODS = ['month', 'week'] as const;
const PeriodUnitSchema = z.enum(TREND_PERIODS, { message: 'expected period=month or period=week' }).default('month');

const ShareFields = {
  count: z.number().int(),
  share: z.number(),
  /** The 95% Wilson score interval of the share. */
  lower: z.number(),
  upper: z.number(),
};

export const CladeTrendQuerySchema = z.object({ country: Iso3Schema, period: PeriodUnitSchema });
export type CladeTrendQuery = z.infer<typeof CladeTrendQuerySchema>;

export const CladeTrendSchema = z.object({
  country: z.string(),
  /** YYYY-MM for months, YYYY-Www (ISO 8601) for weeks. */
  unit: z.enum(TREND_PERIODS),
  periods: z.array(z.object({ period: z.string(), total: z.number().int(), clades: z.array(z.object({ clade: z.string(), ...ShareFields })) })),
});
export type CladeTrend = z.infer<typeof CladeTrendSchema>;

export const MutationTrendQuerySchema = z.object({ mutation: MutationSchema, period: PeriodUnitSchema });
export type MutationTrendQuery = z.infer<typeof MutationTrendQuerySchema>;

export const MutationTrendSchema = z.object({
  /** The mutation as genomes are labelled (11288-11296 → del:11288-11296). */
  mutation: z.string(),
  unit: z.enum(TREND_PERIODS),
  countries: z.array(
    z.object({
      country: z.string(),
      /** For the map (world-atlas ids). */
      isoNumeric: z.string().nullable(),
      carriers: z.number().int(),
      firstSeen: z.string().nullable(),
      lastSeen: z.string().nullable(),
      periods: z.array(z.object({ period: z.string(), total: z.number().int(), ...ShareFields })),
    }),
  ),
});
export type MutationTrend = z.infer<typeof MutationTrendSchema>;

export const TrendCountriesSchema = z.object({
  countries: z.array(z.object({ country: z.string(), genomes: z.number().int(), firstDate: z.string(), lastDate: z.string() })),
});
export type TrendCountries = z.infer<typeof TrendCountriesSchema>;
