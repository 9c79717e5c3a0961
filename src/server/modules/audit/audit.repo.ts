import type { AuditQuery } from '../../../shared/schemas/audit';
import type { Insertable } from 'kysely';
import type { AuditLogTable, DbExecutor } from '../../db/types';

export type NewAuditRow = Insertable<AuditLogTable>;

// Inserts and reads only: the audit log has no update or delete path (and the database refuses both).
export async function insertAuditRow(db: DbExecutor, row: NewAuditRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}

export async function findAuditRows(db: DbExecutor, q: AuditQuery) {
  let query = db.selectFrom('audit_log');
  if (q.actorId !== undefined) query = query.where('actor_id', '=', q.actorId);
  if (q.action) query = query.where('action', '=', q.action);
  if (q.entityType) query = query.where('entity_type', '=', q.entityType);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.from) query = query.where('at', '>=', q.from);
  if (q.to) query = query.where('at', '<', nextDay(q.to));
  const [rows, total] = await Promise.all([
    query.selectAll().orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Every action the log holds, for the filter to offer (a few dozen names; the index on action serves it). */
export async function distinctActions(db: DbExecutor): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
  return rows.map((r) => r.action);
}

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
