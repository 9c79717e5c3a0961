import type { DbExecutor } from '../../db/types';

/**
 * The candidates of the SLA sweep: running cases a timer of which ran out and was not escalated for yet, read
 * from the index on escalate_at (migration 078 derives it from the timers and the escalation so far), so a
 * backlog already escalated is never read again and never hides newer cases behind the limit.
 */
export const listOverdueCases = (db: DbExecutor, now: string, limit: number) =>
  db
    .selectFrom('consular_cases')
    .select(['id', 'status', 'first_response_due', 'first_response_at', 'resolution_due', 'resolved_at', 'escalated_to', 'escalated_at', 'escalation_reason'])
    .where('escalate_at', '<', now)
    .orderBy('escalate_at')
    .orderBy('id')
    .limit(limit)
    .execute();

/** Marks the case escalated for `reason` if it still stands as read (`before`); whether it did. */
export async function escalateAutomatically(db: DbExecutor, id: number, before: string | null, reason: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('consular_cases')
    .set({ escalated_to: null, escalated_at: now, escalation_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('escalated_to', 'is', null)
    .where((eb) => (before === null ? eb('escalation_reason', 'is', null) : eb('escalation_reason', '=', before)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
