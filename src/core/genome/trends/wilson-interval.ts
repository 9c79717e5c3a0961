// The Wilson score interval of a binomial proportion (Wilson 1927; Newcombe 1998, method 3): unlike the
// normal ("Wald") interval it stays inside [0, 1] and is not zero-width at 0 or n successes, which
// matters for the small weekly counts of a country's genomes.

/** z for a two-sided 95% interval: the 0.975 quantile of the standard normal distribution. */
export const Z_95 = 1.959963984540054;

export interface Interval {
  lower: number;
  upper: number;
}

/** The Wilson score interval of `count` successes in `total` trials; [0, 1] when there are no trials. */
export function wilsonInterval(count: number, total: number, z: number = Z_95): Interval {
  if (total <= 0) return { lower: 0, upper: 1 };
  const p = count / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const spread = z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  const denominator = 1 + z2 / total;
  // 0/n and n/n bound exactly at 0 and 1, where rounding would leave them a hair inside or outside.
  return {
    lower: count <= 0 ? 0 : Math.max(0, (centre - spread) / denominator),
    upper: count >= total ? 1 : Math.min(1, (centre + spread) / denominator),
  };
}
