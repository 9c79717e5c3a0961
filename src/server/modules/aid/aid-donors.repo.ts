import type { Insertable } from 'kysely';
import type { DbExecutor } from '../../db/types';
import type { AidDonorFlowsTable, AidDonorImportsTable } from './aid-donors.tables';

// Typed queries over other donors' imports and flows (migration 031-aid-donor-imports), nothing else.

/** Rows per insert: well under both databases' limits on bound parameters (10 columns a row). */
export const FLOW_CHUNK = 500;

export const listDonorImports = (db: DbExecutor) => db.selectFrom('aid_donor_imports').selectAll().orderBy('id', 'desc').execute();
export const findDonorImport = (db: DbExecutor, id: number) => db.selectFrom('aid_donor_imports').selectAll().where('id', '=', id).executeTakeFirst();
export const findDonorImportBySha = (db: DbExecutor, sha256: string) => db.selectFrom('aid_donor_imports').select(['id', 'file_name']).where('sha256', '=', sha256).executeTakeFirst();

export async function insertDonorImport(db: DbExecutor, row: Insertable<AidDonorImportsTable>): Promise<number> {
  return (await db.insertInto('aid_donor_imports').values(row).returning('id').executeTakeFirstOrThrow()).id;
}
export async function insertDonorFlows(db: DbExecutor, rows: Insertable<AidDonorFlowsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += FLOW_CHUNK) await db.insertInto('aid_donor_flows').values(rows.slice(i, i + FLOW_CHUNK)).execute();
}
export async function deleteDonorImport(db: DbExecutor, id: number): Promise<void> {
  await db.deleteFrom('aid_donor_flows').where('import_id', '=', id).execute();
  await db.deleteFrom('aid_donor_imports').where('id', '=', id).execute();
}

/** Flows with their import's format (the origin shown), for one partner or dated within [from, to]. */
export function listDonorFlows(db: DbExecutor, filter: { partnerId?: string; from?: string; to?: string } = {}) {
  let q = db
    .selectFrom('aid_donor_flows')
    .innerJoin('aid_donor_imports', 'aid_donor_imports.id', 'aid_donor_flows.import_id')
    .select(['aid_donor_flows.partner_id', 'aid_donor_flows.item_id', 'aid_donor_flows.donor', 'aid_donor_flows.kind', 'aid_donor_flows.quantity', 'aid_donor_flows.flow_date', 'aid_donor_imports.format']);
  if (filter.partnerId !== undefined) q = q.where('aid_donor_flows.partner_id', '=', filter.partnerId);
  if (filter.from !== undefined) q = q.where('aid_donor_flows.flow_date', '>=', filter.from);
  if (filter.to !== undefined) q = q.where('aid_donor_flows.flow_date', '<=', filter.to);
  return q.orderBy('aid_donor_flows.id').execute();
}
