// The overall infectivity of Cori et al. (2013): Λ_t = Σ_{k≥1} w_k · I_{t−k}, the expected number of new
// cases on day t per unit of R_t, given the incidence before t and the serial interval weights w (w_0 = 0).
// EpiEstim calls it overall_infectivity. An unknown day (null) counts as no cases; days before the series
// starts count as no cases. O(n · K) for K serial-interval days.

/** Λ_t for every day of an incidence series. */
export function overallInfectivity(incidence: readonly (number | null)[], weights: ArrayLike<number>): Float64Array {
  const n = incidence.length;
  const maxK = weights.length - 1;
  const lambda = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    let sum = 0;
    const last = Math.min(maxK, t);
    for (let k = 1; k <= last; k++) sum += weights[k] * (incidence[t - k] ?? 0);
    lambda[t] = sum;
  }
  return lambda;
}
