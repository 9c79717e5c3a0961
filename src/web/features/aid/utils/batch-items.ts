import type { AidItem, Batch } from '../../../../shared/schemas/aid';

/** The items a batch brings with the total quantity of each, in catalogue order (ids not in the catalogue last). */
export function batchItemTotals(batch: Batch, items: readonly AidItem[]): { item: string; quantity: number }[] {
  const totals = new Map<string, number>();
  for (const a of batch.allocations) totals.set(a.item, (totals.get(a.item) ?? 0) + a.quantity);
  const rank = (id: string) => {
    const k = items.findIndex((i) => i.id === id);
    return k < 0 ? items.length : k;
  };
  return [...totals].map(([item, quantity]) => ({ item, quantity })).sort((a, b) => rank(a.item) - rank(b.item));
}
