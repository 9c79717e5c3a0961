import type { Instance } from '../../shared/schemas/plan';
import { coverageValue } from './coverage-value';
import { prepare } from './prepare';

/**
 * The spreadsheet way, as a baseline for the benchmark: recipients in order of priority (highest
 * first), each given its whole demand of every item (in whole packs) while supply above the reserve
 * and freight last. Feasible, but all for the first rather than the best for many.
 */
export function greedyByPriority(instance: Instance): { objective: number; packs: Float64Array } {
  const prep = prepare(instance);
  const left = prep.items.map((item) => item.capacity);
  let freight = prep.freightCapacity ?? Number.POSITIVE_INFINITY;
  const order = prep.pairs.map((_, k) => k);
  order.sort((a, b) => prep.recipients[prep.pairs[b].recipient].priority - prep.recipients[prep.pairs[a].recipient].priority || a - b);
  const packs = new Float64Array(prep.pairs.length);
  let objective = 0;
  for (const k of order) {
    const pair = prep.pairs[k];
    const item = prep.items[pair.item];
    let n = Math.min(pair.maxPacks, left[pair.item]);
    if (item.weight > 0) n = Math.min(n, Math.floor(freight / item.weight + 1e-9));
    if (n <= 0) continue;
    packs[k] = n;
    left[pair.item] -= n;
    freight -= n * item.weight;
    objective += coverageValue(n * item.packSize, pair.demand, pair.coef);
  }
  return { objective, packs };
}
