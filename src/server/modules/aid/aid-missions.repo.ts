import type { Insertable, Updateable } from 'kysely';
import type { DbExecutor } from '../../db/types';
import type { AidMissionsTable, AidTeamMembersTable } from './aid.tables';

// Typed queries over the technical-assistance tables (migration 030-aid-technical-assistance), nothing else.

export const listTeams = (db: DbExecutor) => db.selectFrom('aid_expert_teams').selectAll().orderBy('name').execute();
export const listTeamMembers = (db: DbExecutor) => db.selectFrom('aid_team_members').selectAll().orderBy('team_id').orderBy('id').execute();
export async function insertTeam(db: DbExecutor, row: { name: string; created_by: number | null; created_at: string }): Promise<number> {
  return (await db.insertInto('aid_expert_teams').values(row).returning('id').executeTakeFirstOrThrow()).id;
}
export async function insertTeamMembers(db: DbExecutor, rows: Insertable<AidTeamMembersTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('aid_team_members').values(rows).execute();
}
export async function updateTeamName(db: DbExecutor, id: number, name: string): Promise<void> {
  await db.updateTable('aid_expert_teams').set({ name }).where('id', '=', id).execute();
}
export async function deleteTeamMembers(db: DbExecutor, teamId: number): Promise<void> {
  await db.deleteFrom('aid_team_members').where('team_id', '=', teamId).execute();
}
export const findTeamByName = (db: DbExecutor, name: string) => db.selectFrom('aid_expert_teams').select('id').where('name', '=', name).executeTakeFirst();

export function listMissions(db: DbExecutor, filter: { id?: number; partnerId?: string; teamIds?: readonly number[] } = {}) {
  let q = db.selectFrom('aid_missions').selectAll();
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  if (filter.partnerId !== undefined) q = q.where('partner_id', '=', filter.partnerId);
  if (filter.teamIds !== undefined) q = q.where('team_id', 'in', filter.teamIds.length > 0 ? [...filter.teamIds] : [-1]);
  return q.orderBy('start_date', 'desc').orderBy('id', 'desc').execute();
}
export async function insertMission(db: DbExecutor, row: Insertable<AidMissionsTable>): Promise<number> {
  return (await db.insertInto('aid_missions').values(row).returning('id').executeTakeFirstOrThrow()).id;
}
export async function updateMission(db: DbExecutor, id: number, patch: Updateable<AidMissionsTable>): Promise<void> {
  await db.updateTable('aid_missions').set(patch).where('id', '=', id).execute();
}
