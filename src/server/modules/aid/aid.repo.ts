import type { Insertable, Updateable } from 'kysely';
import type { DbExecutor } from '../../db/types';
import type { AidBatchAllocationsTable, AidBatchesTable, AidItemsTable, AidPledgesTable, AidRequestsTable, AidSupplyTable } from './aid.tables';

// Typed queries over the aid tables, nothing else: the services decide and authorise.

export const listItems = (db: DbExecutor) => db.selectFrom('aid_items').selectAll().orderBy('id').execute();
export const findItem = (db: DbExecutor, id: string) => db.selectFrom('aid_items').selectAll().where('id', '=', id).executeTakeFirst();
export async function insertItems(db: DbExecutor, rows: Insertable<AidItemsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('aid_items').values(rows).execute();
}
export async function updateItem(db: DbExecutor, id: string, patch: Updateable<AidItemsTable>): Promise<void> {
  await db.updateTable('aid_items').set(patch).where('id', '=', id).execute();
}

export const listSupply = (db: DbExecutor) => db.selectFrom('aid_supply').selectAll().orderBy('item_id').execute();
export async function upsertSupply(db: DbExecutor, row: AidSupplyTable): Promise<void> {
  await db
    .insertInto('aid_supply')
    .values(row)
    .onConflict((oc) => oc.column('item_id').doUpdateSet({ stock_on_hand: row.stock_on_hand, weekly_incoming: row.weekly_incoming, committed: row.committed, reserve_floor: row.reserve_floor, updated_at: row.updated_at }))
    .execute();
}

export const findSetting = (db: DbExecutor, key: string) => db.selectFrom('aid_settings').selectAll().where('key', '=', key).executeTakeFirst();
export async function putSetting(db: DbExecutor, key: string, value: string): Promise<void> {
  await db.insertInto('aid_settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
}

export function listRequests(db: DbExecutor, filter: { partnerId?: string; statuses?: readonly string[] } = {}) {
  let q = db.selectFrom('aid_requests').selectAll();
  if (filter.partnerId !== undefined) q = q.where('partner_id', '=', filter.partnerId);
  if (filter.statuses !== undefined) q = q.where('status', 'in', filter.statuses.length > 0 ? [...filter.statuses] : ['-']);
  return q.orderBy('id').execute();
}
export const findRequest = (db: DbExecutor, id: number) => db.selectFrom('aid_requests').selectAll().where('id', '=', id).executeTakeFirst();
export async function insertRequest(db: DbExecutor, row: Insertable<AidRequestsTable>): Promise<number> {
  return (await db.insertInto('aid_requests').values(row).returning('id').executeTakeFirstOrThrow()).id;
}
export async function updateRequest(db: DbExecutor, id: number, patch: Updateable<AidRequestsTable>): Promise<void> {
  await db.updateTable('aid_requests').set(patch).where('id', '=', id).execute();
}
export async function countRequests(db: DbExecutor): Promise<number> {
  const row = await db.selectFrom('aid_requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function listLines(db: DbExecutor, requestIds: readonly number[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('aid_request_lines').selectAll().where('request_id', 'in', [...requestIds]).orderBy('id').execute();
}
export async function replaceLines(db: DbExecutor, requestId: number, lines: ReadonlyArray<{ item: string; quantity: number }>): Promise<void> {
  await db.deleteFrom('aid_request_lines').where('request_id', '=', requestId).execute();
  if (lines.length > 0)
    await db.insertInto('aid_request_lines').values(lines.map((l) => ({ request_id: requestId, item_id: l.item, quantity: l.quantity }))).execute();
}

export function listComments(db: DbExecutor, requestIds: readonly number[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('aid_request_comments').selectAll().where('request_id', 'in', [...requestIds]).orderBy('id').execute();
}
export async function insertComment(db: DbExecutor, row: { request_id: number; author_id: number | null; author_label: string; body: string; created_at: string }): Promise<void> {
  await db.insertInto('aid_request_comments').values(row).execute();
}

/** Units allocated by approved batches, per request and item. */
export function allocatedByRequest(db: DbExecutor, requestIds: readonly number[]) {
  if (requestIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('aid_batch_allocations')
    .select(['request_id', 'item_id'])
    .select((eb) => eb.fn.sum<number>('quantity').as('quantity'))
    .where('request_id', 'in', [...requestIds])
    .groupBy(['request_id', 'item_id'])
    .execute();
}

export function listBatches(db: DbExecutor, filter: { id?: number } = {}) {
  let q = db.selectFrom('aid_batches').selectAll();
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  return q.orderBy('number').execute();
}
export async function lastBatchNumber(db: DbExecutor): Promise<number> {
  const row = await db.selectFrom('aid_batches').select((eb) => eb.fn.max<number | null>('number').as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}
export async function insertBatch(db: DbExecutor, row: Insertable<AidBatchesTable>): Promise<number> {
  return (await db.insertInto('aid_batches').values(row).returning('id').executeTakeFirstOrThrow()).id;
}
export async function insertAllocations(db: DbExecutor, rows: Insertable<AidBatchAllocationsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 100) await db.insertInto('aid_batch_allocations').values(rows.slice(i, i + 100)).execute();
}
export function listAllocations(db: DbExecutor, filter: { partnerId?: string; batchId?: number } = {}) {
  let q = db.selectFrom('aid_batch_allocations').selectAll();
  if (filter.partnerId !== undefined) q = q.where('partner_id', '=', filter.partnerId);
  if (filter.batchId !== undefined) q = q.where('batch_id', '=', filter.batchId);
  return q.orderBy('batch_id').orderBy('id').execute();
}

/** Units brought to each partner × item by batches dated on or after `fromDate`. */
export function allocatedSince(db: DbExecutor, fromDate: string) {
  return db
    .selectFrom('aid_batch_allocations')
    .innerJoin('aid_batches', 'aid_batches.id', 'aid_batch_allocations.batch_id')
    .select(['aid_batch_allocations.partner_id', 'aid_batch_allocations.item_id'])
    .select((eb) => eb.fn.sum<number>('aid_batch_allocations.quantity').as('quantity'))
    .where('aid_batches.batch_date', '>=', fromDate)
    .groupBy(['aid_batch_allocations.partner_id', 'aid_batch_allocations.item_id'])
    .execute();
}

export function listPledges(db: DbExecutor, filter: { partnerId?: string; expectedBy?: string } = {}) {
  let q = db.selectFrom('aid_pledges').selectAll();
  if (filter.partnerId !== undefined) q = q.where('partner_id', '=', filter.partnerId);
  if (filter.expectedBy !== undefined) q = q.where('expected_date', '<=', filter.expectedBy);
  return q.orderBy('expected_date').orderBy('id').execute();
}
export const findPledge = (db: DbExecutor, id: number) => db.selectFrom('aid_pledges').selectAll().where('id', '=', id).executeTakeFirst();
export async function insertPledge(db: DbExecutor, row: Insertable<AidPledgesTable>): Promise<number> {
  return (await db.insertInto('aid_pledges').values(row).returning('id').executeTakeFirstOrThrow()).id;
}
export async function deletePledge(db: DbExecutor, id: number): Promise<void> {
  await db.deleteFrom('aid_pledges').where('id', '=', id).execute();
}

/**
 * Serialises approvals: the first write of the approving transaction claims one row, which PostgreSQL
 * locks until the transaction ends (a second approval waits, then reads what the first committed) and
 * which takes SQLite's write lock. See docs/decisions/032-aid-batches.md.
 */
export async function claimApproval(db: DbExecutor, at: string): Promise<void> {
  await putSetting(db, 'approval-lock', JSON.stringify({ at }));
}
