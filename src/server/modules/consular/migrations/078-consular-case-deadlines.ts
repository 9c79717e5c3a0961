import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../../db/types';

// The help desk's queue keys (issue 13, ADR 073). A case stores its two deadlines when it opens
// (first_response_due, resolution_due, from the post's working hours, time zone and holidays) and the moments
// they were met; the desk's views and the SLA sweep need what follows from them, as columns an index can hold:
// - queue_rank: 0 life-threatening, 1 urgent, 2 normal while the case runs; 9 once resolved or closed.
// - next_due: the nearest deadline not met yet ('9999-…' when none), so "breached" is next_due < now.
// - sla_late: 1 when a timer was met after its deadline (breached for good, whatever the clock says).
// - escalate_at: when the sweep must next escalate the case automatically (null: never), the rule of
//   core/consular/sla-escalation.ts as SQL: once per timer, never over an officer's own escalation.
// Generated columns: the database recomputes them on every write that touches their inputs (a reply, a
// status change, a reopening, an escalation), so no code path can forget them, and the migration's backfill
// of existing rows is the same expression (PostgreSQL stores them; SQLite computes them on read and the
// indexes hold them). Timestamps are ISO 8601 UTC text of one shape, so text order is time order.
export const NO_DEADLINE = '9999-12-31T23:59:59.999Z';

const RUNNING = sql`status in ('new', 'assigned', 'waiting_on_citizen')`;
const frOpen = sql`(first_response_due is not null and first_response_at is null)`;
const resOpen = sql`(resolution_due is not null and resolved_at is null)`;
const frToEscalate = sql`(${frOpen} and (escalated_at is null or escalation_reason is null))`;
const resToEscalate = sql`(${resOpen} and (escalated_at is null or escalation_reason is null or escalation_reason <> 'sla:resolution'))`;

const COLUMNS = {
  queue_rank: { type: 'integer', expression: sql`case when ${RUNNING} then (case urgency when 'life_threatening' then 0 when 'urgent' then 1 else 2 end) else 9 end` },
  next_due: {
    type: 'text',
    expression: sql`case when ${frOpen} and (not ${resOpen} or first_response_due <= resolution_due) then first_response_due when ${resOpen} then resolution_due else ${sql.lit(NO_DEADLINE)} end`,
  },
  sla_late: {
    type: 'integer',
    expression: sql`case when (first_response_at is not null and first_response_due is not null and first_response_at > first_response_due) or (resolved_at is not null and resolution_due is not null and resolved_at > resolution_due) then 1 else 0 end`,
  },
  escalate_at: {
    type: 'text',
    expression: sql`case when not ${RUNNING} or (escalated_to is not null and escalated_at is not null) then null when ${frToEscalate} and (not ${resToEscalate} or first_response_due <= resolution_due) then first_response_due when ${resToEscalate} then resolution_due else null end`,
  },
} as const;

const INDEXES: Record<string, string[]> = {
  // A post's views in queue order (urgency, nearest deadline, id: the keyset of the cursor); sla_late last, so
  // that counting a view reads the index alone.
  consular_cases_queue: ['post_id', 'queue_rank', 'next_due', 'id', 'sla_late'],
  // An admin's views over every post.
  consular_cases_queue_all: ['queue_rank', 'next_due', 'id', 'sla_late'],
  // "Mine": an officer's assigned cases.
  consular_cases_queue_assignee: ['assigned_to', 'queue_rank', 'next_due', 'id', 'sla_late'],
  // The SLA sweep: what is to escalate before now.
  consular_cases_escalate: ['escalate_at'],
};

export function consularCaseDeadlines(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      for (const [name, column] of Object.entries(COLUMNS)) {
        await db.schema
          .alterTable('consular_cases')
          .addColumn(name, column.type, (c) => (dialect === 'postgres' ? c.generatedAlwaysAs(column.expression).stored() : c.generatedAlwaysAs(column.expression)))
          .execute();
      }
      for (const [name, columns] of Object.entries(INDEXES)) await db.schema.createIndex(name).on('consular_cases').columns(columns).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const name of Object.keys(INDEXES)) await db.schema.dropIndex(name).execute();
      for (const name of Object.keys(COLUMNS).reverse()) await db.schema.alterTable('consular_cases').dropColumn(name).execute();
    },
  };
}
