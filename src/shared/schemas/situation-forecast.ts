import { z } from 'zod';
import { Iso3Schema, IsoDateSchema } from './common';

// Forecasts of weekly new cases (issue 17, docs/decisions/042): GET /api/situation/countries/:iso3/forecast.
// `iso3`, `origin` and `horizons[].{horizon, weekEnd, quantiles[].{level, value}}` are a contract other tools
// rely on; the other fields are additions.

export const ForecastParamsSchema = z.object({ iso3: Iso3Schema });
export const ForecastQuerySchema = z.object({
  origin: IsoDateSchema.optional().describe('the last day of data the forecast may read (default: the latest date of the series)'),
});

export const FORECAST_REFUSALS = ['no-series', 'origin-outside-series', 'too-short', 'too-few-cases', 'no-recent-cases'] as const;
export const ForecastRefusalSchema = z.enum(FORECAST_REFUSALS);
export type ForecastRefusalCode = z.infer<typeof ForecastRefusalSchema>;

export const ForecastQuantileSchema = z.object({ level: z.number().min(0).max(1), value: z.number() });

export const ForecastHorizonSchema = z.object({
  horizon: z.number().int().min(1).max(4),
  weekEnd: IsoDateSchema.describe('the forecast is of new cases in the 7 days ending this date (origin + 7 × horizon)'),
  quantiles: z.array(ForecastQuantileSchema).describe("the 23 quantile levels of the COVID-19 Forecast Hub"),
});

export const ForecastMethodSchema = z.object({
  name: z.literal('renewal-cori'),
  window: z.number().int(),
  smoothing: z.number().int(),
  damping: z.number(),
  drift: z.number(),
  dispersion: z.number().nullable().describe('negative-binomial size of daily cases; null: Poisson'),
  samples: z.number().int(),
  minWeeklyCases: z.number(),
});

export const BacktestHorizonSchema = z.object({
  horizon: z.number().int(),
  forecasts: z.number().int(),
  relativeWis: z.number().nullable().describe('Σ WIS of the forecasts / Σ WIS of the Forecast Hub baseline at the same origins; below 1 is better'),
  coverage50: z.number().nullable(),
  coverage95: z.number().nullable(),
});

export const CountryBacktestSchema = z.object({
  firstOrigin: IsoDateSchema,
  lastOrigin: IsoDateSchema,
  horizons: z.array(BacktestHorizonSchema),
  relativeWis: z.number().nullable().describe('over horizons 1–4 together'),
  beatsBaseline: z.boolean().describe('relative WIS over horizons 1–4 below 1'),
});
export type CountryBacktestScore = z.infer<typeof CountryBacktestSchema>;

export const ForecastSchema = z.object({
  iso3: z.string(),
  origin: IsoDateSchema.nullable().describe('null only when the country has no series'),
  horizons: z.array(ForecastHorizonSchema).describe('empty when no forecast can be made; `reason` says why'),
  reason: ForecastRefusalSchema.nullable(),
  method: ForecastMethodSchema,
  rt: z.object({ mean: z.number(), lower: z.number(), upper: z.number() }).nullable().describe('R over the estimation window (Cori et al. 2013)'),
  observed: z.array(z.object({ weekEnd: IsoDateSchema, value: z.number() })).describe('weekly new cases for the 26 weeks up to the origin and, where known, the 4 after it'),
  backtest: CountryBacktestSchema.nullable().describe("this country's backtest score (null while it is computed, or when it has no forecast to score)"),
  backtestStatus: z.enum(['ready', 'computing', 'failed']).describe('the backtest of every country is computed once per data version, in a worker thread'),
});
export type Forecast = z.infer<typeof ForecastSchema>;
