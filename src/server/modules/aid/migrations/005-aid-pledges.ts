import { sql, type Kysely } from 'kysely';
import { columnTypes, withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// The aid module (issue 4): other donors' pledges to partners, netted from demand and counted in the
// shortage of the partner's need.
export function aidPledges(dialect: Dialect) {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('aid_pledges'), dialect)
        .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
        .addColumn('item_id', 'text', (c) => c.notNull().references('aid_items.id'))
        .addColumn('quantity', t.double, (c) => c.notNull().check(sql`quantity > 0`))
        .addColumn('donor', 'text', (c) => c.notNull())
        .addColumn('expected_date', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_by_label', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_pledges_partner').on('aid_pledges').columns(['partner_id', 'item_id']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('aid_pledges').execute();
    },
  };
}
