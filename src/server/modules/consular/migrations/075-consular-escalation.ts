import type { Kysely } from 'kysely';

// Escalation of a help request (issue 13): to whom (an officer of the post, e.g. its head), when and why.
export function consularEscalation() {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('consular_cases').addColumn('escalated_to', 'integer', (c) => c.references('users.id')).execute();
      await db.schema.alterTable('consular_cases').addColumn('escalated_at', 'text').execute();
      await db.schema.alterTable('consular_cases').addColumn('escalation_reason', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      for (const column of ['escalation_reason', 'escalated_at', 'escalated_to']) await db.schema.alterTable('consular_cases').dropColumn(column).execute();
    },
  };
}
