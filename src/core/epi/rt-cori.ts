// Time-varying reproduction number R_t by Cori, Ferguson, Fraser & Cauchemez (2013), "A new framework and
// software to estimate time-varying reproduction numbers during epidemics", Am J Epidemiol 178(9):1505–1512,
// as EpiEstim's estimate_R computes it for a parametric serial interval and sliding weekly windows.
//
// For the window of τ days ending at t, with a Gamma(shape a₀, scale b₀) prior on R, the posterior is
//   Gamma(shape a₀ + Σ_{s=t−τ+1..t} I_s,  scale 1 / (1/b₀ + Σ_{s=t−τ+1..t} Λ_s)),
// Λ from overall-infectivity.ts. We report its mean (shape × scale) and its 2.5% and 97.5% quantiles.
//
// Null (no estimate) where:
//   - the window reaches before the series or contains an unknown day (the first day has no daily count);
//   - Σ Λ = 0: no cases in the serial interval before the window, so every case in it is a first or imported
//     case and R is not identifiable (EpiEstim would return the prior-dominated value; we do not show it);
//   - the posterior's coefficient of variation 1/√shape exceeds maxCv (0.3, as EpiEstim's guidance): too
//     few cases for the estimate to mean anything.
import { gammaQuantile } from './gamma-quantile';
import { overallInfectivity } from './overall-infectivity';

export interface RtEstimate {
  mean: number;
  /** 2.5% quantile of the posterior. */
  lower: number;
  /** 97.5% quantile of the posterior. */
  upper: number;
}

export interface RtOptions {
  window: number;
  priorShape: number;
  priorScale: number;
  maxCv: number;
}

/** EpiEstim's defaults: weekly window, prior mean 5 and sd 5 (shape 1, scale 5); CV cut-off 0.3. */
export const CORI_DEFAULTS: RtOptions = { window: 7, priorShape: 1, priorScale: 5, maxCv: 0.3 };

/**
 * R_t for every day of a daily incidence series (negative revisions already counted as 0; null = unknown),
 * given serial-interval weights w_0..w_K (serial-interval.ts).
 */
export function rtCori(
  incidence: readonly (number | null)[],
  weights: ArrayLike<number>,
  options: RtOptions = CORI_DEFAULTS,
): (RtEstimate | null)[] {
  const { window, priorShape, priorScale, maxCv } = options;
  const lambda = overallInfectivity(incidence, weights);
  const out: (RtEstimate | null)[] = new Array(incidence.length).fill(null);
  let sumI = 0;
  let unknown = 0;
  for (let t = 0; t < incidence.length; t++) {
    const entering = incidence[t];
    if (entering === null) unknown++;
    else sumI += entering;
    if (t >= window) {
      const leaving = incidence[t - window];
      if (leaving === null) unknown--;
      else sumI -= leaving;
    }
    if (t < window - 1 || unknown > 0) continue;
    // Λ summed directly (τ terms) rather than as a running sum, so that rounding cannot accumulate over years.
    let sumLambda = 0;
    for (let s = t - window + 1; s <= t; s++) sumLambda += lambda[s];
    const shape = priorShape + sumI;
    if (sumLambda === 0 || 1 / Math.sqrt(shape) > maxCv) continue;
    const scale = 1 / (1 / priorScale + sumLambda);
    out[t] = { mean: shape * scale, lower: gammaQuantile(0.025, shape, scale), upper: gammaQuantile(0.975, shape, scale) };
  }
  return out;
}
