// The weighted interval score of Bracher, Ray, Gneiting & Reich (2021), "Evaluating epidemic forecasts in an
// interval format", PLOS Comput Biol 17(2):e1008618, eq. (2)–(3): for K central intervals (α_k) and the median m,
//   WIS = 1/(K + ½) · ( ½·|y − m| + Σ_k (α_k/2) · IS_αk ),
//   IS_α = (u − l) + (2/α)(l − y)·1(y < l) + (2/α)(y − u)·1(y > u).
// Quantile levels come in pairs (α/2, 1 − α/2) around the median 0.5, as the Forecast Hub's 23 levels do.

export interface WisParts {
  wis: number;
  /** Σ (α/2)(u − l) / (K + ½): the spread of the forecast. */
  dispersion: number;
  /** The penalty for observations below the intervals (the forecast was too high). */
  overprediction: number;
  /** The penalty for observations above the intervals (the forecast was too low). */
  underprediction: number;
}

/** WIS of quantiles `values` at `levels` (ascending, symmetric around 0.5, median included) for observation y. */
export function weightedIntervalScore(levels: readonly number[], values: readonly number[], y: number): WisParts {
  const n = levels.length;
  if (n !== values.length || n % 2 !== 1 || Math.abs(levels[(n - 1) / 2] - 0.5) > 1e-12) throw new RangeError('levels must be an odd, symmetric set around the median 0.5, one value each');
  const k = (n - 1) / 2;
  const median = values[k];
  let dispersion = 0;
  let over = median > y ? 0.5 * (median - y) : 0;
  let under = median < y ? 0.5 * (y - median) : 0;
  for (let i = 0; i < k; i++) {
    const alpha = 2 * levels[i];
    if (Math.abs(levels[n - 1 - i] - (1 - levels[i])) > 1e-12) throw new RangeError(`levels ${levels[i]} and ${levels[n - 1 - i]} do not bound a central interval`);
    const lower = values[i];
    const upper = values[n - 1 - i];
    dispersion += (alpha / 2) * (upper - lower);
    if (y < lower) over += lower - y;
    if (y > upper) under += y - upper;
  }
  const scale = 1 / (k + 0.5);
  return { wis: scale * (dispersion + over + under), dispersion: scale * dispersion, overprediction: scale * over, underprediction: scale * under };
}

/** Whether y lies in the central interval of `coverage` (e.g. 0.5, 0.95), bounds included. */
export function covers(levels: readonly number[], values: readonly number[], y: number, coverage: number): boolean {
  const lowerLevel = (1 - coverage) / 2;
  const i = levels.findIndex((p) => Math.abs(p - lowerLevel) < 1e-12);
  const j = levels.findIndex((p) => Math.abs(p - (1 - lowerLevel)) < 1e-12);
  if (i < 0 || j < 0) throw new RangeError(`no ${coverage * 100}% central interval among the levels`);
  return y >= values[i] && y <= values[j];
}
