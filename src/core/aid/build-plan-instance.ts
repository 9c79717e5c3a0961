import type { AidItem, AidPriorityWeightKey, AidRequest, PlanOptions, PlanRecipient, PlanRun, SupplyLine } from '../../shared/schemas/aid';
import type { DonorSource } from '../../shared/schemas/aid-donors';
import type { Partner } from '../../shared/schemas/countries';
import type { ErrorDetail } from '../../shared/schemas/errors';
import type { Instance } from '../../shared/schemas/plan';
import { computePriority, type PriorityWeights } from '../allocation/priority';
import { layerPriorityWeights } from '../allocation/priority-weights';
import type { SeverityWeights } from '../../shared/schemas/situation';
import type { EpidemicSeverityInputs } from '../epi/severity';
import { isoDateToDay, dayToIsoDate } from '../epi/iso-day';
import { estimateNeeds } from '../needs/estimate-needs';
import { layerParameters, renameOverridesPath } from '../needs/layered-parameters';
import type { NeedsOverrides, NeedsParameterValues } from '../needs/parameters';
import { partnerShortage, type Shortage } from '../needs/shortage';

// From what is stored (catalogue, supply and reserve, open requests, pledges, earlier batches, partners
// and their situation) to the allocation instance of src/core/allocation, with each recipient's
// priority and its breakdown. No IO, no clock.
//
// Demand d_ci = what the partner's open requests still ask for (requested less what earlier batches
// allocated to them), less other donors' pledges expected within the needs horizon, floored at 0.
// Need: the needs model (src/core/needs) over the horizon from the partner's recent daily cases.
// Shortage (a priority factor) = unmet share of that need after earlier batches within the horizon and
// the pledges. With `estimatedDemand`, a partner with no open request gets its unmet need as demand,
// marked 'estimated-need'. See docs/decisions/033-aid-shortage-and-pledges.md.

/** Severity of an organisation when the coordinator has set none. */
export const DEFAULT_ORGANISATION_SEVERITY = 0.5;

export interface PlanData {
  items: AidItem[];
  supply: SupplyLine[];
  openRequests: AidRequest[];
  partners: Partner[];
  /** Severity inputs per country (ISO3): the situation's indicators where known, and hospital beds. */
  severity: ReadonlyMap<string, EpidemicSeverityInputs>;
  /** Recent mean daily cases per country (ISO3), for its estimated need; absent when unknown. */
  recentDailyCases: ReadonlyMap<string, number>;
  /** Case forecasts per country (ISO3) where they beat the baseline in the backtest (ADR 042): used instead of the recent mean. */
  caseForecasts?: ReadonlyMap<string, { dailyMean: number[]; relativeWis: number; weeks: { weekEnd: string; median: number; lower: number; upper: number }[] }>;
  /** Units received in good order, in transit or approved per `${partnerId}:${itemId}`, of batches within the horizon (see needsWindow, docs/decisions/033). */
  received: ReadonlyMap<string, number>;
  /** Units pledged by other donors per `${partnerId}:${itemId}`, expected within the horizon. */
  pledged: ReadonlyMap<string, number>;
  /** Each donor's part of `pledged` (recorded pledges, imported deliveries and pledges), shown per recipient (docs/decisions/046). */
  pledgedSources?: ReadonlyMap<string, DonorSource[]>;
  /** The agency's saved needs-model values (ADR 035); the plan's `needsOverrides` go on top. */
  agencyNeeds?: NeedsOverrides;
  /** The severity weights saved on the Situation page, or null (docs/decisions/036); the plan's `weights` go on top. */
  agencyWeights?: SeverityWeights | null;
  /** The agency's own values for the aid module's factors (shortage, urgency, importation); the plan's `weights` go on top. */
  agencyAidWeights?: Partial<Record<AidPriorityWeightKey, number>>;
  /** Infections expected to arrive by air in a week per country (ISO3), from the situation's importation risk; absent when unknown. */
  importedPerWeek?: ReadonlyMap<string, number>;
}

/**
 * The dates that bound what counts against a need over the horizon: batches dated from `receivedFrom`
 * (one horizon before the batch: older deliveries are taken as used up) and pledges expected by
 * `pledgedBy` (the end of the horizon).
 */
export function needsWindow(batchDate: string, horizonWeeks: number): { receivedFrom: string; pledgedBy: string } {
  const day = isoDateToDay(batchDate) ?? 0;
  return { receivedFrom: dayToIsoDate(day - 7 * horizonWeeks), pledgedBy: dayToIsoDate(day + 7 * horizonWeeks) };
}

/** A flat series of recent daily cases at the situation's smoothed mean, as the needs model takes it. */
export const flatRecentCases = (mean: number): number[] => Array<number>(14).fill(mean);

export interface BuiltInstance {
  instance: Instance;
  recipients: PlanRecipient[];
  supply: PlanRun['supply'];
  /** The needs-model parameters: the agency's values with the plan's overrides on top, each with its origin. */
  needsParameters: PlanRun['needsParameters'];
  /** Every needs-model value the plan used, by id (stored with an approved batch). */
  needsValues: NeedsParameterValues | null;
  /** The priority weights: the agency's severity weights with the plan's overrides on top, each with its origin. */
  priorityWeights: PlanRun['priorityWeights'];
  /** Every priority weight in effect, by key (in the fingerprint, and stored with an approved batch). */
  weightValues: PriorityWeights;
  /** Demand of this batch per `${partnerId}:${itemId}` (items of the batch, net of pledges). */
  demand: Map<string, number>;
  /** Requests' remaining demand net of pledges for every item, for deciding which requests a batch covers. */
  netRequested: Map<string, number>;
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
  const needs = layerParameters(data.agencyNeeds, options.needsOverrides);
  if (!needs.ok) errors.push(...renameOverridesPath(needs.errors, 'needsOverrides'));
  const weights = layerPriorityWeights(data.agencyWeights ?? null, (options.weights ?? {}) as Partial<PriorityWeights>, data.agencyAidWeights);
  const supplyByItem = new Map(data.supply.map((s) => [s.item, s]));

  const supply = items.map((item) => {
    const s = supplyByItem.get(item.id)!;
    const available = Math.max(0, s.stockOnHand + s.weeklyIncoming * weeks - s.committed);
    return { ...s, available, giveable: Math.max(0, available - s.reserve) };
  });

  // What open requests still ask for: requested less what earlier batches allocated to each line.
  const requested = new Map<string, number>();
  const neededBy = new Map<string, string>();
  const requestIds = new Map<string, number[]>();
  for (const request of data.openRequests) {
    for (const line of request.lines) {
      const left = Math.max(0, line.quantity - line.allocated);
      if (left <= 0) continue;
      const key = pairKey(request.partnerId, line.item);
      requested.set(key, (requested.get(key) ?? 0) + left);
      if (!chosen.has(line.item)) continue;
      const due = neededBy.get(request.partnerId);
      if (due === undefined || request.neededBy < due) neededBy.set(request.partnerId, request.neededBy);
      const ids = requestIds.get(request.partnerId) ?? [];
      if (!ids.includes(request.id)) ids.push(request.id);
      requestIds.set(request.partnerId, ids);
    }
  }
  const netRequested = new Map([...requested].map(([key, left]) => [key, Math.max(0, left - (data.pledged.get(key) ?? 0))]));
  const demand = new Map([...netRequested].filter(([key, q]) => q > 0 && chosen.has(key.slice(key.indexOf(':') + 1))));

  const horizonWeeks = options.needsHorizonWeeks ?? 4;
  const partners = new Map(data.partners.map((p) => [p.id, p]));
  const forecastOf = (partner: Partner) => (partner.kind === 'country' ? data.caseForecasts?.get(partner.iso3 ?? partner.id) : undefined);
  const caseProjectionOf = (partner: Partner): PlanRecipient['caseProjection'] => {
    if (partner.kind !== 'country' || !data.recentDailyCases.has(partner.iso3 ?? partner.id)) return null;
    const forecast = forecastOf(partner);
    return forecast ? { basis: 'forecast', relativeWis: forecast.relativeWis, weeks: forecast.weeks } : { basis: 'recent-mean', relativeWis: null, weeks: [] };
  };
  const shortageOf = (partner: Partner): Shortage | null => {
    const cases = partner.kind === 'country' ? data.recentDailyCases.get(partner.iso3 ?? partner.id) : undefined;
    if (cases === undefined) return null;
    if (!needs.ok) return null;
    const forecast = forecastOf(partner);
    const estimate = estimateNeeds({ recentDailyCases: flatRecentCases(cases), forecastDailyCases: forecast?.dailyMean, horizonWeeks, overrides: needs.overrides });
    if (!estimate.ok) return null;
    return partnerShortage(
      estimate.result.items
        .filter((n) => chosen.has(n.item))
        .map((n) => {
          const key = pairKey(partner.id, n.item);
          return { item: n.item, need: n.need, received: data.received.get(key) ?? 0, pledged: data.pledged.get(key) ?? 0, value: items.find((i) => i.id === n.item)?.value ?? 1 };
        }),
    );
  };

  // Partners with no open request for the batch's items get their estimated unmet need, when asked.
  const basis = new Map<string, PlanRecipient['demandBasis']>([...neededBy.keys()].map((id) => [id, 'requests']));
  const shortages = new Map<string, Shortage | null>();
  for (const partner of data.partners) {
    if (!basis.has(partner.id) && !options.estimatedDemand) continue;
    const shortage = shortageOf(partner);
    shortages.set(partner.id, shortage);
    if (basis.has(partner.id) || !shortage) continue;
    const unmet = shortage.lines.filter((l) => l.unmet > 0);
    if (unmet.length === 0) continue;
    basis.set(partner.id, 'estimated-need');
    for (const line of unmet) demand.set(pairKey(partner.id, line.item), line.unmet);
  }

  const recipients: PlanRecipient[] = [];
  for (const partnerId of [...basis.keys()].sort()) {
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
    const shortage = shortages.get(partnerId) ?? null;
    const result = computePriority(
      {
        severity,
        shortage: shortage?.share ?? null,
        neededBy: neededBy.get(partnerId),
        noRequest: basis.get(partnerId) === 'estimated-need',
        batchDate: options.batchDate,
        importedPerWeek: partner.kind === 'country' ? (data.importedPerWeek?.get(partner.iso3 ?? partnerId) ?? null) : undefined,
      },
      weights.values,
    );
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
      demandBasis: basis.get(partnerId)!,
      caseProjection: caseProjectionOf(partner),
      needs: (shortage?.lines ?? []).map(({ item, need, received, pledged, unmet, unmetShare }) => ({ item, need, received, pledged, unmet, unmetShare })),
      pledged: items.flatMap((i) => {
        const quantity = data.pledged.get(pairKey(partnerId, i.id)) ?? 0;
        return quantity > 0 ? [{ item: i.id, quantity }] : [];
      }),
      ...(data.pledgedSources && { pledgedSources: items.flatMap((i) => data.pledgedSources?.get(pairKey(partnerId, i.id)) ?? []) }),
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
  const needsParameters = needs.ok ? needs.parameters : [];
  const needsValues = needs.ok ? needs.values : null;
  return { ok: true, built: { instance, recipients, supply, needsParameters, needsValues, priorityWeights: weights.weights, weightValues: weights.values, demand, netRequested } };
}
