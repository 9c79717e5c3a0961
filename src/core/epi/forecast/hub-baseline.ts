// The COVID-19 Forecast Hub's baseline model (COVIDhub-baseline; reichlab/covidModels, R/quantile_baseline.R):
// the median of every horizon is the last observed weekly total; the spread comes from all past week-to-week
// changes of the weekly totals, symmetrised (each change and its negative). Horizon 1 takes the quantiles of
// last + change directly; later horizons add a fresh random permutation of those changes per horizon (a random
// walk), re-centre the median on the last value, and every sample is floored at 0.
import { HUB_QUANTILE_LEVELS, quantileSorted, sampleQuantiles } from './hub-quantiles';
import type { Random } from './seeded-random';

export interface BaselineOptions {
  horizons: number;
  /** Samples of the random walk (the Hub used 100,000; quantiles move by well under 1% at 10,000). */
  samples: number;
}

export const BASELINE_DEFAULTS: BaselineOptions = { horizons: 4, samples: 10_000 };

/**
 * Quantiles (at `levels`) of each horizon's weekly total, from past weekly totals (oldest first, the last one
 * ending at the origin). Null when fewer than two weeks are known (no change to learn a spread from).
 */
export function hubBaseline(weekly: readonly number[], random: Random, options: BaselineOptions = BASELINE_DEFAULTS, levels: readonly number[] = HUB_QUANTILE_LEVELS): number[][] | null {
  if (weekly.length < 2) return null;
  const changes: number[] = [];
  for (let i = 1; i < weekly.length; i++) changes.push(weekly[i] - weekly[i - 1], weekly[i - 1] - weekly[i]);
  changes.sort((a, b) => a - b);
  const n = options.samples;
  // Evenly spaced quantiles of the symmetrised changes stand for a sample of them, as the R code does.
  const steps = new Float64Array(n);
  for (let i = 0; i < n; i++) steps[i] = quantileSorted(changes, n === 1 ? 0.5 : i / (n - 1));
  const last = weekly[weekly.length - 1];
  const raw = new Float64Array(n).fill(last);
  const out: number[][] = [];
  for (let h = 1; h <= options.horizons; h++) {
    if (h > 1) shuffle(steps, random);
    for (let i = 0; i < n; i++) raw[i] += steps[i];
    const corrected = Float64Array.from(raw);
    // The symmetrised walk is re-centred so its median stays at the last value (from horizon 2 on).
    if (h > 1) {
      const shift = quantileSorted(Float64Array.from(raw).sort(), 0.5) - last;
      for (let i = 0; i < n; i++) corrected[i] -= shift;
    }
    for (let i = 0; i < n; i++) if (corrected[i] < 0) corrected[i] = 0;
    out.push(sampleQuantiles(corrected, levels));
  }
  return out;
}

function shuffle(values: Float64Array, random: Random): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = Math.floor(random.uniform() * (i + 1));
    const t = values[i];
    values[i] = values[j];
    values[j] = t;
  }
}
