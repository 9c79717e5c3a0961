import type { Insertable } from 'kysely';
import type { DbExecutor, SessionsTable } from '../db/types';

export async function insertSession(db: DbExecutor, row: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** The live session for a token hash, with its user, or nothing when revoked, expired or disabled. */
export function findLiveSession(db: DbExecutor, idHash: string, nowIso: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id_hash',
      'sessions.csrf_token',
      'users.id as user_id',
      'users.email',
      'users.display_name',
      'users.role',
      'users.partner_id',
      'users.post_id',
    ])
    .where('sessions.id_hash', '=', idHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', nowIso)
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
}

export async function revokeSession(db: DbExecutor, idHash: string, nowIso: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: nowIso }).where('id_hash', '=', idHash).where('revoked_at', 'is', null).execute();
}

/** Ends every live session of a user, except the one given (the session that asked, on a password change). */
export async function revokeUserSessions(db: DbExecutor, userId: number, nowIso: string, exceptIdHash?: string): Promise<void> {
  let query = db.updateTable('sessions').set({ revoked_at: nowIso }).where('user_id', '=', userId).where('revoked_at', 'is', null);
  if (exceptIdHash) query = query.where('id_hash', '!=', exceptIdHash);
  await query.execute();
}
