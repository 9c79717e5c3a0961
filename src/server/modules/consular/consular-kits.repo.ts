import type { Insertable } from 'kysely';
import type { DbExecutor } from '../../db/types';
import type { ConsularKitAllocationsTable, ConsularKitRoundsTable, ConsularKitTypesTable } from './consular.tables';

// Health kits' queries (migration 074).

export const listKitTypes = (db: DbExecutor) => db.selectFrom('consular_kit_types').selectAll().orderBy('id').execute();
export const findKitType = (db: DbExecutor, id: string) => db.selectFrom('consular_kit_types').selectAll().where('id', '=', id).executeTakeFirst();
export async function insertKitTypes(db: DbExecutor, rows: Insertable<ConsularKitTypesTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('consular_kit_types').values(rows).execute();
}

export function listStock(db: DbExecutor, postId: string | null) {
  let q = db.selectFrom('consular_kit_stock').selectAll();
  if (postId !== null) q = q.where('post_id', '=', postId);
  return q.orderBy('post_id').orderBy('kit_type_id').execute();
}

/** Adds received kits to a post's stock (the row made on the first receipt). */
export async function addStock(db: DbExecutor, postId: string, kitTypeId: string, received: number, at: string): Promise<void> {
  await db
    .insertInto('consular_kit_stock')
    .values({ post_id: postId, kit_type_id: kitTypeId, quantity: received, updated_at: at })
    .onConflict((oc) => oc.columns(['post_id', 'kit_type_id']).doUpdateSet((eb) => ({ quantity: eb('consular_kit_stock.quantity', '+', received), updated_at: at })))
    .execute();
}

/**
 * Takes one kit from stock if there is one: a single guarded UPDATE, so two allocations of the last kit
 * cannot both succeed (PostgreSQL locks the row, the second re-reads it; SQLite takes its write lock here).
 * It is the first statement of the allocation's transaction, so SQLite's writer never upgrades a stale read.
 */
export async function takeOneKit(db: DbExecutor, postId: string, kitTypeId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('consular_kit_stock')
    .set((eb) => ({ quantity: eb('quantity', '-', 1), updated_at: at }))
    .where('post_id', '=', postId)
    .where('kit_type_id', '=', kitTypeId)
    .where('quantity', '>', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertRound(db: DbExecutor, row: Insertable<ConsularKitRoundsTable>): Promise<number> {
  return Number((await db.insertInto('consular_kit_rounds').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export const findRound = (db: DbExecutor, id: number) => db.selectFrom('consular_kit_rounds').selectAll().where('id', '=', id).executeTakeFirst();
export function listRounds(db: DbExecutor, postId: string | null) {
  let q = db.selectFrom('consular_kit_rounds').selectAll();
  if (postId !== null) q = q.where('post_id', '=', postId);
  return q.orderBy('id', 'desc').limit(100).execute();
}

export async function insertAllocation(db: DbExecutor, row: Insertable<ConsularKitAllocationsTable>): Promise<number> {
  return Number((await db.insertInto('consular_kit_allocations').values(row).returning('id').executeTakeFirstOrThrow()).id);
}
export const findAllocationOf = (db: DbExecutor, roundId: number, citizenId: number) =>
  db.selectFrom('consular_kit_allocations').select(['id']).where('round_id', '=', roundId).where('citizen_id', '=', citizenId).executeTakeFirst();
export const findAllocation = (db: DbExecutor, roundId: number, id: number) =>
  db.selectFrom('consular_kit_allocations').selectAll().where('round_id', '=', roundId).where('id', '=', id).executeTakeFirst();
export async function confirmHandover(db: DbExecutor, id: number, status: 'picked_up' | 'delivered', at: string): Promise<void> {
  await db.updateTable('consular_kit_allocations').set({ status, handed_over_at: at }).where('id', '=', id).execute();
}
export const listAllocations = (db: DbExecutor, roundIds: number[]) =>
  roundIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('consular_kit_allocations as a')
        .innerJoin('consular_citizens as c', 'c.id', 'a.citizen_id')
        .select(['a.id', 'a.round_id', 'a.citizen_id', 'c.full_name', 'a.status', 'a.allocated_at', 'a.handed_over_at'])
        .where('a.round_id', 'in', roundIds)
        .orderBy('a.id')
        .execute();
