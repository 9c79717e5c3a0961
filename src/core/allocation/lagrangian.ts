import { blockOfPack, curveValue, packsAbove, type ItemCurve } from './prepare';

// The freight row Σ g_i·n_ci ≤ F is the only constraint that couples items. Once each item's packs are
// sorted by value (its curve), the best value of m_i packs of item i is V_i(m_i), the sum of its m_i best
// pack values, and the whole MILP becomes
//     max Σ_i V_i(m_i)   s.t.  lo_i ≤ m_i ≤ hi_i integer,  Σ_i g_i·m_i ≤ F
// with V_i concave. Pricing freight at λ ≥ 0 per kg separates it again:
//     L(λ) = λ·F + Σ_i max_{lo_i ≤ m ≤ hi_i} (V_i(m) − λ·g_i·m)
// and the inner maximum takes exactly the packs whose value exceeds λ·g_i, which is integral. Every
// L(λ) is an upper bound on the integer optimum (weak duality); L is convex and piecewise linear in λ,
// and we find its minimiser by bisection on λ: the freight used, W(λ), falls as λ rises, and λ* is
// where W crosses F.

export interface KnapsackProblem {
  curves: ItemCurve[];
  /** g_i per pack (0: the item does not count against freight). */
  weight: Float64Array;
  capacityKg: number;
}

export interface DualSolution {
  /** λ just above λ*, where the Lagrangian plan fits the freight. */
  lambda: number;
  /** min over the λ evaluated of L(λ): a proven upper bound for this node. */
  bound: number;
  /** The LP optimum rounded down: feasible, integral. */
  packs: Float64Array;
  /** The item the LP takes fractionally (branch on it), or -1 when the LP optimum is integral. */
  fractionalItem: number;
  /** LP value of m for the fractional item (non-integer). */
  fractionalPacks: number;
}

const FEAS_TOL = 1e-9;

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Packs of each item worth more than λ·g_i, kept within [lo, hi]. */
function packsAt(problem: KnapsackProblem, lo: Float64Array, hi: Float64Array, lambda: number): Float64Array {
  const m = new Float64Array(lo.length);
  for (let i = 0; i < lo.length; i++) m[i] = clamp(packsAbove(problem.curves[i], lambda * problem.weight[i]), lo[i], hi[i]);
  return m;
}

export function freightUsed(weight: Float64Array, packs: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < packs.length; i++) sum += weight[i] * packs[i];
  return sum;
}

export function totalValue(curves: ItemCurve[], packs: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < packs.length; i++) sum += curveValue(curves[i], packs[i]);
  return sum;
}

/** L(λ) for the chosen packs m = m(λ). */
function lagrangian(problem: KnapsackProblem, m: Float64Array, lambda: number): number {
  return lambda * problem.capacityKg + totalValue(problem.curves, m) - lambda * freightUsed(problem.weight, m);
}

/**
 * Solves the Lagrangian dual of the node lo ≤ m ≤ hi, and from it the LP optimum (at most one item
 * fractional, as in the fractional knapsack). Returns null when the node is infeasible (Σ g·lo > F).
 */
export function solveDual(problem: KnapsackProblem, lo: Float64Array, hi: Float64Array): DualSolution | null {
  const F = problem.capacityKg;
  const tol = FEAS_TOL * Math.max(1, F);
  if (freightUsed(problem.weight, lo) > F + tol) return null;

  const atZero = packsAt(problem, lo, hi, 0);
  if (freightUsed(problem.weight, atZero) <= F + tol) {
    return { lambda: 0, bound: totalValue(problem.curves, atZero), packs: atZero, fractionalItem: -1, fractionalPacks: 0 };
  }

  // λ_hi: no pack is worth its freight, so m = lo, which fits. λ_lo = 0 does not fit.
  let lambdaHi = 0;
  for (let i = 0; i < lo.length; i++) {
    const g = problem.weight[i];
    const c = problem.curves[i];
    if (g > 0 && c.value.length > 0) lambdaHi = Math.max(lambdaHi, c.value[0] / g);
  }
  lambdaHi = lambdaHi * (1 + 1e-12) + Number.MIN_VALUE;
  let lambdaLo = 0;
  for (let iter = 0; iter < 200; iter++) {
    const mid = 0.5 * (lambdaLo + lambdaHi);
    if (mid <= lambdaLo || mid >= lambdaHi) break;
    if (freightUsed(problem.weight, packsAt(problem, lo, hi, mid)) <= F + tol) lambdaHi = mid;
    else lambdaLo = mid;
  }
  const mHi = packsAt(problem, lo, hi, lambdaHi);
  const mLo = packsAt(problem, lo, hi, lambdaLo);
  const bound = Math.min(lagrangian(problem, mHi, lambdaHi), lagrangian(problem, mLo, lambdaLo));

  // The LP optimum: m(λ_hi) plus, with the freight left, the packs priced exactly at λ* (those in
  // m(λ_lo) but not in m(λ_hi)), best ratio first; the one that does not fit whole is fractional.
  const packs = mHi.slice();
  let left = F - freightUsed(problem.weight, mHi);
  const tied: number[] = [];
  for (let i = 0; i < lo.length; i++) if (mLo[i] > mHi[i]) tied.push(i);
  const ratio = (i: number) => problem.curves[i].value[blockOfPack(problem.curves[i], mHi[i] + 1)] / problem.weight[i];
  tied.sort((a, b) => ratio(b) - ratio(a) || a - b);
  let fractionalItem = -1;
  let fractionalPacks = 0;
  for (const i of tied) {
    const g = problem.weight[i];
    const room = mLo[i] - mHi[i];
    const fit = left / g;
    if (fit >= room - 1e-12) {
      packs[i] += room;
      left -= room * g;
      continue;
    }
    const whole = Math.floor(fit + 1e-12);
    packs[i] += whole;
    if (fit - whole > 1e-9) {
      fractionalItem = i;
      fractionalPacks = packs[i] + (fit - whole);
    }
    break;
  }
  return { lambda: lambdaHi, bound, packs, fractionalItem, fractionalPacks };
}

/**
 * Fills the freight left after `packs` greedily: the next pack with the best value per kg among the
 * items that still fit, a whole block at a time. Keeps feasibility; returns the improved packs.
 */
export function fillFreight(problem: KnapsackProblem, packs: Float64Array, hi: Float64Array): Float64Array {
  const m = packs.slice();
  let left = problem.capacityKg - freightUsed(problem.weight, m);
  for (let guard = 0; guard < 100_000; guard++) {
    let best = -1;
    let bestRatio = 0;
    for (let i = 0; i < m.length; i++) {
      const g = problem.weight[i];
      if (g <= 0 || m[i] >= hi[i] || g > left * (1 + 1e-12)) continue;
      const value = problem.curves[i].value[blockOfPack(problem.curves[i], m[i] + 1)];
      if (value / g > bestRatio) {
        bestRatio = value / g;
        best = i;
      }
    }
    if (best < 0) break;
    const curve = problem.curves[best];
    const b = blockOfPack(curve, m[best] + 1);
    const inBlock = curve.cumPacks[b] - m[best];
    const take = Math.min(inBlock, hi[best] - m[best], Math.floor((left * (1 + 1e-12)) / problem.weight[best]));
    if (take <= 0) break;
    m[best] += take;
    left -= take * problem.weight[best];
  }
  return m;
}
