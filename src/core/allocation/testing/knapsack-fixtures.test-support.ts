import type { Instance } from '../../../shared/schemas/plan';
import { curveValue, prepare } from '../prepare';

/** Small freight-limited instances and a brute-force optimum over item pack counts, for the tests. */
export function smallFreightInstance(seed: number): Instance {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const nItems = 1 + Math.floor(next() * 3);
  const nRecipients = 1 + Math.floor(next() * 3);
  const items = Array.from({ length: nItems }, (_, i) => ({
    id: `i${i}`,
    packSize: 1 + Math.floor(next() * 4),
    available: 0,
    reserve: 0,
    packWeightKg: 1 + Math.floor(next() * 7),
    value: 0.5 + next(),
  }));
  const recipients = Array.from({ length: nRecipients }, (_, c) => ({ id: `r${c}`, priority: Math.round(next() * 100) / 100 }));
  const demands: Instance['demands'] = [];
  for (const r of recipients) for (const it of items) demands.push({ recipient: r.id, item: it.id, quantity: 1 + Math.floor(next() * 12) });
  for (const it of items) {
    const total = demands.filter((d) => d.item === it.id).reduce((a, d) => a + d.quantity, 0);
    it.available = Math.floor(total * (0.3 + next() * 0.8));
  }
  return { items, recipients, demands, freightCapacityKg: 1 + Math.floor(next() * 25) };
}

export function bruteForceOptimum(instance: Instance): number {
  const prep = prepare(instance);
  const hi = prep.items.map((item, i) => Math.min(item.capacity, prep.curves[i].totalPacks));
  const F = prep.freightCapacity ?? Infinity;
  let best = 0;
  const m = hi.map(() => 0);
  const walk = (i: number, kg: number) => {
    if (kg > F + 1e-9) return;
    if (i === hi.length) {
      best = Math.max(best, m.reduce((sum, packs, k) => sum + curveValue(prep.curves[k], packs), 0));
      return;
    }
    for (let n = 0; n <= hi[i]; n++) {
      m[i] = n;
      walk(i + 1, kg + n * prep.items[i].weight);
    }
    m[i] = 0;
  };
  walk(0, 0);
  return best;
}
