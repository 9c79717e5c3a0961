import type { AuditEntry, AuditQuery } from '../../../shared/schemas/audit';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db, DbExecutor } from '../../db/types';
import { distinctActions, findAuditRows, insertAuditRow } from './audit.repo';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | number;
  summary: Record<string, unknown>;
}

const SECRET_KEYS = /password|token|secret|hash/i;

export function createAuditService(db: Db, clock: Clock) {
  return {
    /** Call inside the transaction of the change, so the change and its record land together or not at all. */
    async record(trx: DbExecutor, actor: Actor, event: AuditEvent): Promise<void> {
      await insertAuditRow(trx, {
        at: clock().toISOString(),
        actor_id: actor.userId,
        actor_label: actor.label,
        action: event.action,
        entity_type: event.entityType,
        entity_id: String(event.entityId),
        summary: JSON.stringify(redact(event.summary)),
        request_id: actor.requestId,
        correlation_id: actor.correlationId ?? null,
      });
    },

    /** The actions recorded so far, sorted, for the log's filter. */
    actions: () => distinctActions(db),

    async list(query: AuditQuery): Promise<{ entries: AuditEntry[]; total: number }> {
      const { rows, total } = await findAuditRows(db, query);
      return {
        total,
        entries: rows.map((r) => ({
          id: r.id,
          at: r.at,
          actorId: r.actor_id,
          actorLabel: r.actor_label,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          summary: JSON.parse(r.summary) as Record<string, unknown>,
          requestId: r.request_id,
          correlationId: r.correlation_id,
        })),
      };
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;

// A summary never carries a secret, even if a caller passes one by mistake.
function redact(summary: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : v]));
}
