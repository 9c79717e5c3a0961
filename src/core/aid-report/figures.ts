import type { AidFigures } from '../../shared/schemas/aid-figures';

// The figures the agency publishes as of a date: the distinct countries and organisations that received
// an allocation in batches approved on or before that day, the number of those batches, and the material
// part (units, packs, tonnes and cubic metres from each item's pack data), by region, item, batch and
// month of approval. Pure: the caller loads the batches and passes the date in. The technical part (expert
// missions) is technical-figures.ts.

export interface FiguresBatch {
  id: number;
  number: number;
  batchDate: string;
  /** ISO timestamp (UTC); its day decides whether the batch counts on a date. */
  approvedAt: string;
}
export interface FiguresAllocation {
  batchId: number;
  partnerId: string;
  item: string;
  quantity: number;
  packs: number;
}
export interface FiguresItem {
  id: string;
  packWeightKg: number;
  packVolumeM3: number;
}
export interface FiguresPartner {
  id: string;
  kind: 'country' | 'organisation';
  whoRegion: string | null;
}

interface Tally {
  countries: Set<string>;
  organisations: Set<string>;
  batches: Set<number>;
  units: number;
  packs: number;
  kg: number;
  m3: number;
}
const tally = (): Tally => ({ countries: new Set(), organisations: new Set(), batches: new Set(), units: 0, packs: 0, kg: 0, m3: 0 });
const group = <K>(map: Map<K, Tally>, key: K): Tally => {
  let t = map.get(key);
  if (!t) map.set(key, (t = tally()));
  return t;
};
// Sums of floats: three decimals of a tonne (a kilogram) and of a cubic metre are what anyone reports.
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const reach = (t: Tally) => ({ countries: t.countries.size, organisations: t.organisations.size });
const material = (t: Tally) => ({ units: t.units, packs: t.packs, tonnes: round3(t.kg / 1000), cubicMetres: round3(t.m3) });

export function aidFigures(date: string, data: { batches: FiguresBatch[]; allocations: FiguresAllocation[]; items: FiguresItem[]; partners: FiguresPartner[] }): Omit<AidFigures, 'technical'> {
  const counted = new Map(data.batches.filter((b) => b.approvedAt.slice(0, 10) <= date).map((b) => [b.id, b]));
  const items = new Map(data.items.map((i) => [i.id, i]));
  const partners = new Map(data.partners.map((p) => [p.id, p]));
  const total = tally();
  const byRegion = new Map<string | null, Tally>();
  const byItem = new Map<string, Tally>();
  const byBatch = new Map<number, Tally>();
  const byMonth = new Map<string, Tally>();
  for (const a of data.allocations) {
    const batch = counted.get(a.batchId);
    if (!batch || a.packs <= 0) continue;
    const item = items.get(a.item);
    const partner = partners.get(a.partnerId);
    // A partner no longer listed still received the goods: it counts as a country unless its id says organisation.
    const kind = partner?.kind ?? (a.partnerId.startsWith('ORG-') ? 'organisation' : 'country');
    for (const t of [total, group(byRegion, partner?.whoRegion ?? null), group(byItem, a.item), group(byBatch, batch.id), group(byMonth, batch.approvedAt.slice(0, 7))]) {
      (kind === 'country' ? t.countries : t.organisations).add(a.partnerId);
      t.batches.add(batch.id);
      t.units += a.quantity;
      t.packs += a.packs;
      t.kg += a.packs * (item?.packWeightKg ?? 0);
      t.m3 += a.packs * (item?.packVolumeM3 ?? 0);
    }
  }
  const sorted = <K extends string | number | null>(map: Map<K, Tally>) => [...map.entries()].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return {
    date,
    ...reach(total),
    batches: total.batches.size,
    material: { items: byItem.size, ...material(total) },
    byRegion: sorted(byRegion).map(([region, t]) => ({ region, ...reach(t), ...material(t) })),
    byItem: sorted(byItem).map(([item, t]) => ({ item, ...reach(t), ...material(t) })),
    byBatch: sorted(byBatch).map(([id, t]) => {
      const b = counted.get(id)!;
      return { number: b.number, batchDate: b.batchDate, approvedAt: b.approvedAt, ...reach(t), ...material(t) };
    }),
    byMonth: sorted(byMonth).map(([month, t]) => ({ month, batches: t.batches.size, ...reach(t), ...material(t) })),
  };
}
