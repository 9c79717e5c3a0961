// Renewal-equation forecasts of daily cases (Fraser 2007; Cori et al. 2013), summed into weekly totals at the
// Forecast Hub's quantile levels. From data up to the origin only:
//   1. daily new cases (downward revisions as 0), optionally as a trailing mean (reporting days smoothed out);
//   2. R from the last `window` days with Cori's gamma posterior, Gamma(a₀ + Σ I, 1 / (1/b₀ + Σ Λ)) (rt-cori.ts);
//   3. per sample: R₀ drawn from that posterior; each day log R moves as log R ← damping · log R + drift · ε
//      (damping < 1 pulls R towards 1, drift lets it wander); new cases ~ NegBin(mean R·Λ_t, size k), where
//      Λ_t = Σ w_k I_{t−k} includes the simulated days (overall-infectivity.ts).
// Settings were chosen on the backtest's first year only (bench/forecast-tune.ts, docs/decisions/042); a country without enough recent cases gets a
// reason, not a forecast.
import { HUB_QUANTILE_LEVELS, sampleQuantiles } from './hub-quantiles';
import type { Random } from './seeded-random';
import { dailyCountsUpTo, type DailyCumulative } from './weekly-totals';
import { overallInfectivity } from '../overall-infectivity';
import { trailingMean } from '../rolling-mean';
import { gammaQuantile } from '../gamma-quantile';

export interface RenewalOptions {
  horizons: number;
  samples: number;
  /** Days of the R estimate before the origin. */
  window: number;
  /** Days of the trailing mean applied to daily cases first (1: none). */
  smoothing: number;
  priorShape: number;
  priorScale: number;
  /** Per-day factor on log R (1: R held, 0.9: halfway back to 1 in about a week). */
  damping: number;
  /** Standard deviation of the daily step of log R. */
  drift: number;
  /** Negative-binomial size k of daily cases (Infinity: Poisson). */
  dispersion: number;
  /** Fewer reported cases than this in the 7 days ending at the origin: no forecast. */
  minWeeklyCases: number;
}

export type ForecastRefusal = 'origin-outside-series' | 'too-short' | 'too-few-cases' | 'no-recent-cases';

export interface RenewalForecast {
  ok: true;
  /** The posterior of R over the estimation window (mean and 95% interval). */
  r: { mean: number; lower: number; upper: number };
  /** Per horizon, the quantiles of the weekly total at the levels asked for. */
  weeks: number[][];
  /** Mean simulated cases per day after the origin (7 × horizons days). */
  dailyMean: number[];
}

export type RenewalOutcome = RenewalForecast | { ok: false; reason: ForecastRefusal };

const MIN_HISTORY_DAYS = 28;

export const RENEWAL_DEFAULTS: RenewalOptions = {
  horizons: 4,
  samples: 1_000,
  window: 7,
  smoothing: 1,
  priorShape: 1,
  priorScale: 5,
  damping: 0.8,
  drift: 0.08,
  dispersion: 5,
  minWeeklyCases: 11,
};

/** The forecast made at `originDay` (the last day of data it may read) for `series`. */
export function renewalForecast(
  series: DailyCumulative,
  originDay: number,
  weights: ArrayLike<number>,
  random: Random,
  options: RenewalOptions = RENEWAL_DEFAULTS,
  levels: readonly number[] = HUB_QUANTILE_LEVELS,
): RenewalOutcome {
  const last = series.firstDay + series.cumulative.length - 1;
  if (originDay < series.firstDay || originDay > last) return { ok: false, reason: 'origin-outside-series' };
  const counts = dailyCountsUpTo(series, originDay);
  const n = counts.length;
  // Four weeks at least: R's window and most of the serial interval before it.
  if (n < Math.max(MIN_HISTORY_DAYS, options.window + options.smoothing)) return { ok: false, reason: 'too-short' };
  let lastWeek = 0;
  for (let i = n - 7; i < n; i++) lastWeek += counts[i];
  if (lastWeek < options.minWeeklyCases) return { ok: false, reason: 'too-few-cases' };

  const incidence = options.smoothing > 1 ? smooth(counts, options.smoothing) : Array.from(counts);
  const lambda = overallInfectivity(incidence, weights);
  let sumI = 0;
  let sumLambda = 0;
  for (let i = n - options.window; i < n; i++) {
    sumI += incidence[i];
    sumLambda += lambda[i];
  }
  if (sumLambda === 0) return { ok: false, reason: 'no-recent-cases' };
  const shape = options.priorShape + sumI;
  const scale = 1 / (1 / options.priorScale + sumLambda);

  const days = 7 * options.horizons;
  const maxK = weights.length - 1;
  // The part of Λ on each future day that comes from the observed days (the same in every sample).
  const fromHistory = new Float64Array(days);
  for (let t = 0; t < days; t++) {
    let sum = 0;
    for (let k = t + 1; k <= maxK && n + t - k >= 0; k++) sum += weights[k] * incidence[n + t - k];
    fromHistory[t] = sum;
  }
  const weekly = Array.from({ length: options.horizons }, () => new Float64Array(options.samples));
  const dailySum = new Float64Array(days);
  const path = new Float64Array(days);
  for (let s = 0; s < options.samples; s++) {
    let logR = Math.log(random.gamma(shape, scale));
    for (let t = 0; t < days; t++) {
      if (t > 0) logR = options.damping * logR + (options.drift > 0 ? options.drift * random.normal() : 0);
      let infectivity = fromHistory[t];
      for (let k = 1; k <= Math.min(t, maxK); k++) infectivity += weights[k] * path[t - k];
      const cases = random.negativeBinomial(Math.exp(logR) * infectivity, options.dispersion);
      path[t] = cases;
      dailySum[t] += cases;
      weekly[Math.floor(t / 7)][s] += cases;
    }
  }
  return {
    ok: true,
    r: { mean: shape * scale, lower: gammaQuantile(0.025, shape, scale), upper: gammaQuantile(0.975, shape, scale) },
    weeks: weekly.map((sample) => sampleQuantiles(sample, levels)),
    dailyMean: Array.from(dailySum, (x) => x / options.samples),
  };
}

// The trailing mean, with the first days (before a full window exists) averaged over the days there are.
function smooth(counts: Float64Array, window: number): number[] {
  const mean = trailingMean(Array.from(counts), window);
  let partial = 0;
  return mean.map((value, i) => {
    partial += counts[i];
    return value ?? partial / (i + 1);
  });
}
