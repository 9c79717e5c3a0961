// Trailing (right-aligned) windows over daily values, in O(n) with a running sum.
//
// The value at day t covers days t − window + 1 .. t. It is null until `window` values exist, and null
// while any day in the window is null (unknown), so a mean never silently averages fewer days.
// For integer counts below 2^53 the running sum is exact; for other inputs it may drift by rounding.

/** Sum of the `window` days ending at each day; null where the window is incomplete. */
export function trailingSum(values: readonly (number | null)[], window = 7): (number | null)[] {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`window must be a positive integer, got ${window}`);
  const out: (number | null)[] = new Array(values.length);
  let sum = 0;
  let nulls = 0;
  for (let t = 0; t < values.length; t++) {
    const entering = values[t];
    if (entering === null) nulls++;
    else sum += entering;
    if (t >= window) {
      const leaving = values[t - window];
      if (leaving === null) nulls--;
      else sum -= leaving;
    }
    out[t] = t >= window - 1 && nulls === 0 ? sum : null;
  }
  return out;
}

/** Mean of the `window` days ending at each day (the 7-day trailing mean by default). */
export function trailingMean(values: readonly (number | null)[], window = 7): (number | null)[] {
  return trailingSum(values, window).map((sum) => (sum === null ? null : sum / window));
}
