// The objective of one recipient × item pair (issue 4): the demand d is split into four equal quarters
// with weights s = (1, 1/2, 1/4, 1/8), and x units of coverage are worth
//   f(x) = coef · Σ_k s_k · clamp(x − k·d/4, 0, d/4) / d,      coef = w_c · v_i.
// The MILP maximises Σ_k s_k·u_k over u_k ∈ [0, d/4], Σ_k u_k = x; since s is decreasing, that maximum
// fills the quarters in order and equals f(x). f is concave and piecewise linear, so the value of the
// j-th pack, f(j·p) − f((j−1)·p), never increases with j.

export const QUARTER_WEIGHTS = [1, 1 / 2, 1 / 4, 1 / 8] as const;

/** floor(x) that forgives a rounding error of a few ulps (0.3 / 0.1 = 2.9999999999999996 → 3). */
export function floorTol(x: number): number {
  return Math.floor(x + 1e-9 * Math.max(1, Math.abs(x)));
}

/** f(x): the objective value of x units of coverage of demand d, for coef = w·v. */
export function coverageValue(x: number, demand: number, coef: number): number {
  if (demand <= 0 || coef === 0 || x <= 0) return 0;
  const q = demand / 4;
  let sum = 0;
  for (let k = 0; k < 4; k++) {
    const part = Math.min(Math.max(x - k * q, 0), q);
    if (part <= 0) break;
    sum += QUARTER_WEIGHTS[k] * part;
  }
  return (coef * sum) / demand;
}

/** The largest number of whole packs that does not exceed the demand: x = p·n ≤ d. */
export function maxPacks(demand: number, packSize: number): number {
  return demand > 0 ? floorTol(demand / packSize) : 0;
}

/** Value of the `j`-th pack (1-based) of a pair; null beyond the last whole pack. */
export function packValue(j: number, demand: number, packSize: number, coef: number): number | null {
  if (j < 1 || j > maxPacks(demand, packSize)) return null;
  return coverageValue(j * packSize, demand, coef) - coverageValue((j - 1) * packSize, demand, coef);
}

/** A run of consecutive packs of one pair that all have the same value. */
export interface PackBlock {
  value: number;
  count: number;
}

/**
 * The packs of one pair grouped into blocks of equal value, in order (values non-increasing): at most
 * one block per quarter for the packs that lie wholly inside it, plus one single-pack block for each
 * pack that straddles a quarter boundary (its exact value mixes two or more quarters). So a pair has at
 * most seven blocks however many packs it has, and the greedy handles whole blocks at once.
 */
export function packBlocks(demand: number, packSize: number, coef: number): PackBlock[] {
  const last = maxPacks(demand, packSize);
  const blocks: PackBlock[] = [];
  if (last === 0 || coef <= 0) return blocks;
  const quarter = demand / 4;
  let j = 1;
  while (j <= last) {
    const k = Math.min(3, floorTol(((j - 1) * packSize) / quarter));
    // Last pack that ends inside quarter k: j·p ≤ (k+1)·d/4.
    const end = Math.min(last, floorTol(((k + 1) * quarter) / packSize));
    if (end >= j) {
      blocks.push({ value: (packSize * coef * QUARTER_WEIGHTS[k]) / demand, count: end - j + 1 });
      j = end + 1;
    } else {
      blocks.push({ value: coverageValue(j * packSize, demand, coef) - coverageValue((j - 1) * packSize, demand, coef), count: 1 });
      j += 1;
    }
  }
  return blocks;
}
