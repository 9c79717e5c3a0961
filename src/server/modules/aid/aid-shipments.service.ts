import { checkStep } from '../../../core/shipments/consignment-steps';
import { checkReceipt, receiptBalance } from '../../../core/shipments/receipt-balance';
import {
  ReceiptInputSchema,
  ShippingDetailsSchema,
  StepInputSchema,
  type Consignment,
  type ConsignmentStatus,
  type ReceiptInput,
  type ShippingDetails,
  type StepInput,
} from '../../../shared/schemas/aid-shipments';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { Conflict, Forbidden, NotFound, Unprocessable } from '../../errors';
import type { AuditService } from '../audit/audit.service';
import { requirePartnerScope } from './aid-access';
import { listAllocations, listBatches, listItems, listSupply, upsertSupply } from './aid.repo';
import {
  insertConsignment,
  insertConsignmentEvent,
  insertConsignmentLines,
  insertReceipts,
  listConsignmentEvents,
  listConsignmentLines,
  listConsignments,
  listReceipts,
  updateConsignment,
} from './aid-shipments.repo';

// Shipments and receipts (docs/decisions/038): consignments are prepared when a batch is approved (one
// per recipient, with what earlier consignments carried over), move step by step (409 out of order),
// and the partner's focal point records partial receipts; what did not arrive is then returned to
// supply or carried over to the partner's next consignment. Every change is audited in its transaction.

type Row = Awaited<ReturnType<typeof listConsignments>>[number];
type LineRow = Awaited<ReturnType<typeof listConsignmentLines>>[number];
type ReceiptRow = Awaited<ReturnType<typeof listReceipts>>[number];

/** Shipped per item (the consignment's lines) against every receipt so far. */
function balanceOf(lines: readonly LineRow[], receipts: readonly ReceiptRow[]) {
  const shipped = new Map<string, number>();
  for (const l of lines) shipped.set(l.item_id, (shipped.get(l.item_id) ?? 0) + Number(l.quantity));
  return receiptBalance(shipped, receipts.map((r) => ({ item: r.item_id, good: Number(r.good), damaged: Number(r.damaged), excess: Number(r.excess) })));
}

/** What did not arrive, per item: shipped less good and damaged (all of it for a cancelled consignment). */
async function remainderOf(db: DbExecutor, c: Row): Promise<Map<string, { quantity: number; packs: number }>> {
  const [lines, receipts, items] = await Promise.all([listConsignmentLines(db, [c.id]), listReceipts(db, [c.id]), listItems(db)]);
  const balance = balanceOf(lines, receipts);
  const left = new Map<string, { quantity: number; packs: number }>();
  for (const b of balance) {
    if (b.short <= 0) continue;
    const packSize = Number(items.find((i) => i.id === b.item)?.pack_size ?? 1);
    left.set(b.item, { quantity: b.short, packs: Math.ceil(b.short / packSize - 1e-9) });
  }
  return left;
}

export function createAidShipmentsService(deps: { db: Db; clock: Clock; audit: AuditService }) {
  const { db, clock, audit } = deps;

  async function toConsignments(rows: Row[]): Promise<Consignment[]> {
    const ids = rows.map((r) => r.id);
    const [lines, events, receipts, items, batches] = await Promise.all([listConsignmentLines(db, ids), listConsignmentEvents(db, ids), listReceipts(db, ids), listItems(db), listBatches(db)]);
    const item = new Map(items.map((i) => [i.id, i]));
    return rows.map((c) => {
      const mine = lines.filter((l) => l.consignment_id === c.id).map((l) => {
        const i = item.get(l.item_id);
        const packs = Number(l.packs);
        return { item: l.item_id, quantity: Number(l.quantity), packs, grossKg: packs * Number(i?.pack_weight_kg ?? 0), volumeM3: packs * Number(i?.pack_volume_m3 ?? 0), carriedFrom: l.carried_from };
      });
      const got = receipts.filter((r) => r.consignment_id === c.id);
      return {
        id: c.id,
        number: c.number,
        batchId: c.batch_id,
        batchNumber: Number(batches.find((b) => b.id === c.batch_id)?.number ?? 0),
        partnerId: c.partner_id,
        status: c.status as ConsignmentStatus,
        mode: c.mode as Consignment['mode'],
        carrier: c.carrier,
        voyage: c.voyage,
        departureAirport: c.departure_airport,
        arrivalAirport: c.arrival_airport,
        plannedDeparture: c.planned_departure,
        plannedArrival: c.planned_arrival,
        remainder: c.remainder as Consignment['remainder'],
        lines: mine,
        totals: { packs: mine.reduce((s, l) => s + l.packs, 0), grossKg: mine.reduce((s, l) => s + l.grossKg, 0), volumeM3: mine.reduce((s, l) => s + l.volumeM3, 0) },
        events: events.filter((e) => e.consignment_id === c.id).map((e) => ({ status: e.status as ConsignmentStatus, actor: e.actor_label, at: e.at, note: e.note })),
        receipts: got.map((r) => ({ item: r.item_id, good: Number(r.good), damaged: Number(r.damaged), excess: Number(r.excess), note: r.note, actor: r.actor_label, at: r.received_at })),
        balance: balanceOf(lines.filter((l) => l.consignment_id === c.id), got),
      };
    });
  }

  async function one(id: number): Promise<Consignment> {
    return (await toConsignments(await listConsignments(db, { id })))[0]!;
  }

  /** The consignment, if the actor may reach its partner (404 otherwise, as for an absent one). */
  async function reach(trx: DbExecutor, actor: Actor, id: number): Promise<Row> {
    const row = (await listConsignments(trx, { id }))[0];
    if (!row) throw new NotFound('consignment');
    requirePartnerScope(actor, row.partner_id, 'consignment');
    return row;
  }

  return {
    /**
     * Within the approving transaction: one consignment per recipient of the batch, its lines the batch's
     * allocations per item plus what earlier consignments to that partner carried over and no later one took.
     */
    async prepareForBatch(trx: DbExecutor, actor: Actor, batch: { id: number; number: number }): Promise<void> {
      const now = clock().toISOString();
      const allocations = await listAllocations(trx, { batchId: batch.id });
      const partners = [...new Set(allocations.filter((a) => Number(a.packs) > 0).map((a) => a.partner_id))].sort();
      for (const partnerId of partners) {
        const perItem = new Map<string, { quantity: number; packs: number }>();
        for (const a of allocations.filter((x) => x.partner_id === partnerId)) {
          const sum = perItem.get(a.item_id) ?? { quantity: 0, packs: 0 };
          perItem.set(a.item_id, { quantity: sum.quantity + Number(a.quantity), packs: sum.packs + Number(a.packs) });
        }
        const id = await insertConsignment(trx, { batch_id: batch.id, partner_id: partnerId, number: `B${batch.number}-${partnerId}`, status: 'prepared', remainder: null, updated_at: now });
        const earlier = (await listConsignments(trx, { partnerId })).filter((c) => c.remainder === 'carried-over' && c.id !== id);
        const taken = new Set((await listConsignmentLines(trx, (await listConsignments(trx, { partnerId })).map((c) => c.id))).map((l) => l.carried_from));
        const carried = [];
        for (const c of earlier.filter((e) => !taken.has(e.id))) {
          for (const [item, left] of await remainderOf(trx, c)) carried.push({ consignment_id: id, item_id: item, quantity: left.quantity, packs: left.packs, carried_from: c.id });
        }
        await insertConsignmentLines(trx, [...[...perItem].map(([item, s]) => ({ consignment_id: id, item_id: item, quantity: s.quantity, packs: s.packs, carried_from: null })), ...carried]);
        await insertConsignmentEvent(trx, { consignment_id: id, status: 'prepared', actor_id: actor.userId, actor_label: actor.label, at: now, note: null });
        await audit.record(trx, actor, { action: 'aid.consignment.prepare', entityType: 'aid_consignment', entityId: id, summary: { batch: batch.number, partnerId, carriedFrom: carried.map((l) => l.carried_from) } });
      }
    },

    async list(filter: { batchId?: number } = {}): Promise<Consignment[]> {
      return toConsignments(await listConsignments(db, filter));
    },

    async listForPartner(actor: Actor, partnerId: string): Promise<Consignment[]> {
      requirePartnerScope(actor, partnerId, 'partner');
      return toConsignments(await listConsignments(db, { partnerId }));
    },

    async get(actor: Actor, id: number): Promise<Consignment> {
      await reach(db, actor, id);
      return one(id);
    },

    async updateDetails(actor: Actor, id: number, raw: ShippingDetails): Promise<Consignment> {
      const input = ShippingDetailsSchema.parse(raw);
      await db.transaction().execute(async (trx) => {
        const row = await reach(trx, actor, id);
        if (row.status === 'receipt-confirmed' || row.status === 'cancelled') throw new Conflict(`the consignment is ${row.status}: its shipping details are closed`, [{ path: 'status', message: row.status }], { key: 'aid.consignment-closed' });
        const patch = {
          ...(input.mode !== undefined && { mode: input.mode }),
          ...(input.carrier !== undefined && { carrier: input.carrier }),
          ...(input.voyage !== undefined && { voyage: input.voyage }),
          ...(input.departureAirport !== undefined && { departure_airport: input.departureAirport }),
          ...(input.arrivalAirport !== undefined && { arrival_airport: input.arrivalAirport }),
          ...(input.plannedDeparture !== undefined && { planned_departure: input.plannedDeparture }),
          ...(input.plannedArrival !== undefined && { planned_arrival: input.plannedArrival }),
        };
        await updateConsignment(trx, id, { ...patch, updated_at: clock().toISOString() });
        await audit.record(trx, actor, { action: 'aid.consignment.details', entityType: 'aid_consignment', entityId: id, summary: { ...input } });
      });
      return one(id);
    },

    /** The next step of the timeline (409 out of order). The focal point confirms receipt; coordinators do the rest. */
    async step(actor: Actor, id: number, raw: StepInput): Promise<Consignment> {
      const input = StepInputSchema.parse(raw);
      await db.transaction().execute(async (trx) => {
        const row = await reach(trx, actor, id);
        const partnerStep = input.status === 'receipt-confirmed';
        if (actor.role === 'partner_focal_point' && !partnerStep) throw new Forbidden('the coordinators move a consignment; its focal point confirms receipt');
        const check = checkStep(row.status as ConsignmentStatus, input.status);
        if (!check.ok) throw new Conflict(check.message, [{ path: 'status', message: check.message }]);
        const now = clock().toISOString();
        await updateConsignment(trx, id, { status: input.status, updated_at: now });
        await insertConsignmentEvent(trx, { consignment_id: id, status: input.status, actor_id: actor.userId, actor_label: actor.label, at: now, note: input.note ?? null });
        await audit.record(trx, actor, { action: 'aid.consignment.step', entityType: 'aid_consignment', entityId: id, summary: { status: [row.status, input.status], note: input.note ?? null } });
      });
      return one(id);
    },

    /** A partial receipt by the partner's focal point, once the goods have arrived; never above what was shipped. */
    async receive(actor: Actor, id: number, raw: ReceiptInput): Promise<Consignment> {
      const input = ReceiptInputSchema.parse(raw);
      await db.transaction().execute(async (trx) => {
        const row = await reach(trx, actor, id);
        if (actor.role !== 'partner_focal_point') throw new Forbidden('the partner’s focal point records what arrived');
        if (row.status !== 'arrived' && row.status !== 'handed-over') throw new Conflict(`receipts are recorded once the goods have arrived; the consignment is ${row.status}`, [{ path: 'status', message: row.status }]);
        const [lines, receipts] = await Promise.all([listConsignmentLines(trx, [id]), listReceipts(trx, [id])]);
        const balance = balanceOf(lines, receipts);
        const errors = checkReceipt(balance, input.lines);
        if (errors.length > 0) throw new Unprocessable('the receipt was refused: nothing was recorded', errors);
        const now = clock().toISOString();
        await insertReceipts(trx, input.lines.map((l) => ({ consignment_id: id, item_id: l.item, good: l.good, damaged: l.damaged, excess: l.excess, note: l.note ?? null, actor_id: actor.userId, actor_label: actor.label, received_at: now })));
        await audit.record(trx, actor, { action: 'aid.consignment.receipt', entityType: 'aid_consignment', entityId: id, summary: { lines: input.lines } });
      });
      return one(id);
    },

    /** What did not arrive goes back to supply (stock no longer committed) or to the partner's next consignment. */
    async settleRemainder(actor: Actor, id: number, action: 'returned' | 'carried-over'): Promise<Consignment> {
      await db.transaction().execute(async (trx) => {
        const row = await reach(trx, actor, id);
        if (row.status !== 'receipt-confirmed' && row.status !== 'cancelled') throw new Conflict('the remainder is settled once the receipt is confirmed or the consignment cancelled', [{ path: 'status', message: row.status }]);
        if (row.remainder !== null) throw new Conflict(`the remainder was already ${row.remainder}`, [{ path: 'action', message: row.remainder }]);
        const left = await remainderOf(trx, row);
        const now = clock().toISOString();
        if (action === 'returned') {
          for (const s of await listSupply(trx)) {
            const back = left.get(s.item_id)?.quantity ?? 0;
            if (back > 0) await upsertSupply(trx, { ...s, committed: Math.max(0, Number(s.committed) - back), updated_at: now });
          }
        }
        await updateConsignment(trx, id, { remainder: action, updated_at: now });
        await audit.record(trx, actor, { action: 'aid.consignment.remainder', entityType: 'aid_consignment', entityId: id, summary: { action, items: Object.fromEntries([...left].map(([item, l]) => [item, l.quantity])) } });
      });
      return one(id);
    },
  };
}

export type AidShipmentsService = ReturnType<typeof createAidShipmentsService>;
