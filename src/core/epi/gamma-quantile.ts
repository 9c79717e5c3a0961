// Quantiles of the gamma distribution (shape, scale) for R_t's credible interval.
//
// Shapes up to 1,000 use jstat's gamma.inv, which agrees with scipy.stats.gamma.ppf to about 5e-12 there.
// Above that jstat's cost grows linearly with the shape (see regularized-gamma.ts), so we solve
// P(shape, x) = p by Newton's method from the Wilson–Hilferty approximation, with the convergent series and
// continued fraction of regularized-gamma.ts. For p > ½ the equation is solved as Q(shape, x) = 1 − p, so the
// small tail is never computed as a difference of numbers near 1.
import jStat from 'jstat';
import { logGammaPrefix, regularizedGamma } from './regularized-gamma';

const JSTAT_MAX_SHAPE = 1_000;
const MAX_NEWTON_STEPS = 50;

function largeShapeQuantile(p: number, shape: number): number {
  const z = jStat.normal.inv(p, 0, 1);
  const cube = 1 - 1 / (9 * shape) + z / (3 * Math.sqrt(shape));
  let x = shape * cube * cube * cube;
  const upper = p > 0.5;
  for (let step = 0; step < MAX_NEWTON_STEPS; step++) {
    const { p: lower, q } = regularizedGamma(shape, x);
    const density = Math.exp(logGammaPrefix(shape, x)) / x;
    // Newton on P(x) = p, or on Q(x) = 1 − p (Q′ = −density) in the upper tail.
    const change = upper ? (q - (1 - p)) / density : (p - lower) / density;
    x += change;
    if (Math.abs(change) <= 1e-15 * x) break;
  }
  return x;
}

/** The p-quantile of Gamma(shape, scale), 0 < p < 1, shape > 0, scale > 0. */
export function gammaQuantile(p: number, shape: number, scale: number): number {
  if (!(p > 0 && p < 1) || !(shape > 0) || !(scale > 0)) return Number.NaN;
  if (shape <= JSTAT_MAX_SHAPE) return jStat.gamma.inv(p, shape, scale);
  return largeShapeQuantile(p, shape) * scale;
}
