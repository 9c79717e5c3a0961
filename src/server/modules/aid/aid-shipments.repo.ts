import type { Insertable, Updateable } from 'kysely';
import type { DbExecutor } from '../../db/types';
import type { AidConsignmentEventsTable, AidConsignmentLinesTable, AidConsignmentsTable, AidReceiptsTable } from './aid.tables';

// Typed queries over the shipment tables (migration 007-aid-shipments), nothing else.

export function listConsignments(db: DbExecutor, filter: { id?: number; batchId?: number; partnerId?: string } = {}) {
  let q = db.selectFrom('aid_consignments').selectAll();
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  if (filter.batchId !== undefined) q = q.where('batch_id', '=', filter.batchId);
  if (filter.partnerId !== undefined) q = q.where('partner_id', '=', filter.partnerId);
  return q.orderBy('batch_id').orderBy('partner_id').execute();
}
export async function insertConsignment(db: DbExecutor, row: Insertable<AidConsignmentsTable>): Promise<number> {
  return (await db.insertInto('aid_consignments').values(row).returning('id').executeTakeFirstOrThrow()).id;
}
export async function updateConsignment(db: DbExecutor, id: number, patch: Updateable<AidConsignmentsTable>): Promise<void> {
  await db.updateTable('aid_consignments').set(patch).where('id', '=', id).execute();
}

const byConsignment = <T extends 'aid_consignment_lines' | 'aid_consignment_events' | 'aid_receipts'>(db: DbExecutor, table: T, ids: readonly number[]) =>
  db.selectFrom(table as 'aid_receipts').selectAll().where('consignment_id', 'in', ids.length > 0 ? [...ids] : [-1]).orderBy('id').execute();
export const listConsignmentLines = (db: DbExecutor, ids: readonly number[]) => byConsignment(db, 'aid_consignment_lines', ids) as unknown as Promise<(AidConsignmentLinesTable & { id: number })[]>;
export const listConsignmentEvents = (db: DbExecutor, ids: readonly number[]) => byConsignment(db, 'aid_consignment_events', ids) as unknown as Promise<(AidConsignmentEventsTable & { id: number })[]>;
export const listReceipts = (db: DbExecutor, ids: readonly number[]) => byConsignment(db, 'aid_receipts', ids) as unknown as Promise<(AidReceiptsTable & { id: number })[]>;

export async function insertConsignmentLines(db: DbExecutor, rows: Insertable<AidConsignmentLinesTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('aid_consignment_lines').values(rows).execute();
}
export async function insertConsignmentEvent(db: DbExecutor, row: Insertable<AidConsignmentEventsTable>): Promise<void> {
  await db.insertInto('aid_consignment_events').values(row).execute();
}
export async function insertReceipts(db: DbExecutor, rows: Insertable<AidReceiptsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('aid_receipts').values(rows).execute();
}

/** Per partner of a batch: the day its consignment left, the day its receipt was confirmed, and whether it was cancelled. */
export async function consignmentDates(db: DbExecutor, batchId: number): Promise<Map<string, { dispatchedOn: string | null; receivedOn: string | null; cancelled: boolean }>> {
  const consignments = await listConsignments(db, { batchId });
  const events = await listConsignmentEvents(db, consignments.map((c) => c.id));
  const dayOf = (id: number, status: string) => events.find((e) => e.consignment_id === id && e.status === status)?.at.slice(0, 10) ?? null;
  return new Map(consignments.map((c) => [c.partner_id, { dispatchedOn: dayOf(c.id, 'dispatched'), receivedOn: dayOf(c.id, 'receipt-confirmed'), cancelled: c.status === 'cancelled' }]));
}
