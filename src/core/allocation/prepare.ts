import type { Instance } from '../../shared/schemas/plan';
import { floorTol, maxPacks, packBlocks } from './coverage-value';

export interface PreparedItem {
  id: string;
  packSize: number;
  /** g_i, 0 when the item has no weight (it then never counts against freight). */
  weight: number;
  value: number;
  available: number;
  reserve: number;
  /** K_i = floor((A_i − R_i) / p_i): whole packs that may leave after the reserve is kept. */
  capacity: number;
}

export interface PreparedPair {
  recipient: number;
  item: number;
  demand: number;
  /** w_c · v_i */
  coef: number;
  /** N_ci = floor(d_ci / p_i) */
  maxPacks: number;
}

/**
 * All positive-value packs of one item, sorted by value (best first) as blocks of equal-value packs.
 * Within a pair, blocks keep their order (values are non-increasing along a pair); ties between pairs
 * break by pair order, so the plan is deterministic.
 */
export interface ItemCurve {
  value: Float64Array;
  count: Float64Array;
  pair: Int32Array;
  /** cumPacks[b] = packs in blocks 0..b; cumValue likewise. */
  cumPacks: Float64Array;
  cumValue: Float64Array;
  totalPacks: number;
}

export interface Prepared {
  items: PreparedItem[];
  recipients: { id: string; priority: number }[];
  pairs: PreparedPair[];
  curves: ItemCurve[];
  freightCapacity: number | null;
}

const MIN_COEF = 1e-12;

/** Turns a validated instance into index-based arrays and per-item value curves. */
export function prepare(instance: Instance): Prepared {
  const items: PreparedItem[] = instance.items.map((item) => ({
    id: item.id,
    packSize: item.packSize,
    weight: item.packWeightKg ?? 0,
    value: item.value ?? 1,
    available: item.available,
    reserve: item.reserve,
    capacity: Math.max(0, floorTol((item.available - item.reserve) / item.packSize)),
  }));
  const recipients = instance.recipients.map((r) => ({ id: r.id, priority: r.priority }));
  const itemIndex = new Map(items.map((item, index) => [item.id, index]));
  const recipientIndex = new Map(recipients.map((r, index) => [r.id, index]));

  const pairs: PreparedPair[] = [];
  for (const demand of instance.demands) {
    if (!(demand.quantity > 0)) continue;
    const i = itemIndex.get(demand.item);
    const c = recipientIndex.get(demand.recipient);
    if (i === undefined || c === undefined) continue;
    const item = items[i];
    const coef = recipients[c].priority * item.value;
    pairs.push({
      recipient: c,
      item: i,
      demand: demand.quantity,
      // Weights under 1e-12 are noise (and would underflow to denormals): they count as zero.
      coef: coef < MIN_COEF ? 0 : coef,
      maxPacks: maxPacks(demand.quantity, item.packSize),
    });
  }

  const byItem: number[][] = items.map(() => []);
  pairs.forEach((pair, index) => byItem[pair.item].push(index));
  const curves = byItem.map((pairIndexes) => buildCurve(pairIndexes, pairs, items));
  return { items, recipients, pairs, curves, freightCapacity: instance.freightCapacityKg ?? null };
}

function buildCurve(pairIndexes: number[], pairs: PreparedPair[], items: PreparedItem[]): ItemCurve {
  const values: number[] = [];
  const counts: number[] = [];
  const owners: number[] = [];
  for (const p of pairIndexes) {
    const pair = pairs[p];
    for (const block of packBlocks(pair.demand, items[pair.item].packSize, pair.coef)) {
      values.push(block.value);
      counts.push(block.count);
      owners.push(p);
    }
  }
  // Blocks were pushed in (pair, position) order, so sorting by index breaks value ties by that order.
  const order = Array.from(values.keys()).sort((a, b) => values[b] - values[a] || a - b);
  const n = order.length;
  const curve: ItemCurve = {
    value: new Float64Array(n),
    count: new Float64Array(n),
    pair: new Int32Array(n),
    cumPacks: new Float64Array(n),
    cumValue: new Float64Array(n),
    totalPacks: 0,
  };
  let packs = 0;
  let value = 0;
  order.forEach((from, to) => {
    curve.value[to] = values[from];
    curve.count[to] = counts[from];
    curve.pair[to] = owners[from];
    packs += counts[from];
    value += counts[from] * values[from];
    curve.cumPacks[to] = packs;
    curve.cumValue[to] = value;
  });
  curve.totalPacks = packs;
  return curve;
}

/** Index of the block holding the m-th pack (1-based) of a curve; m ≤ totalPacks. */
export function blockOfPack(curve: ItemCurve, m: number): number {
  let lo = 0;
  let hi = curve.cumPacks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (curve.cumPacks[mid] >= m) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** V_i(m): the best value of m packs of the item = the sum of its m best pack values. */
export function curveValue(curve: ItemCurve, m: number): number {
  if (m <= 0) return 0;
  const b = blockOfPack(curve, m);
  const before = b === 0 ? 0 : curve.cumPacks[b - 1];
  const valueBefore = b === 0 ? 0 : curve.cumValue[b - 1];
  return valueBefore + (m - before) * curve.value[b];
}

/** Value of the m-th best pack (1-based), 0 beyond the curve. */
export function curvePackValue(curve: ItemCurve, m: number): number {
  if (m < 1 || m > curve.totalPacks) return 0;
  return curve.value[blockOfPack(curve, m)];
}

/** Number of packs whose value is strictly above `threshold` (values are sorted, so a binary search). */
export function packsAbove(curve: ItemCurve, threshold: number): number {
  let lo = 0;
  let hi = curve.value.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (curve.value[mid] > threshold) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? 0 : curve.cumPacks[lo - 1];
}

/** Hands the m best packs of an item to their pairs: packs[pair] += ... (whole blocks, the last one cut). */
export function distribute(curve: ItemCurve, m: number, packs: Float64Array): void {
  let left = m;
  for (let b = 0; b < curve.value.length && left > 0; b++) {
    const take = Math.min(left, curve.count[b]);
    packs[curve.pair[b]] += take;
    left -= take;
  }
}
