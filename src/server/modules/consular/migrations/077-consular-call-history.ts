import type { Kysely } from 'kysely';

// The help desk's historical call counts (issue 13), imported from CSV, one row a day per line: post_id ''
// is the central hotline (a primary key column cannot be null on PostgreSQL). A re-import replaces the days
// it names. The index on consular_cases.created_at serves the statistics' per-day counts.
export function consularCallHistory() {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('consular_call_history')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('post_id', 'text', (c) => c.notNull())
        .addColumn('calls', 'integer', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('consular_call_history_pk', ['day', 'post_id'])
        .execute();
      await db.schema.createIndex('consular_cases_created').on('consular_cases').column('created_at').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('consular_cases_created').execute();
      await db.schema.dropTable('consular_call_history').execute();
    },
  };
}
