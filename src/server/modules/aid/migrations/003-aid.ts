import { sql, type Kysely } from 'kysely';
import { REQUEST_STATUSES } from '../../../../shared/schemas/aid';
import { columnTypes, withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// The aid module (issue 4): catalogue, donor supply and reserve, partners' requests, approved batches.
export function aid(dialect: Dialect) {
  const t = columnTypes(dialect);
  const statuses = sql.join(REQUEST_STATUSES.map((s) => sql.lit(s)));
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('aid_items')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name_en', 'text', (c) => c.notNull())
        .addColumn('name_zh', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('pack_size', 'integer', (c) => c.notNull().check(sql`pack_size > 0`))
        .addColumn('pack_weight_kg', t.double, (c) => c.notNull())
        .addColumn('pack_volume_m3', t.double, (c) => c.notNull())
        .addColumn('value', t.double, (c) => c.notNull().defaultTo(1))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('aid_supply')
        .addColumn('item_id', 'text', (c) => c.primaryKey().references('aid_items.id'))
        .addColumn('stock_on_hand', t.double, (c) => c.notNull().defaultTo(0))
        .addColumn('weekly_incoming', t.double, (c) => c.notNull().defaultTo(0))
        .addColumn('committed', t.double, (c) => c.notNull().defaultTo(0))
        .addColumn('reserve_floor', t.double, (c) => c.notNull().defaultTo(0))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('aid_settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();

      await withIdColumn(db.schema.createTable('aid_requests'), dialect)
        .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in (${statuses})`))
        .addColumn('needed_by', 'text', (c) => c.notNull())
        .addColumn('justification', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_requests_partner').on('aid_requests').columns(['partner_id', 'status']).execute();

      await withIdColumn(db.schema.createTable('aid_request_lines'), dialect)
        .addColumn('request_id', 'integer', (c) => c.notNull().references('aid_requests.id').onDelete('cascade'))
        .addColumn('item_id', 'text', (c) => c.notNull().references('aid_items.id'))
        .addColumn('quantity', t.double, (c) => c.notNull().check(sql`quantity > 0`))
        .addUniqueConstraint('aid_request_lines_item', ['request_id', 'item_id'])
        .execute();

      await withIdColumn(db.schema.createTable('aid_request_comments'), dialect)
        .addColumn('request_id', 'integer', (c) => c.notNull().references('aid_requests.id').onDelete('cascade'))
        .addColumn('author_id', 'integer', (c) => c.references('users.id'))
        .addColumn('author_label', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_request_comments_request').on('aid_request_comments').column('request_id').execute();

      await withIdColumn(db.schema.createTable('aid_batches'), dialect)
        .addColumn('number', 'integer', (c) => c.notNull().unique())
        .addColumn('batch_date', 'text', (c) => c.notNull())
        .addColumn('approved_by', 'integer', (c) => c.references('users.id'))
        .addColumn('approved_by_label', 'text', (c) => c.notNull())
        .addColumn('approved_at', 'text', (c) => c.notNull())
        .addColumn('supply_fingerprint', 'text', (c) => c.notNull())
        .addColumn('objective', t.double, (c) => c.notNull())
        .addColumn('options', 'text', (c) => c.notNull())
        .execute();

      await withIdColumn(db.schema.createTable('aid_batch_allocations'), dialect)
        .addColumn('batch_id', 'integer', (c) => c.notNull().references('aid_batches.id'))
        .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
        .addColumn('request_id', 'integer', (c) => c.references('aid_requests.id'))
        .addColumn('item_id', 'text', (c) => c.notNull().references('aid_items.id'))
        .addColumn('quantity', t.double, (c) => c.notNull())
        .addColumn('packs', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_batch_allocations_partner').on('aid_batch_allocations').columns(['partner_id', 'batch_id']).execute();
      await db.schema.createIndex('aid_batch_allocations_request').on('aid_batch_allocations').column('request_id').execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['aid_batch_allocations', 'aid_batches', 'aid_request_comments', 'aid_request_lines', 'aid_requests', 'aid_settings', 'aid_supply', 'aid_items'])
        await db.schema.dropTable(table).execute();
    },
  };
}
