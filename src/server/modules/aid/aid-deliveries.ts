import { deliveredQuantities, type Delivered } from '../../../core/shipments/delivered-quantities';
import type { ConsignmentStatus } from '../../../shared/schemas/aid-shipments';
import type { DbExecutor } from '../../db/types';
import { listAllocations, listBatches } from './aid.repo';
import { listConsignmentLines, listConsignments, listReceipts } from './aid-shipments.repo';

/**
 * What batches dated on or after `fromDate` (all batches without one) brought or are bringing to each
 * partner × item: received in good order, in transit, approved (docs/decisions/033). Consignments where
 * the batch has them, its allocations where it has none (approved before consignments existed).
 */
export async function readDeliveries(db: DbExecutor, filter: { fromDate?: string; partnerId?: string } = {}): Promise<Map<string, Delivered>> {
  const batches = (await listBatches(db)).filter((b) => filter.fromDate === undefined || b.batch_date >= filter.fromDate);
  const inWindow = new Set(batches.map((b) => b.id));
  const consignments = (await listConsignments(db, filter.partnerId === undefined ? {} : { partnerId: filter.partnerId })).filter((c) => inWindow.has(c.batch_id));
  const ids = consignments.map((c) => c.id);
  const [lines, receipts, allocations] = await Promise.all([listConsignmentLines(db, ids), listReceipts(db, ids), listAllocations(db, filter.partnerId === undefined ? {} : { partnerId: filter.partnerId })]);
  const shipped = new Set(consignments.map((c) => `${c.batch_id}:${c.partner_id}`));
  return deliveredQuantities(
    consignments.map((c) => ({
      partnerId: c.partner_id,
      status: c.status as ConsignmentStatus,
      lines: lines.filter((l) => l.consignment_id === c.id).map((l) => ({ item: l.item_id, quantity: Number(l.quantity) })),
      receipts: receipts.filter((r) => r.consignment_id === c.id).map((r) => ({ item: r.item_id, good: Number(r.good), damaged: Number(r.damaged) })),
    })),
    allocations.filter((a) => inWindow.has(a.batch_id) && !shipped.has(`${a.batch_id}:${a.partner_id}`)).map((a) => ({ partnerId: a.partner_id, item: a.item_id, quantity: Number(a.quantity) })),
  );
}
