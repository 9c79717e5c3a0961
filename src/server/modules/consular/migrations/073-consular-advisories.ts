import type { Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// Advisories (issue 13): one row per advisory and one per version of its text (every edit is a new version,
// none is overwritten), and one delivery per citizen it was sent to, with when they opened it.
export function consularAdvisories(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('consular_advisories'), dialect)
        .addColumn('post_id', 'text', (c) => c.notNull().references('consular_posts.id'))
        .addColumn('audience', 'text', (c) => c.notNull())
        .addColumn('city', 'text')
        .addColumn('current_version', 'integer', (c) => c.notNull())
        .addColumn('published_version', 'integer')
        .addColumn('published_at', 'text')
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('consular_advisories_post').on('consular_advisories').column('post_id').execute();
      await withIdColumn(db.schema.createTable('consular_advisory_versions'), dialect)
        .addColumn('advisory_id', 'integer', (c) => c.notNull().references('consular_advisories.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('title_en', 'text', (c) => c.notNull())
        .addColumn('title_zh', 'text', (c) => c.notNull())
        .addColumn('body_en', 'text', (c) => c.notNull())
        .addColumn('body_zh', 'text', (c) => c.notNull())
        .addColumn('author_label', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('consular_advisory_versions_number', ['advisory_id', 'version'])
        .execute();
      await withIdColumn(db.schema.createTable('consular_advisory_deliveries'), dialect)
        .addColumn('advisory_id', 'integer', (c) => c.notNull().references('consular_advisories.id'))
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('citizen_id', 'integer', (c) => c.notNull().references('consular_citizens.id'))
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'text')
        .addUniqueConstraint('consular_advisory_deliveries_once', ['advisory_id', 'version', 'citizen_id'])
        .execute();
      await db.schema.createIndex('consular_advisory_deliveries_citizen').on('consular_advisory_deliveries').column('citizen_id').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('consular_advisory_deliveries').execute();
      await db.schema.dropTable('consular_advisory_versions').execute();
      await db.schema.dropTable('consular_advisories').execute();
    },
  };
}
