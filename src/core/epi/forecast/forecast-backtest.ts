// The backtest of the renewal forecasts against the Forecast Hub's baseline: at each origin, every country the
// renewal model agrees to forecast gets both forecasts, scored by the weighted interval score against the
// weekly totals that followed (weekly-totals.ts). Relative WIS as the Hub reports it (Cramer et al. 2022, PNAS
// 119(15):e2113561119): the geometric mean of pairwise ratios of mean WIS over the forecasts both models made,
// which for two models is Σ WIS(model) / Σ WIS(baseline); we add the geometric mean of the per-country ratios,
// which a few large countries cannot dominate.
import { BASELINE_DEFAULTS, hubBaseline, type BaselineOptions } from './hub-baseline';
import { HUB_QUANTILE_LEVELS } from './hub-quantiles';
import { renewalForecast, RENEWAL_DEFAULTS, type ForecastRefusal, type RenewalOptions } from './renewal-forecast';
import { createRandom } from './seeded-random';
import { covers, weightedIntervalScore } from './weighted-interval-score';
import { weekTotal, weeklyTotalsEndingAt, type DailyCumulative } from './weekly-totals';

export interface ScoredForecast {
  iso3: string;
  origin: number;
  horizon: number;
  observed: number;
  wis: number;
  baselineWis: number;
  in50: boolean;
  in95: boolean;
  baselineIn50: boolean;
  baselineIn95: boolean;
}

export interface CountryBacktest {
  scored: ScoredForecast[];
  /** Origins at which no forecast was made, and why. */
  refused: { origin: number; reason: ForecastRefusal | 'no-baseline' | 'no-truth-yet' }[];
}

/** A seed fixed by country and origin, so the result does not depend on how countries are split among workers. */
export function forecastSeed(iso3: string, origin: number): number {
  let hash = 2166136261;
  for (const ch of `${iso3}:${origin}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619);
  return hash >>> 0;
}

/** Origins every `stepDays` from `first` to `last` (day numbers), inclusive. */
export function backtestOrigins(first: number, last: number, stepDays = 28): number[] {
  const origins: number[] = [];
  for (let day = first; day <= last; day += stepDays) origins.push(day);
  return origins;
}

export function backtestCountry(
  iso3: string,
  series: DailyCumulative,
  origins: readonly number[],
  weights: ArrayLike<number>,
  options: RenewalOptions = RENEWAL_DEFAULTS,
  baselineOptions: BaselineOptions = BASELINE_DEFAULTS,
): CountryBacktest {
  const levels = HUB_QUANTILE_LEVELS;
  const result: CountryBacktest = { scored: [], refused: [] };
  for (const origin of origins) {
    const truth = Array.from({ length: options.horizons }, (_, h) => weekTotal(series, origin + 7 * (h + 1)));
    if (truth.some((t) => t === null)) {
      result.refused.push({ origin, reason: 'no-truth-yet' });
      continue;
    }
    const random = createRandom(forecastSeed(iso3, origin));
    const forecast = renewalForecast(series, origin, weights, random, options, levels);
    if (!forecast.ok) {
      result.refused.push({ origin, reason: forecast.reason });
      continue;
    }
    // The baseline draws from its own stream, so its forecasts do not change when the method's settings do.
    const baseline = hubBaseline(weeklyTotalsEndingAt(series, origin), createRandom(forecastSeed(`${iso3}:baseline`, origin)), { ...baselineOptions, horizons: options.horizons }, levels);
    if (baseline === null) {
      result.refused.push({ origin, reason: 'no-baseline' });
      continue;
    }
    truth.forEach((observed, h) => {
      const y = observed as number;
      const ours = forecast.weeks[h];
      const base = baseline[h];
      result.scored.push({
        iso3,
        origin,
        horizon: h + 1,
        observed: y,
        wis: weightedIntervalScore(levels, ours, y).wis,
        baselineWis: weightedIntervalScore(levels, base, y).wis,
        in50: covers(levels, ours, y, 0.5),
        in95: covers(levels, ours, y, 0.95),
        baselineIn50: covers(levels, base, y, 0.5),
        baselineIn95: covers(levels, base, y, 0.95),
      });
    });
  }
  return result;
}

export interface HorizonSummary {
  horizon: number;
  forecasts: number;
  countries: number;
  /** Σ WIS / Σ baseline WIS over the same forecasts (the Hub's relative WIS for two models). */
  relativeWis: number;
  /** Geometric mean over countries of each country's Σ WIS / Σ baseline WIS. */
  geometricMeanRatio: number;
  meanWis: number;
  baselineMeanWis: number;
  coverage50: number;
  coverage95: number;
  baselineCoverage50: number;
  baselineCoverage95: number;
}

export function summariseBacktest(scored: readonly ScoredForecast[], horizons = 4): HorizonSummary[] {
  return Array.from({ length: horizons }, (_, i) => {
    const rows = scored.filter((s) => s.horizon === i + 1);
    const sum = (f: (s: ScoredForecast) => number) => rows.reduce((total, s) => total + f(s), 0);
    const share = (f: (s: ScoredForecast) => boolean) => (rows.length === 0 ? Number.NaN : rows.filter(f).length / rows.length);
    const byCountry = new Map<string, { wis: number; base: number }>();
    for (const s of rows) {
      const c = byCountry.get(s.iso3) ?? { wis: 0, base: 0 };
      c.wis += s.wis;
      c.base += s.baselineWis;
      byCountry.set(s.iso3, c);
    }
    const ratios = [...byCountry.values()].filter((c) => c.wis > 0 && c.base > 0).map((c) => Math.log(c.wis / c.base));
    return {
      horizon: i + 1,
      forecasts: rows.length,
      countries: byCountry.size,
      relativeWis: sum((s) => s.wis) / sum((s) => s.baselineWis),
      geometricMeanRatio: ratios.length === 0 ? Number.NaN : Math.exp(ratios.reduce((a, b) => a + b, 0) / ratios.length),
      meanWis: rows.length === 0 ? Number.NaN : sum((s) => s.wis) / rows.length,
      baselineMeanWis: rows.length === 0 ? Number.NaN : sum((s) => s.baselineWis) / rows.length,
      coverage50: share((s) => s.in50),
      coverage95: share((s) => s.in95),
      baselineCoverage50: share((s) => s.baselineIn50),
      baselineCoverage95: share((s) => s.baselineIn95),
    };
  });
}

/** The backtest period of issue 17: origins every 4 weeks from the first Saturday of June 2020 to December 2022. */
export const BACKTEST_FIRST_ORIGIN = '2020-06-06';
export const BACKTEST_LAST_ORIGIN = '2022-12-31';

/**
 * Origins for data from `firstDay` to `lastDay`: those of the backtest period that leave 4 weeks to score and
 * 8 weeks of history; for data outside that period (another epidemic), every 4 weeks over the 2½ years
 * before the last 4 weeks.
 */
export function backtestOriginsFor(firstDay: number, lastDay: number, periodFirst: number, periodLast: number, horizons = 4): number[] {
  const earliest = firstDay + 56;
  const latest = lastDay - 7 * horizons;
  const inPeriod = backtestOrigins(periodFirst, periodLast).filter((d) => d >= earliest && d <= latest);
  if (inPeriod.length > 0) return inPeriod;
  const origins: number[] = [];
  for (let day = latest; day >= earliest && origins.length < 33; day -= 28) origins.unshift(day);
  return origins;
}
