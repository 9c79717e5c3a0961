import type { DonorOrigin, DonorSource } from '../../shared/schemas/aid-donors';

// What other donors give a partner, netted from its demand and counted against its need in the planner
// (docs/decisions/033, 046), each donor's part kept so that the planner can show where a netted quantity
// comes from. Pledges a coordinator recorded count when expected by the end of the horizon, as before;
// imported deliveries and pledges count when dated within the horizon either side of the batch date
// (older deliveries are taken as used up, as the agency's own are; an old pledge never delivered is
// taken as lapsed).

export interface DatedContribution {
  partnerId: string;
  item: string;
  donor: string;
  kind: 'delivery' | 'pledge';
  origin: DonorOrigin;
  quantity: number;
  date: string;
}

const pairKey = (partnerId: string, item: string) => `${partnerId}:${item}`;

export function countsInWindow(c: Pick<DatedContribution, 'origin' | 'date'>, window: { receivedFrom: string; pledgedBy: string }): boolean {
  if (c.date > window.pledgedBy) return false;
  return c.origin === 'recorded' || c.date >= window.receivedFrom;
}

/** Per `${partnerId}:${item}`: every donor's counted part (summed per donor, kind and origin), largest first. */
export function donorSources(contributions: Iterable<DatedContribution>, window: { receivedFrom: string; pledgedBy: string }): Map<string, DonorSource[]> {
  const parts = new Map<string, Map<string, DonorSource>>();
  for (const c of contributions) {
    if (!countsInWindow(c, window)) continue;
    const key = pairKey(c.partnerId, c.item);
    const byDonor = parts.get(key) ?? new Map<string, DonorSource>();
    const id = `${c.donor}\u0000${c.kind}\u0000${c.origin}`;
    const known = byDonor.get(id);
    if (known) known.quantity += c.quantity;
    else byDonor.set(id, { item: c.item, donor: c.donor, kind: c.kind, origin: c.origin, quantity: c.quantity });
    parts.set(key, byDonor);
  }
  return new Map([...parts].map(([key, m]) => [key, [...m.values()].sort((a, b) => b.quantity - a.quantity || a.donor.localeCompare(b.donor))]));
}

/** The total netted per `${partnerId}:${item}`. */
export const nettedTotals = (sources: ReadonlyMap<string, DonorSource[]>): Map<string, number> =>
  new Map([...sources].map(([key, parts]) => [key, parts.reduce((sum, p) => sum + p.quantity, 0)]));
