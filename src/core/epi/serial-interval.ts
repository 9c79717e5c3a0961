// The discretised serial interval, as EpiEstim's discr_si computes it (Cori et al. 2013, Web Appendix 11;
// https://github.com/mrc-ide/EpiEstim, R/discr_si.R): the serial interval minus one day is gamma with mean
// μ − 1 and sd σ, so with a = ((μ−1)/σ)², b = σ²/(μ−1) and F(x; a, b) the gamma CDF with shape a and scale b,
//   w_k = k·F(k; a, b) + (k−2)·F(k−2; a, b) − 2(k−1)·F(k−1; a, b)
//         + a·b·(2·F(k−1; a+1, b) − F(k−2; a+1, b) − F(k; a+1, b)),   clamped at 0 as EpiEstim does,
// with F of a negative argument 0 and w_0 = 0. We truncate at k = 40 days and renormalise to sum 1.
import jStat from 'jstat';

export interface SerialIntervalParams {
  /** Mean in days; must exceed 1 (the distribution is shifted by one day). */
  mean: number;
  /** Standard deviation in days; must be positive. */
  sd: number;
  /** Largest k kept before renormalising. */
  maxDays: number;
}

/** SARS-CoV-2 serial interval: mean 4.7 days, sd 2.9 days (Nishiura, Linton & Akhmetzhanov 2020, IJID 93:284). */
export const COVID19_SERIAL_INTERVAL: SerialIntervalParams = { mean: 4.7, sd: 2.9, maxDays: 40 };

const cdf = (x: number, shape: number, scale: number): number => (x < 0 ? 0 : jStat.gamma.cdf(x, shape, scale));

/** EpiEstim's discr_si(k, mu, sigma) for one k ≥ 0, before truncation and renormalisation. */
export function discrSi(k: number, mean: number, sd: number): number {
  const a = ((mean - 1) / sd) ** 2;
  const b = sd ** 2 / (mean - 1);
  const w =
    k * cdf(k, a, b) +
    (k - 2) * cdf(k - 2, a, b) -
    2 * (k - 1) * cdf(k - 1, a, b) +
    a * b * (2 * cdf(k - 1, a + 1, b) - cdf(k - 2, a + 1, b) - cdf(k, a + 1, b));
  return Math.max(0, w);
}

/**
 * The weights w_0..w_maxDays (w_0 = 0) summing to 1. Throws RangeError for parameters EpiEstim also refuses
 * (mean ≤ 1, sd ≤ 0): those are programming errors, not data.
 */
export function serialIntervalWeights(params: SerialIntervalParams = COVID19_SERIAL_INTERVAL): Float64Array {
  const { mean, sd, maxDays } = params;
  if (!(mean > 1)) throw new RangeError(`serial interval mean must exceed 1 day, got ${mean}`);
  if (!(sd > 0)) throw new RangeError(`serial interval sd must be positive, got ${sd}`);
  if (!Number.isInteger(maxDays) || maxDays < 1) throw new RangeError(`maxDays must be a positive integer, got ${maxDays}`);
  const weights = new Float64Array(maxDays + 1);
  let total = 0;
  for (let k = 1; k <= maxDays; k++) {
    weights[k] = discrSi(k, mean, sd);
    total += weights[k];
  }
  for (let k = 1; k <= maxDays; k++) weights[k] /= total;
  return weights;
}
