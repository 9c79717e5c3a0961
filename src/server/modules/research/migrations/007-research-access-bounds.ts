import type { Kysely } from 'kysely';

// The research access statistics bounded (issue 12.3): a visit counts once per visitor and day (a unique
// visit_key, null for downloads, so rows before this migration stay as they are), and raw rows older than the
// retention are folded into per-day, per-country aggregates and deleted.
export function researchAccessBounds() {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('research_access_log').addColumn('visit_key', 'text').execute();
      await db.schema.createIndex('research_access_log_visit_key').unique().on('research_access_log').column('visit_key').execute();
      await db.schema
        .createTable('research_access_daily')
        .addColumn('date', 'text', (c) => c.notNull())
        // '' for visitors without a country: a primary key column cannot be null.
        .addColumn('country', 'text', (c) => c.notNull())
        .addColumn('visitors', 'integer', (c) => c.notNull())
        .addColumn('visits', 'integer', (c) => c.notNull())
        .addColumn('downloads', 'integer', (c) => c.notNull())
        .addColumn('genomes', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('research_access_daily_pk', ['date', 'country'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('research_access_daily').execute();
      await db.schema.dropIndex('research_access_log_visit_key').execute();
      await db.schema.alterTable('research_access_log').dropColumn('visit_key').execute();
    },
  };
}
