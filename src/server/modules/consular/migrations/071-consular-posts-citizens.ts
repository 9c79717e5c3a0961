import type { Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// The consular module (issue 13): posts (embassies and consulates general) and the citizens abroad
// registered with them. Lists (covered countries, district cities, phones, working hours) are JSON text:
// they are read and written whole with their post. A passport number is stored only encrypted (ADR 070).
export function consularPostsCitizens(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('consular_posts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('name_zh', 'text', (c) => c.notNull())
        .addColumn('host_iso3', 'text', (c) => c.notNull())
        .addColumn('city', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('working_hours', 'text', (c) => c.notNull())
        .addColumn('covers', 'text', (c) => c.notNull())
        .addColumn('cities', 'text', (c) => c.notNull())
        .addColumn('phones', 'text', (c) => c.notNull())
        .addColumn('demo', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await withIdColumn(db.schema.createTable('consular_citizens'), dialect)
        .addColumn('post_id', 'text', (c) => c.notNull().references('consular_posts.id'))
        .addColumn('user_id', 'integer', (c) => c.references('users.id').unique())
        .addColumn('full_name', 'text', (c) => c.notNull())
        .addColumn('date_of_birth', 'text', (c) => c.notNull())
        .addColumn('passport_encrypted', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('school', 'text')
        .addColumn('programme', 'text')
        .addColumn('guardian_contact', 'text')
        .addColumn('host_iso3', 'text', (c) => c.notNull())
        .addColumn('city', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('email', 'text')
        .addColumn('messaging_handle', 'text')
        .addColumn('consent_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('consular_citizens_post').on('consular_citizens').column('post_id').execute();
      await db.schema.createIndex('consular_citizens_phone').on('consular_citizens').column('phone').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('consular_citizens').execute();
      await db.schema.dropTable('consular_posts').execute();
    },
  };
}
