import type { Instance } from '../../shared/schemas/plan';

/** mulberry32: a small, fast, seeded PRNG; returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomInstanceOptions {
  recipients: number;
  items: number;
  seed: number;
  /** Probability that a recipient asks for a given item (default 0.3). */
  density?: number;
  /** Freight capacity as a share of the weight of everything giveable; omit for no freight limit. */
  freightShare?: number;
  /** Supply as a share of total demand, before the reserve (default 0.4 to 0.9 per item). */
  supplyShare?: [number, number];
}

// Pack sizes and weights in the spirit of the catalogue: masks by the box of 50, gloves by 100,
// tests by 25, devices one by one.
const PACKS: Array<{ size: number; kg: [number, number] }> = [
  { size: 50, kg: [0.3, 0.6] },
  { size: 100, kg: [0.6, 1.2] },
  { size: 20, kg: [0.5, 1.5] },
  { size: 25, kg: [0.4, 1] },
  { size: 10, kg: [1, 3] },
  { size: 1, kg: [5, 40] },
  { size: 2000, kg: [8, 15] },
];

/**
 * A realistic random instance: priorities skewed towards the middle, demands log-uniform between a few
 * packs and a few hundred (not always whole packs), supply below total demand, a reserve of 5–30 %.
 * Deterministic for a given seed.
 */
export function randomInstance(options: RandomInstanceOptions): Instance {
  const rand = seededRandom(options.seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rand();
  const density = options.density ?? 0.3;
  const [supplyLo, supplyHi] = options.supplyShare ?? [0.4, 0.9];

  const items = Array.from({ length: options.items }, (_, i) => {
    const pack = PACKS[Math.floor(rand() * PACKS.length)];
    return {
      id: `item-${i + 1}`,
      packSize: pack.size,
      packWeightKg: Math.round(between(pack.kg[0], pack.kg[1]) * 100) / 100,
      value: rand() < 0.7 ? 1 : Math.round(between(0.5, 2) * 10) / 10,
      available: 0,
      reserve: 0,
    };
  });
  const recipients = Array.from({ length: options.recipients }, (_, c) => ({
    id: `R${String(c + 1).padStart(5, '0')}`,
    priority: Math.round(((rand() + rand() + rand()) / 3) * 1000) / 1000,
  }));
  const demands: Instance['demands'] = [];
  const totals = new Array<number>(items.length).fill(0);
  for (const recipient of recipients) {
    items.forEach((item, i) => {
      if (rand() >= density) return;
      const packs = Math.exp(between(Math.log(2), Math.log(400)));
      const quantity = rand() < 0.7 ? Math.max(1, Math.round(packs)) * item.packSize : Math.max(1, Math.round(packs * item.packSize));
      demands.push({ recipient: recipient.id, item: item.id, quantity });
      totals[i] += quantity;
    });
  }
  let giveableKg = 0;
  items.forEach((item, i) => {
    const giveable = Math.round(totals[i] * between(supplyLo, supplyHi));
    const reserve = Math.round(giveable * between(0.05, 0.3));
    item.available = giveable + reserve;
    item.reserve = reserve;
    giveableKg += Math.floor(giveable / item.packSize) * item.packWeightKg;
  });
  const instance: Instance = { items, recipients, demands };
  if (options.freightShare !== undefined) instance.freightCapacityKg = Math.round(giveableKg * options.freightShare);
  return instance;
}
