// The 23 quantile levels of the COVID-19 Forecast Hub (Cramer et al. 2022, Sci Data 9:462): 0.01, 0.025,
// 0.05, 0.1, 0.15, …, 0.9, 0.95, 0.975, 0.99, i.e. the median and the bounds of 11 central intervals.

export const HUB_QUANTILE_LEVELS: readonly number[] = [
  0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.975, 0.99,
];

/** The p-quantile of ascending `sorted` values, interpolated as R's default (type 7) and numpy's 'linear'. */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(n - 1, low + 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

/** Quantiles of a sample at each level (type 7); the sample is sorted in place. */
export function sampleQuantiles(sample: Float64Array, levels: readonly number[] = HUB_QUANTILE_LEVELS): number[] {
  sample.sort();
  return levels.map((p) => quantileSorted(sample, p));
}
