import { z } from 'zod';
import { Iso3Schema, IsoDateSchema } from './common';
import { importJobSchema } from './import-jobs';

// The situation API (issue 3): one country's indicator series, the overview of every country on a date with
// its severity, the world totals, imports of case/death files and the severity weights.

export const SERIES_SOURCES = ['jhu', 'owid', 'who'] as const;
export const SeriesSourceSchema = z.enum(SERIES_SOURCES);
export type SeriesSource = z.infer<typeof SeriesSourceSchema>;

export const RtSchema = z.object({ mean: z.number(), lower: z.number(), upper: z.number() });
export const IndicatorFlagSchema = z.enum(['negative-new-cases', 'negative-new-deaths', 'carried-forward']);

/** The indicators of one country on one day, as a series point and an overview row both carry them. */
const DayIndicatorsSchema = z.object({
  newCasesSmoothed: z.number().nullable(),
  newDeathsSmoothed: z.number().nullable(),
  incidence7dPer100k: z.number().nullable(),
  growth7d: z.number().nullable(),
  doublingTimeDays: z.number().nullable(),
  rt: RtSchema.nullable(),
});

export const SeriesPointSchema = DayIndicatorsSchema.extend({
  date: IsoDateSchema,
  cumulativeCases: z.number(),
  cumulativeDeaths: z.number(),
  newCases: z.number().nullable(),
  newDeaths: z.number().nullable(),
  flags: z.array(IndicatorFlagSchema),
});
export type SeriesPoint = z.infer<typeof SeriesPointSchema>;

export const SeriesParamsSchema = z.object({ iso3: Iso3Schema });
export const SeriesQuerySchema = z
  .object({ from: IsoDateSchema.optional(), to: IsoDateSchema.optional() })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'from must not be after to', path: ['from'] });

export const CountrySeriesSchema = z.object({
  iso3: z.string(),
  name: z.string(),
  nameZh: z.string(),
  population: z.number().nullable(),
  hospitalBedsPerThousand: z.number().nullable(),
  source: SeriesSourceSchema.nullable(),
  points: z.array(SeriesPointSchema),
});
export type CountrySeries = z.infer<typeof CountrySeriesSchema>;

export const WorldSeriesSchema = z.object({
  population: z.number(),
  countries: z.number().int(),
  source: SeriesSourceSchema.nullable(),
  points: z.array(SeriesPointSchema),
});
export type WorldSeries = z.infer<typeof WorldSeriesSchema>;

export const SeverityFactorSchema = z.object({
  key: z.string(),
  raw: z.number().nullable(),
  scaled: z.number().nullable(),
  weight: z.number(),
  missing: z.boolean(),
  effectiveWeight: z.number(),
  contribution: z.number(),
});
export const SeveritySchema = z.object({ index: z.number().nullable(), renormalised: z.boolean(), factors: z.array(SeverityFactorSchema) });
export type SeverityBreakdown = z.infer<typeof SeveritySchema>;

export const OverviewRowSchema = DayIndicatorsSchema.extend({
  iso3: z.string(),
  isoNumeric: z.string().nullable(),
  name: z.string(),
  nameZh: z.string(),
  population: z.number().nullable(),
  hospitalBedsPerThousand: z.number().nullable(),
  cumulativeCases: z.number().nullable(),
  cumulativeDeaths: z.number().nullable(),
  deaths28dPerMillion: z.number().nullable(),
  severity: SeveritySchema,
});
export type OverviewRow = z.infer<typeof OverviewRowSchema>;

export const OverviewQuerySchema = z.object({ date: IsoDateSchema.optional() });
export const OverviewSchema = z.object({
  date: IsoDateSchema.nullable().describe('the date shown (the latest date when none was asked for)'),
  firstDate: IsoDateSchema.nullable(),
  lastDate: IsoDateSchema.nullable(),
  source: SeriesSourceSchema.nullable(),
  countries: z.array(OverviewRowSchema).describe('sorted by severity, most severe first, unknown last'),
});
export type Overview = z.infer<typeof OverviewSchema>;

/**
 * The overview as the map, the date player and the ranking need it: one column per indicator, one entry per
 * country (same order in every column, most severe first), values rounded to 3 significant digits. About 2 kB
 * compressed, so that the page every visitor opens first stays cheap to serve (ADR 022). Names, population and
 * hospital beds are the countries' (GET /api/countries); doubling time follows from growth; the full precision
 * and the severity breakdown are in GET /api/situation/overview/details.
 */
export const OVERVIEW_SUMMARY_DIGITS = 3;
const summaryColumn = z.array(z.number().nullable());
export const OverviewSummarySchema = z.object({
  date: IsoDateSchema.nullable().describe('the date shown (the latest date when none was asked for)'),
  firstDate: IsoDateSchema.nullable(),
  lastDate: IsoDateSchema.nullable(),
  source: SeriesSourceSchema.nullable(),
  significantDigits: z.literal(OVERVIEW_SUMMARY_DIGITS),
  countries: z
    .object({
      iso3: z.array(z.string()),
      severity: summaryColumn.describe('severity index 0..1'),
      incidence7dPer100k: summaryColumn,
      growth7d: summaryColumn,
      rt: summaryColumn.describe('posterior mean of R_t'),
      deaths28dPerMillion: summaryColumn,
    })
    .refine((c) => Object.values(c).every((column) => column.length === c.iso3.length), { message: 'every column has one entry per country' }),
});
export type OverviewSummary = z.infer<typeof OverviewSummarySchema>;
export type OverviewSummaryColumn = Exclude<keyof OverviewSummary['countries'], 'iso3'>;

/** The severity index's factors (ADR 021), the one list of their keys: the aid priority builds on it. */
export const SEVERITY_WEIGHT_KEYS = ['incidence', 'growth', 'deaths', 'health-system'] as const;
export type SeverityWeightKey = (typeof SEVERITY_WEIGHT_KEYS)[number];
const SeverityWeight = z.number().min(0).max(100);
export const SeverityWeightsSchema = z.object({
  incidence: SeverityWeight,
  growth: SeverityWeight,
  deaths: SeverityWeight,
  'health-system': SeverityWeight,
} satisfies Record<SeverityWeightKey, typeof SeverityWeight>);
export type SeverityWeights = z.infer<typeof SeverityWeightsSchema>;
export const SeverityWeightsUpdateSchema = z.object({
  weights: SeverityWeightsSchema.refine((w) => Object.values(w).some((v) => v > 0), { message: 'at least one weight must be above 0' }),
});
export const SeverityWeightsResponseSchema = z.object({
  weights: SeverityWeightsSchema,
  defaults: z.boolean().describe('true while no coordinator has changed them'),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type SeverityWeightsResponse = z.infer<typeof SeverityWeightsResponseSchema>;

const fileText = z.string().min(1, 'the file is empty');
const confirm = z
  .boolean()
  .optional()
  .describe('import even when it is much smaller than the source shown (under half its countries or country-days); without it such an import is refused with key situation.import-much-smaller');
export const ImportRequestSchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('jhu'), files: z.object({ confirmed: fileText, deaths: fileText }), confirm }),
  z.object({ source: z.literal('owid'), files: z.object({ data: fileText }), confirm }),
  z.object({ source: z.literal('who'), files: z.object({ data: fileText }), confirm }),
]);
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

export const ImportWarningSchema = z.object({
  file: z.string().nullable(),
  line: z.number().int().nullable(),
  code: z.string(),
  message: z.string(),
});
export const ImportSummarySchema = z.object({
  id: z.number().int(),
  source: SeriesSourceSchema,
  importedAt: z.string(),
  actor: z.string(),
  files: z.array(z.string()),
  countries: z.number().int(),
  days: z.number().int(),
  rows: z.number().int(),
  inputRows: z.number().int(),
  firstDate: IsoDateSchema.nullable(),
  lastDate: IsoDateSchema.nullable(),
  warnings: z.array(ImportWarningSchema),
  warningCount: z.number().int(),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;
export const ImportListSchema = z.object({ imports: z.array(ImportSummarySchema) });
/** A series import on the job queue (ADR 063): what POST /api/situation/imports answers with 202 when it is not done in time. */
export const SeriesImportJobSchema = importJobSchema(ImportSummarySchema);
export type SeriesImportJob = z.infer<typeof SeriesImportJobSchema>;

/** One imported source: what its stored series cover and its latest import (ADR 066). */
export const SeriesSourceInfoSchema = z.object({
  source: SeriesSourceSchema,
  countries: z.number().int(),
  rows: z.number().int().describe('country-days'),
  firstDate: IsoDateSchema.nullable(),
  lastDate: IsoDateSchema.nullable(),
  shown: z.boolean(),
  importedAt: z.string().nullable(),
  importedBy: z.string().nullable(),
  files: z.array(z.string()),
});
export type SeriesSourceInfo = z.infer<typeof SeriesSourceInfoSchema>;
export const SourceListSchema = z.object({
  shown: SeriesSourceSchema.nullable(),
  chosenBy: z.string().nullable().describe('who chose the source shown; null while the most recent import decides'),
  chosenAt: z.string().nullable(),
  sources: z.array(SeriesSourceInfoSchema),
});
export type SourceList = z.infer<typeof SourceListSchema>;
export const ShowSourceSchema = z.object({ source: SeriesSourceSchema });
