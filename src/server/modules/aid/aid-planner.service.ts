import { createHash } from 'node:crypto';
import {
  ApproveInputSchema,
  BatchSettingsSchema,
  PlanOptionsSchema,
  OPEN_REQUEST_STATUSES,
  type AidRequest,
  type ApproveInput,
  type Batch,
  type BatchSettings,
  type ApprovedBatch,
  type CoordinatorBatch,
  type PlanOptions,
  type PlanRun,
} from '../../../shared/schemas/aid';
import type { ErrorDetail } from '../../../shared/schemas/errors';
import type { Instance, Plan } from '../../../shared/schemas/plan';
import { mergeOverrides } from '../../../core/needs/layered-parameters';
import { coverageValue } from '../../../core/allocation/coverage-value';
import { validateInstance } from '../../../core/allocation/validate-instance';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { Conflict, NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import type { CountriesService } from '../countries/countries.service';
import { requirePartnerScope } from './aid-access';
import { loadRequests } from './aid-requests.service';
import { readAgencyNeeds } from './aid-needs.service';
import { readSupplyOverview, toItem } from './aid-supply.service';
import { claimApproval, insertAllocations, insertBatch, lastBatchNumber, listAllocations, listBatches, listItems, listPledges, listRequests, listSupply, updateRequest, upsertSupply } from './aid.repo';
import type { AidBatchAllocationsTable } from './aid.tables';
import { readAgencySeverityWeights, readCaseForecasts, readImportedPerWeek, readSituationFacts, type SituationReader } from './aid-situation';
import { readAgencyPriorityWeights } from './aid-priority-weights.service';
import { buildPlanInstance, needsWindow, pairKey, type BuiltInstance } from '../../../core/aid/build-plan-instance';
import { solvePlanInWorker } from '../../workers/solver/solve-in-worker';
import type { AidShipmentsService } from './aid-shipments.service';
import { readDeliveries } from './aid-deliveries';
import { readDonorContributions } from './aid-donors.service';
import { donorSources, nettedTotals } from '../../../core/aid-donors/donor-netting';
import { nettedFromNeed } from '../../../core/shipments/delivered-quantities';
import type { ServiceLog } from '../../log';

export type PlanSolver = (instance: Instance) => Promise<Plan>;

const TOLERANCE = 1e-6;

export function createAidPlannerService(deps: {
  db: Db;
  clock: Clock;
  log?: ServiceLog;
  audit: AuditService;
  countries: CountriesService;
  situation?: SituationReader;
  solve?: PlanSolver;
  shipments?: Pick<AidShipmentsService, 'prepareForBatch'>;
}) {
  const { db, clock, audit, countries } = deps;
  const solve = deps.solve ?? ((instance: Instance) => solvePlanInWorker(instance));

  /** What the plan is computed from, its instance and a fingerprint of it all. */
  // Partners and countries come through their own service, read before any transaction of ours opens
  // (on SQLite a read outside the open transaction would wait for it).
  async function reference() {
    const [partners, countryList, situation, agencyWeights, importedPerWeek] = await Promise.all([
      countries.partners(),
      countries.countries(),
      readSituationFacts(deps.situation, deps.log),
      readAgencySeverityWeights(deps.situation, deps.log),
      readImportedPerWeek(deps.situation, deps.log),
    ]);
    const severity = new Map(
      countryList.map((c) => {
        const known = situation?.byIso3.get(c.iso3);
        return [c.iso3, { incidence7dPer100k: known?.incidence7dPer100k ?? null, growth7d: known?.growth7d ?? null, deaths28dPerMillion: known?.deaths28dPerMillion ?? null, hospitalBedsPerThousand: c.hospitalBedsPerThousand }];
      }),
    );
    const recentDailyCases = new Map<string, number>();
    for (const [iso3, facts] of situation?.byIso3 ?? []) if (facts.newCasesSmoothed !== null) recentDailyCases.set(iso3, Math.max(0, facts.newCasesSmoothed));
    const caseForecasts = await readCaseForecasts(deps.situation, partners.flatMap((p) => (p.kind === 'country' && p.iso3 !== null && recentDailyCases.has(p.iso3) ? [p.iso3] : [])), deps.log);
    return { partners, severity, situation, recentDailyCases, agencyWeights, caseForecasts, importedPerWeek };
  }

  async function snapshot(trx: DbExecutor, options: PlanOptions, { partners, severity, situation, recentDailyCases, agencyWeights, caseForecasts, importedPerWeek }: Awaited<ReturnType<typeof reference>>) {
    const parsed = PlanOptionsSchema.parse(options);
    const window = needsWindow(parsed.batchDate, parsed.needsHorizonWeeks);
    // The agency's saved needs values with the run's overrides on top, for partners and donor alike.
    const [agencyNeeds, agencyAidWeights] = await Promise.all([readAgencyNeeds(trx), readAgencyPriorityWeights(trx)]);
    const [items, overview, openRows, pledges, deliveries] = await Promise.all([
      listItems(trx),
      readSupplyOverview(trx, situation, mergeOverrides(agencyNeeds, parsed.needsOverrides)),
      listRequests(trx, { statuses: OPEN_REQUEST_STATUSES }),
      listPledges(trx, { expectedBy: window.pledgedBy }),
      readDeliveries(trx, { fromDate: window.receivedFrom }),
    ]);
    const openRequests = await loadRequests(trx, openRows);
    // Recorded pledges and other donors' imported deliveries and pledges, each donor's part kept to be shown (docs/decisions/046).
    const recorded = pledges.map((p) => ({ partnerId: p.partner_id, item: p.item_id, donor: p.donor, kind: 'pledge' as const, origin: 'recorded' as const, quantity: Number(p.quantity), date: p.expected_date }));
    const pledgedSources = donorSources([...recorded, ...(await readDonorContributions(trx, { from: window.receivedFrom, to: window.pledgedBy }))], window);
    const pledged = nettedTotals(pledgedSources);
    // Received in good order, in transit or approved and not yet dispatched (docs/decisions/033): damaged
    // goods and a settled shortfall no longer net the need.
    const received = new Map([...deliveries].map(([key, d]) => [key, nettedFromNeed(d)]));
    const result = buildPlanInstance({ items: items.map(toItem), supply: overview.lines, openRequests, partners, severity, recentDailyCases, caseForecasts, received, pledged, pledgedSources, agencyNeeds, agencyWeights, agencyAidWeights, importedPerWeek }, parsed);
    if (!result.ok) throw new Unprocessable('the plan cannot be built', result.errors);
    const check = validateInstance(result.built.instance);
    if (!check.ok) throw new Unprocessable('the plan instance is invalid', check.errors);
    const fingerprint = fingerprintOf({
      overview,
      items: items.map(toItem),
      openRequests,
      batches: await lastBatchNumber(trx),
      demands: result.built.instance.demands,
      needs: result.built.needsValues,
      weights: result.built.weightValues,
      received,
      pledged,
    });
    return { options: parsed, built: result.built, openRequests, fingerprint };
  }

  /** Approved batches (one, or all) with their allocations and the settings each plan was run with. */
  async function coordinatorBatches(batchId?: number): Promise<CoordinatorBatch[]> {
    const [rows, allocations] = await Promise.all([listBatches(db, { id: batchId }), listAllocations(db, { batchId })]);
    const settings = new Map(rows.map((r) => [r.id, readSettings(r.options)]));
    return toBatches(rows, allocations).map((b) => ({ ...b, settings: settings.get(b.id) ?? null }));
  }

  return {
    /** Computes a plan (what-if): nothing is saved. */
    async plan(options: PlanOptions): Promise<PlanRun> {
      const snap = await snapshot(db, options, await reference());
      const plan = await solve(snap.built.instance);
      return { options: snap.options, fingerprint: snap.fingerprint, supply: snap.built.supply, recipients: snap.built.recipients, needsParameters: snap.built.needsParameters, priorityWeights: snap.built.priorityWeights, plan };
    },

    /**
     * Approves a plan: refuses (409) a stale one (supply, reserve or requests changed since it was
     * computed) and one that would touch the domestic reserve; else creates the next batch, commits its
     * supply, and moves the requests it covers to 'planned', all in one transaction.
     */
    async approve(actor: Actor, raw: ApproveInput): Promise<ApprovedBatch> {
      const input = ApproveInputSchema.parse(raw);
      const ref = await reference();
      const { batchId, moved } = await db.transaction().execute(async (trx) => {
        // First write: a concurrent approval waits here, then finds the plan stale (docs/decisions/032).
        await claimApproval(trx, clock().toISOString());
        const snap = await snapshot(trx, input.options, ref);
        if (snap.fingerprint !== input.fingerprint) {
          throw new Conflict('supply, reserve, requests or needs parameters changed since this plan was computed: run the plan again', [{ path: 'fingerprint', message: 'stale' }], { key: 'aid.plan-stale' });
        }
        checkAllocations(snap.built, input.allocations);
        const number = (await lastBatchNumber(trx)) + 1;
        const objective = objectiveOf(snap.built, input.allocations);
        const now = clock().toISOString();
        const id = await insertBatch(trx, {
          number,
          batch_date: snap.options.batchDate,
          approved_by: actor.userId,
          approved_by_label: actor.label,
          approved_at: now,
          supply_fingerprint: snap.fingerprint,
          objective,
          // The needs-model values and priority weights in effect (agency's and run's) are kept with the options, for audit.
          options: JSON.stringify({ ...snap.options, needsValues: snap.built.needsValues, priorityWeightValues: snap.built.weightValues }),
        });
        const rows = splitToRequests(id, snap.built, snap.openRequests, input.allocations);
        await insertAllocations(trx, rows);
        // One consignment per recipient, ready for its shipping details (docs/decisions/038).
        await deps.shipments?.prepareForBatch(trx, actor, { id, number });

        // The batch's quantities are now committed: the next plan sees them gone from the supply.
        const supply = await listSupply(trx);
        for (const s of supply) {
          const given = rows.filter((r) => r.item_id === s.item_id).reduce((sum, r) => sum + r.quantity, 0);
          if (given > 0) await upsertSupply(trx, { ...s, committed: Number(s.committed) + given, updated_at: now });
        }

        const moved: number[] = [];
        for (const request of snap.openRequests) {
          const touched = rows.some((r) => r.request_id === request.id);
          if (!touched) continue;
          // Covered when what the partner still asks for of each of the request's items, net of pledges
          // and of this batch, is under one pack.
          const covered = request.lines.every((line) => {
            const item = snap.built.instance.items.find((i) => i.id === line.item);
            const key = pairKey(request.partnerId, line.item);
            const given = rows.filter((r) => r.partner_id === request.partnerId && r.item_id === line.item).reduce((sum, r) => sum + r.quantity, 0);
            return (snap.built.netRequested.get(key) ?? 0) - given < (item?.packSize ?? 1);
          });
          if (!covered) continue;
          await updateRequest(trx, request.id, { status: 'planned', updated_at: now });
          await audit.record(trx, actor, { action: 'aid.request.status', entityType: 'aid_request', entityId: request.id, summary: { status: [request.status, 'planned'], batch: number } });
          moved.push(request.id);
        }
        await audit.record(trx, actor, {
          action: 'aid.batch.approve',
          entityType: 'aid_batch',
          entityId: id,
          summary: { number, allocations: rows.length, requestsPlanned: moved, objective },
        });
        return { batchId: id, moved };
      });
      return { ...(await coordinatorBatches(batchId))[0]!, requestsPlanned: moved };
    },

    /** Every approved batch with all its allocations and the settings its plan was run with (coordinators). */
    batches: () => coordinatorBatches(),

    /**
     * One partner as the next plan would rank it (the agency's saved values, the default horizon, estimated
     * demand on so that a partner without a request has its need too), without solving: for the chain page.
     */
    async estimate(partnerId: string, batchDate: string): Promise<PlanRun['recipients'][number] | null> {
      const snap = await snapshot(db, { batchDate, estimatedDemand: true }, await reference());
      return snap.built.recipients.find((r) => r.partnerId === partnerId) ?? null;
    },

    /** The batches that bring something to one partner, with only that partner's allocations. */
    async batchesForPartner(actor: Actor, partnerId: string): Promise<Batch[]> {
      requirePartnerScope(actor, partnerId, 'partner');
      if (!(await countries.partnerExists(partnerId))) throw new NotFound('partner');
      const allocations = await listAllocations(db, { partnerId });
      const ids = new Set(allocations.map((a) => a.batch_id));
      return toBatches((await listBatches(db)).filter((b) => ids.has(b.id)), allocations);
    },
  };
}

export type AidPlannerService = ReturnType<typeof createAidPlannerService>;

type Allocations = ApproveInput['allocations'];

function checkAllocations(built: BuiltInstance, allocations: Allocations): void {
  const details: ErrorDetail[] = [];
  const byItem = new Map<string, number>();
  allocations.forEach((a, k) => {
    const item = built.instance.items.find((i) => i.id === a.item);
    const demand = built.demand.get(pairKey(a.recipient, a.item));
    if (!item || demand === undefined || !built.recipients.some((r) => r.partnerId === a.recipient)) {
      details.push({ path: `allocations[${k}]`, message: `${a.recipient} has no open demand for ${a.item} in this batch` });
      return;
    }
    if (Math.abs(a.packs * item.packSize - a.quantity) > TOLERANCE) details.push({ path: `allocations[${k}].quantity`, message: `expected ${a.packs} packs × ${item.packSize}` });
    if (a.quantity > demand + TOLERANCE) details.push({ path: `allocations[${k}].quantity`, message: `above the remaining demand of ${demand}` });
    byItem.set(a.item, (byItem.get(a.item) ?? 0) + a.quantity);
  });
  if (details.length > 0) throw new Conflict('the plan no longer matches the open requests: run the plan again', details, { key: 'aid.plan-outdated' });
  const reserve: ErrorDetail[] = [];
  for (const s of built.supply) {
    const total = byItem.get(s.item) ?? 0;
    if (total > s.giveable + TOLERANCE) reserve.push({ path: `items.${s.item}`, message: `${total} allocated, but only ${s.giveable} can be given above the domestic reserve of ${s.reserve}` });
  }
  if (reserve.length > 0) throw new Conflict('the plan would touch the domestic reserve', reserve, { key: 'aid.plan-reserve' });
}

function objectiveOf(built: BuiltInstance, allocations: Allocations): number {
  let sum = 0;
  for (const a of allocations) {
    const w = built.recipients.find((r) => r.partnerId === a.recipient)?.priority ?? 0;
    const v = built.instance.items.find((i) => i.id === a.item)?.value ?? 1;
    sum += coverageValue(a.quantity, built.demand.get(pairKey(a.recipient, a.item)) ?? 0, w * v);
  }
  return sum;
}

/** Each recipient × item allocation split over its open requests, earliest needed-by first, in whole packs. */
function splitToRequests(batchId: number, built: BuiltInstance, open: AidRequest[], allocations: Allocations): Omit<AidBatchAllocationsTable, 'id'>[] {
  const rows: Omit<AidBatchAllocationsTable, 'id'>[] = [];
  for (const a of allocations) {
    if (a.packs <= 0) continue;
    const packSize = built.instance.items.find((i) => i.id === a.item)!.packSize;
    const lines = open
      .filter((r) => r.partnerId === a.recipient)
      .sort((x, y) => x.neededBy.localeCompare(y.neededBy) || x.id - y.id)
      .flatMap((r) => r.lines.filter((l) => l.item === a.item && l.quantity > l.allocated).map((l) => ({ requestId: r.id, left: l.quantity - l.allocated })));
    let packs = a.packs;
    lines.forEach((line, k) => {
      if (packs <= 0) return;
      const take = k === lines.length - 1 ? packs : Math.min(packs, Math.ceil(line.left / packSize - 1e-9));
      packs -= take;
      if (take > 0) rows.push({ batch_id: batchId, partner_id: a.recipient, request_id: line.requestId, item_id: a.item, quantity: take * packSize, packs: take });
    });
    if (packs > 0) rows.push({ batch_id: batchId, partner_id: a.recipient, request_id: null, item_id: a.item, quantity: packs * packSize, packs });
  }
  return rows;
}

function toBatches(batches: Awaited<ReturnType<typeof listBatches>>, allocations: Awaited<ReturnType<typeof listAllocations>>): Batch[] {
  return batches.map((b) => ({
    id: b.id,
    number: Number(b.number),
    batchDate: b.batch_date,
    approvedBy: b.approved_by_label,
    approvedAt: b.approved_at,
    fingerprint: b.supply_fingerprint,
    objective: Number(b.objective),
    allocations: allocations
      .filter((a) => a.batch_id === b.id)
      .map((a) => ({ partnerId: a.partner_id, requestId: a.request_id, item: a.item_id, quantity: Number(a.quantity), packs: Number(a.packs) })),
  }));
}

/** A batch's stored options read through the schema; null (not a 500 for the whole list) when they no longer read. */
function readSettings(stored: string): BatchSettings | null {
  let json: unknown;
  try {
    json = JSON.parse(stored);
  } catch {
    return null;
  }
  const parsed = BatchSettingsSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * A digest of everything a plan depends on: the catalogue, supply and reserve, open requests, batches so
 * far, the demands (net of pledges, estimated needs included), the needs-model values and the priority
 * weights in effect (the agency's saved values with the run's overrides: saving new agency values, or new
 * severity weights on the Situation page, makes a computed plan stale), and what was received or is on its
 * way per partner and item.
 */
export function fingerprintOf(parts: { overview: unknown; items: unknown; openRequests: AidRequest[]; batches: number; demands: unknown; needs: unknown; weights: unknown; received?: ReadonlyMap<string, number>; pledged?: ReadonlyMap<string, number> }): string {
  const requests = parts.openRequests.map((r) => ({ id: r.id, partnerId: r.partnerId, status: r.status, neededBy: r.neededBy, lines: r.lines }));
  // A receipt or a step changes the shortages, hence the priorities the plan was computed with.
  const received = parts.received ? [...parts.received].sort(([a], [b]) => a.localeCompare(b)) : undefined;
  // So does another donor's file: what it nets moves shortages even where the demand stays the same.
  const pledged = parts.pledged ? [...parts.pledged].sort(([a], [b]) => a.localeCompare(b)) : undefined;
  return createHash('sha256').update(JSON.stringify({ ...parts, openRequests: requests, received, pledged })).digest('hex').slice(0, 32);
}
