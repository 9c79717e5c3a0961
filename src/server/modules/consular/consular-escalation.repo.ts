import { autoEscalationReason } from '../../../core/consular/sla-escalation';
import type { DbExecutor } from '../../db/types';

const RUNNING = ['new', 'assigned', 'waiting_on_citizen'];
const RESOLUTION = autoEscalationReason('resolution');

/** Running cases with a timer past its deadline and no officer's escalation: the candidates of the SLA sweep. */
export const listOverdueCases = (db: DbExecutor, now: string, limit: number) =>
  db
    .selectFrom('consular_cases')
    .select(['id', 'status', 'first_response_due', 'first_response_at', 'resolution_due', 'resolved_at', 'escalated_to', 'escalated_at', 'escalation_reason'])
    .where('status', 'in', RUNNING)
    .where('escalated_to', 'is', null)
    // Only what is still to escalate, so a backlog already escalated never hides newer cases behind the limit.
    .where((eb) =>
      eb.or([
        eb.and([eb('first_response_at', 'is', null), eb('first_response_due', '<', now), eb('escalated_at', 'is', null)]),
        eb.and([eb('resolved_at', 'is', null), eb('resolution_due', '<', now), eb.or([eb('escalation_reason', 'is', null), eb('escalation_reason', '<>', RESOLUTION)])]),
      ]),
    )
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
