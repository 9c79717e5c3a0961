import type { AidItem, AidRequest, PlanOptions, PlanRecipient, PlanRun, SupplyLine } from '../../../shared/schemas/aid';
import type { Partner } from '../../../shared/schemas/countries';
import type { ErrorDetail } from '../../../shared/schemas/errors';
import type { Instance } from '../../../shared/schemas/plan';
import { computePriority, type PriorityWeights } from '../../../core/allocation/priority';
import type { EpidemicSeverityInputs } from '../../../core/epi/severity';

// From what is stored (catalogue, supply and reserve, open requests, partners) to the allocation
// instance of src/core/allocation, with each recipient's priority and its breakdown. No IO, no clock.

/** Severity of an organisation when the coordinator has set none. */
export const DEFAULT_ORGANISATION_SEVERITY = 0.5;

export interface PlanData {
  items: AidItem[];
  supply: SupplyLine[];
  openRequests: AidRequest[];
  partners: Partner[];
  /** Severity inputs per country (ISO3): the situation's indicators where known, and hospital beds. */
  severity: ReadonlyMap<string, EpidemicSeverityInputs>;
}

export interface BuiltInstance {
  instance: Instance;
  recipients: PlanRecipient[];
  supply: PlanRun['supply'];
  /** Remaining demand per `${partnerId}:${itemId}`. */
  demand: Map<string, number>;
}

export type BuildResult = { ok: true; built: BuiltInstance } | { ok: false; errors: ErrorDetail[] };

export const pairKey = (partnerId: string, item: string) => `${partnerId}:${item}`;

export function buildPlanInstance(data: PlanData, options: PlanOptions & { batchDate: string }): BuildResult {
  const weeks = options.weeksToBatch ?? 0;
  const chosen = new Set(options.items ?? data.items.map((i) => i.id));
  const errors: ErrorDetail[] = [];
  (options.items ?? []).forEach((id, k) => {
    if (!data.items.some((i) => i.id === id)) errors.push({ path: `items[${k}]`, message: `no catalogue item ${id}` });
  });
  const items = data.items.filter((i) => chosen.has(i.id));
  const supplyByItem = new Map(data.supply.map((s) => [s.item, s]));

  const supply = items.map((item) => {
    const s = supplyByItem.get(item.id)!;
    const available = Math.max(0, s.stockOnHand + s.weeklyIncoming * weeks - s.committed);
    return { ...s, available, giveable: Math.max(0, available - s.reserve) };
  });

  // Remaining demand: requested less what earlier batches allocated to the same request line.
  const demand = new Map<string, number>();
  const neededBy = new Map<string, string>();
  const requestIds = new Map<string, number[]>();
  for (const request of data.openRequests) {
    for (const line of request.lines) {
      if (!chosen.has(line.item)) continue;
      const left = Math.max(0, line.quantity - line.allocated);
      if (left <= 0) continue;
      const key = pairKey(request.partnerId, line.item);
      demand.set(key, (demand.get(key) ?? 0) + left);
      const due = neededBy.get(request.partnerId);
      if (due === undefined || request.neededBy < due) neededBy.set(request.partnerId, request.neededBy);
      const ids = requestIds.get(request.partnerId) ?? [];
      if (!ids.includes(request.id)) ids.push(request.id);
      requestIds.set(request.partnerId, ids);
    }
  }

  const partners = new Map(data.partners.map((p) => [p.id, p]));
  const recipients: PlanRecipient[] = [];
  for (const partnerId of [...neededBy.keys()].sort()) {
    const partner = partners.get(partnerId);
    if (!partner) continue;
    const given = options.priorities?.[partnerId];
    const setSeverity = options.severities?.[partnerId];
    const severity =
      partner.kind === 'organisation' || setSeverity !== undefined
        ? { kind: 'organisation' as const, coordinatorSeverity: setSeverity ?? DEFAULT_ORGANISATION_SEVERITY }
        : {
            kind: 'country' as const,
            inputs: data.severity.get(partner.iso3 ?? partnerId) ?? { incidence7dPer100k: null, growth7d: null, deaths28dPerMillion: null, hospitalBedsPerThousand: null },
          };
    const result = computePriority({ severity, need: null, covered: 0, neededBy: neededBy.get(partnerId), batchDate: options.batchDate }, (options.weights ?? {}) as Partial<PriorityWeights>);
    if (!result.ok) {
      errors.push(...result.errors.map((e) => ({ path: `recipients.${partnerId}.${e.path}`, message: e.message })));
      continue;
    }
    recipients.push({
      partnerId,
      nameEn: partner.nameEn,
      nameZh: partner.nameZh,
      kind: partner.kind,
      iso3: partner.iso3,
      priority: given ?? result.priority,
      prioritySource: given === undefined ? 'computed' : 'coordinator',
      factors: result.factors,
      requestIds: requestIds.get(partnerId) ?? [],
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  recipients.sort((a, b) => b.priority - a.priority || a.partnerId.localeCompare(b.partnerId));

  const known = new Set(recipients.map((r) => r.partnerId));
  const instance: Instance = {
    items: supply.map((s) => {
      const item = items.find((i) => i.id === s.item)!;
      return { id: s.item, packSize: item.packSize, available: s.available, reserve: Math.min(s.reserve, s.available), value: item.value, packWeightKg: item.packWeightKg };
    }),
    recipients: recipients.map((r) => ({ id: r.partnerId, priority: r.priority })),
    demands: [...demand.entries()]
      .map(([key, quantity]) => {
        const [recipient, item] = key.split(':') as [string, string];
        return { recipient, item, quantity };
      })
      .filter((d) => known.has(d.recipient))
      .sort((a, b) => a.recipient.localeCompare(b.recipient) || a.item.localeCompare(b.item)),
    ...(options.freightCapacityKg !== undefined && { freightCapacityKg: options.freightCapacityKg }),
  };
  return { ok: true, built: { instance, recipients, supply, demand } };
}
