// One partner's chain, item by item (issue 15): what its situation says it needs, what it asked for, what
// batches gave it, what left and what arrived, side by side. Pure: the stages come in as their routes give them.

import type { ConsignmentStatus } from '../../shared/schemas/aid-shipments';

export interface ChainStages {
  needs: ReadonlyArray<{ item: string; need: number }>;
  requests: ReadonlyArray<{ status: string; lines: ReadonlyArray<{ item: string; quantity: number }> }>;
  allocations: ReadonlyArray<{ item: string; quantity: number }>;
  consignments: ReadonlyArray<{
    status: ConsignmentStatus;
    lines: ReadonlyArray<{ item: string; quantity: number }>;
    balance: ReadonlyArray<{ item: string; good: number; damaged: number; short: number }>;
  }>;
}

export interface ChainRow {
  item: string;
  need: number | null;
  requested: number;
  allocated: number;
  shipped: number;
  received: number;
  damaged: number;
  short: number;
}

// A consignment still being prepared has not left, and a cancelled one never will: neither is shipped.
const NOT_SHIPPED: ReadonlySet<ConsignmentStatus> = new Set(['prepared', 'cancelled']);

/** Rows in the order items first appear along the chain (need, request, allocation, consignment). */
export function partnerChainRows(stages: ChainStages): ChainRow[] {
  const rows = new Map<string, ChainRow>();
  const row = (item: string) => {
    let r = rows.get(item);
    if (!r) rows.set(item, (r = { item, need: null, requested: 0, allocated: 0, shipped: 0, received: 0, damaged: 0, short: 0 }));
    return r;
  };
  for (const n of stages.needs) row(n.item).need = (row(n.item).need ?? 0) + n.need;
  // A draft is not yet a request the agency has seen.
  for (const r of stages.requests) if (r.status !== 'draft') for (const l of r.lines) row(l.item).requested += l.quantity;
  for (const a of stages.allocations) row(a.item).allocated += a.quantity;
  for (const c of stages.consignments) {
    if (NOT_SHIPPED.has(c.status)) continue;
    for (const l of c.lines) row(l.item).shipped += l.quantity;
    for (const b of c.balance) {
      const r = row(b.item);
      r.received += b.good;
      r.damaged += b.damaged;
      r.short += b.short;
    }
  }
  return [...rows.values()];
}
