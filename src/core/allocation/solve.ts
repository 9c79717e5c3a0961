import type { Instance, Plan, PlanMethod } from '../../shared/schemas/plan';
import { solveFreightKnapsack } from './branch-and-bound';
import { coverageValue } from './coverage-value';
import { explainPlan } from './explain';
import { distribute, prepare, type Prepared } from './prepare';

/** The relative gap every plan must be within to be called optimal (issue 4). */
export const OPTIMALITY_GAP = 1e-4;

const ABSOLUTE_GAP = 1e-12;

export interface SolveOptions {
  /** Relative gap at which branch-and-bound stops; default 1e-7, well inside OPTIMALITY_GAP. */
  gapTolerance?: number;
  /** Branch-and-bound nodes before giving up (the plan is then 'feasible' with its proven gap). */
  nodeLimit?: number;
}

/**
 * Solves the allocation MILP of issue 4 (docs/decisions/030-allocation-model.md) without a generic
 * solver, and proves the result.
 *
 * Without a freight limit the problem separates by item: maximise Σ_c f_ci(p_i·n_ci) subject to
 * Σ_c n_ci ≤ K_i = ⌊(A_i − R_i)/p_i⌋ and 0 ≤ n_ci ≤ ⌊d_ci/p_i⌋. Each f_ci is concave, so the values of
 * the successive packs of a pair never increase, and any feasible plan's value for item i is a sum of
 * at most K_i pack values taken as a prefix of each pair's sequence. That sum is at most the sum of the
 * K_i largest pack values over all pairs, and the greedy takes exactly those (whole blocks of equal
 * value at a time; sorting by value keeps each pair's blocks in order because they are non-increasing).
 * So the greedy is optimal for the integer problem, and its objective is its own bound: gap 0.
 *
 * With a freight limit the items couple through one row; see lagrangian.ts and branch-and-bound.ts.
 */
export function solveAllocation(instance: Instance, options: SolveOptions = {}): Plan {
  const prep = prepare(instance);
  const hi = new Float64Array(prep.items.map((item, i) => Math.min(item.capacity, prep.curves[i].totalPacks)));
  const weight = new Float64Array(prep.items.map((item) => item.weight));

  let itemPacks: Float64Array = hi;
  let bound: number | null = null;
  let lambda = 0;
  let method: PlanMethod = 'greedy';
  let nodes = 0;
  const F = prep.freightCapacity;
  if (F !== null) {
    let needed = 0;
    for (let i = 0; i < hi.length; i++) needed += weight[i] * hi[i];
    if (needed > F) {
      const result = solveFreightKnapsack(
        { curves: prep.curves, weight, capacityKg: F },
        hi,
        { gapTolerance: options.gapTolerance ?? 1e-7, nodeLimit: options.nodeLimit ?? 20_000 },
      );
      itemPacks = result.packs;
      bound = result.bound;
      lambda = result.lambda;
      nodes = result.nodes;
      method = nodes > 0 ? 'branch-and-bound' : 'lagrangian';
    }
  }

  const packs = new Float64Array(prep.pairs.length);
  prep.curves.forEach((curve, i) => distribute(curve, itemPacks[i], packs));
  return buildPlan(prep, packs, { bound, lambda, method, nodes });
}

/**
 * Assembles a plan from packs per pair: allocations, objective (recomputed from f, not from the solver),
 * bound, gap, status and explanations. `bound: null` means the packs are proven optimal (gap 0).
 * Also used for HiGHS's solution, so both paths report alike.
 */
export function buildPlan(
  prep: Prepared,
  packs: Float64Array,
  meta: { bound: number | null; lambda: number; method: PlanMethod; nodes: number },
): Plan {
  let objective = 0;
  const allocations: Plan['allocations'] = [];
  prep.pairs.forEach((pair, k) => {
    const item = prep.items[pair.item];
    const n = packs[k];
    objective += coverageValue(n * item.packSize, pair.demand, pair.coef);
    if (n > 0) allocations.push({ recipient: prep.recipients[pair.recipient].id, item: item.id, quantity: n * item.packSize, packs: n });
  });
  // Block values and f agree to rounding; never report a bound below the plan itself.
  const bound = meta.bound === null ? objective : Math.max(meta.bound, objective);
  // Relative gap, with an absolute floor so that rounding on a near-empty plan is not called a gap.
  const gap = bound - objective <= ABSOLUTE_GAP || bound <= 0 ? 0 : (bound - objective) / bound;
  const explained = explainPlan(prep, { packs, lambda: meta.lambda });
  return {
    status: gap <= OPTIMALITY_GAP ? 'optimal' : 'feasible',
    objective,
    bound,
    gap,
    method: meta.method,
    allocations,
    ...explained,
    nodes: meta.nodes,
  };
}
