import { sql, type Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// Health kits (issue 13): kit types, stock per post (never negative: a check constraint under the guarded
// decrement), distribution rounds, and one allocation per person per round (a unique constraint).
export function consularKits(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('consular_kit_types')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('name_zh', 'text', (c) => c.notNull())
        .addColumn('contents', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('consular_kit_stock')
        .addColumn('post_id', 'text', (c) => c.notNull().references('consular_posts.id'))
        .addColumn('kit_type_id', 'text', (c) => c.notNull().references('consular_kit_types.id'))
        .addColumn('quantity', 'integer', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('consular_kit_stock_pk', ['post_id', 'kit_type_id'])
        .addCheckConstraint('consular_kit_stock_not_negative', sql`quantity >= 0`)
        .execute();
      await withIdColumn(db.schema.createTable('consular_kit_rounds'), dialect)
        .addColumn('post_id', 'text', (c) => c.notNull().references('consular_posts.id'))
        .addColumn('kit_type_id', 'text', (c) => c.notNull().references('consular_kit_types.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('students_only', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await withIdColumn(db.schema.createTable('consular_kit_allocations'), dialect)
        .addColumn('round_id', 'integer', (c) => c.notNull().references('consular_kit_rounds.id'))
        .addColumn('citizen_id', 'integer', (c) => c.notNull().references('consular_citizens.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('allocated_by', 'integer', (c) => c.references('users.id'))
        .addColumn('allocated_at', 'text', (c) => c.notNull())
        .addColumn('handed_over_at', 'text')
        .addUniqueConstraint('consular_kit_allocations_once', ['round_id', 'citizen_id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('consular_kit_allocations').execute();
      await db.schema.dropTable('consular_kit_rounds').execute();
      await db.schema.dropTable('consular_kit_stock').execute();
      await db.schema.dropTable('consular_kit_types').execute();
    },
  };
}
