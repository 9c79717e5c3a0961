// What counts against a partner's need (docs/decisions/033, issue 15): per partner × item, what arrived in
// good order, what is on its way (dispatched up to the hand-over), and what is approved but not yet
// dispatched. Damaged goods do not count; neither does the short remainder once the receipt is confirmed
// or the consignment cancelled: carried over, it is a line of the partner's next consignment and counts
// there; returned, it is back in the donor's supply. A batch approved before consignments existed has
// only its allocations: they count as approved.

import type { ConsignmentStatus } from '../../shared/schemas/aid-shipments';

export interface ConsignmentFlow {
  partnerId: string;
  status: ConsignmentStatus;
  lines: ReadonlyArray<{ item: string; quantity: number }>;
  receipts: ReadonlyArray<{ item: string; good: number; damaged: number }>;
}

export interface Delivered {
  /** Received in good order. */
  received: number;
  /** Dispatched, in transit, arrived or handed over, and not yet received. */
  inTransit: number;
  /** Approved (prepared, or a batch with no consignment) and not yet dispatched. */
  approved: number;
}

const key = (partnerId: string, item: string) => `${partnerId}:${item}`;
const OPEN_AFTER_DISPATCH: ReadonlySet<ConsignmentStatus> = new Set(['dispatched', 'in-transit', 'arrived', 'handed-over']);

/** Per `${partnerId}:${item}`, what arrived and what is still coming; `allocations` are those of batches with no consignment. */
export function deliveredQuantities(consignments: readonly ConsignmentFlow[], allocations: ReadonlyArray<{ partnerId: string; item: string; quantity: number }> = []): Map<string, Delivered> {
  const out = new Map<string, Delivered>();
  const at = (partnerId: string, item: string) => {
    let d = out.get(key(partnerId, item));
    if (!d) out.set(key(partnerId, item), (d = { received: 0, inTransit: 0, approved: 0 }));
    return d;
  };
  for (const c of consignments) {
    const shipped = new Map<string, number>();
    for (const l of c.lines) shipped.set(l.item, (shipped.get(l.item) ?? 0) + l.quantity);
    for (const [item, quantity] of shipped) {
      const mine = c.receipts.filter((r) => r.item === item);
      const good = mine.reduce((s, r) => s + r.good, 0);
      const damaged = mine.reduce((s, r) => s + r.damaged, 0);
      const outstanding = Math.max(0, quantity - good - damaged);
      const d = at(c.partnerId, item);
      d.received += good;
      if (c.status === 'prepared') d.approved += outstanding;
      else if (OPEN_AFTER_DISPATCH.has(c.status)) d.inTransit += outstanding;
    }
  }
  for (const a of allocations) at(a.partnerId, a.item).approved += a.quantity;
  return out;
}

/** The quantity netted from a need: received, in transit and approved together. */
export const nettedFromNeed = (d: Delivered | undefined): number => (d ? d.received + d.inTransit + d.approved : 0);
