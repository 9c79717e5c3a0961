import type { Kysely } from 'kysely';

// The id a client sends in X-Request-Id is kept as the audit record's correlation id (issue 12.7): the record's
// own request id is always one the server made, so a client cannot give its records the id of another's.
export function auditCorrelationId() {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('audit_log').addColumn('correlation_id', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('audit_log').dropColumn('correlation_id').execute();
    },
  };
}
