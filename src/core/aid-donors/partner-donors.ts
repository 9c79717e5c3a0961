import type { DonorOrigin, PartnerDonors } from '../../shared/schemas/aid-donors';

// Who gives a partner what (docs/decisions/046): the agency's batches beside other donors' deliveries and
// pledges, per item; and each request line with the donors covering it. Two donors on one line is flagged
// for the coordinators to talk to each other before goods are sent twice. Another donor counts for a line
// when it gives the item on or after the day the request was made: what arrived before, the partner knew of
// when it asked.

export interface PartnerDonorsInput {
  partnerId: string;
  agencyName: string;
  requests: { id: number; status: string; createdAt: string; lines: { item: string; quantity: number }[] }[];
  /** The agency's allocations to the partner, by request line where the batch split them so. */
  allocations: { requestId: number | null; item: string; quantity: number }[];
  others: { donor: string; kind: 'delivery' | 'pledge'; origin: DonorOrigin; item: string; quantity: number; date: string }[];
}

type Giver = PartnerDonors['items'][number]['givers'][number];

export function partnerDonors(input: PartnerDonorsInput): PartnerDonors {
  const givers = new Map<string, Map<string, Giver>>();
  const add = (item: string, g: Giver) => {
    const byKey = givers.get(item) ?? new Map<string, Giver>();
    const id = `${g.donor}\u0000${g.kind}\u0000${g.origin}`;
    const known = byKey.get(id);
    if (known) known.quantity += g.quantity;
    else byKey.set(id, { ...g });
    givers.set(item, byKey);
  };
  for (const a of input.allocations) add(a.item, { donor: input.agencyName, ours: true, kind: 'allocated', origin: 'batch', quantity: a.quantity });
  for (const o of input.others) add(o.item, { donor: o.donor, ours: false, kind: o.kind, origin: o.origin, quantity: o.quantity });

  const requestLines = input.requests
    .filter((r) => r.status !== 'draft')
    .flatMap((r) =>
      r.lines.map((line) => {
        const day = r.createdAt.slice(0, 10);
        const ours = input.allocations.filter((a) => a.requestId === r.id && a.item === line.item).reduce((sum, a) => sum + a.quantity, 0);
        const theirs = new Map<string, number>();
        for (const o of input.others) if (o.item === line.item && o.date >= day) theirs.set(o.donor, (theirs.get(o.donor) ?? 0) + o.quantity);
        const donors = [...(ours > 0 ? [input.agencyName] : []), ...[...theirs.keys()].filter((d) => d !== input.agencyName).sort()];
        const covered = ours + [...theirs.values()].reduce((sum, q) => sum + q, 0);
        return { requestId: r.id, status: r.status, item: line.item, requested: line.quantity, donors, covered, overlap: donors.length >= 2, overCovered: covered > line.quantity };
      }),
    );

  return {
    partnerId: input.partnerId,
    items: [...givers]
      .map(([item, byKey]) => ({ item, givers: [...byKey.values()].sort((a, b) => Number(b.ours) - Number(a.ours) || b.quantity - a.quantity || a.donor.localeCompare(b.donor)) }))
      .sort((a, b) => a.item.localeCompare(b.item)),
    requestLines,
  };
}
