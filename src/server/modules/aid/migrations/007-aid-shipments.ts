import { sql, type Kysely } from 'kysely';
import { columnTypes, withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// The aid module after approval (issue 15, docs/decisions/037, 038): each approved batch becomes one
// consignment per recipient, with its packing list, its timeline of steps and the partner's receipts;
// what did not arrive is returned to supply or carried over to the partner's next consignment. Catalogue
// items get a unit value (money, the IATI export's currency) for the transactions of the IATI export.
export function aidShipments(dialect: Dialect) {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('aid_items').addColumn('unit_value', t.double).execute();
      await withIdColumn(db.schema.createTable('aid_consignments'), dialect)
        .addColumn('batch_id', 'integer', (c) => c.notNull().references('aid_batches.id'))
        .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
        .addColumn('number', 'text', (c) => c.notNull().unique())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('mode', 'text')
        .addColumn('carrier', 'text')
        .addColumn('voyage', 'text')
        .addColumn('departure_airport', 'text')
        .addColumn('arrival_airport', 'text')
        .addColumn('planned_departure', 'text')
        .addColumn('planned_arrival', 'text')
        .addColumn('remainder', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('aid_consignments_batch_partner', ['batch_id', 'partner_id'])
        .execute();
      await withIdColumn(db.schema.createTable('aid_consignment_lines'), dialect)
        .addColumn('consignment_id', 'integer', (c) => c.notNull().references('aid_consignments.id'))
        .addColumn('item_id', 'text', (c) => c.notNull().references('aid_items.id'))
        .addColumn('quantity', t.double, (c) => c.notNull().check(sql`quantity >= 0`))
        .addColumn('packs', 'integer', (c) => c.notNull())
        .addColumn('carried_from', 'integer', (c) => c.references('aid_consignments.id'))
        .execute();
      await withIdColumn(db.schema.createTable('aid_consignment_events'), dialect)
        .addColumn('consignment_id', 'integer', (c) => c.notNull().references('aid_consignments.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
        .addColumn('actor_label', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .execute();
      await withIdColumn(db.schema.createTable('aid_receipts'), dialect)
        .addColumn('consignment_id', 'integer', (c) => c.notNull().references('aid_consignments.id'))
        .addColumn('item_id', 'text', (c) => c.notNull().references('aid_items.id'))
        .addColumn('good', t.double, (c) => c.notNull().check(sql`good >= 0`))
        .addColumn('damaged', t.double, (c) => c.notNull().check(sql`damaged >= 0`))
        .addColumn('excess', t.double, (c) => c.notNull().check(sql`excess >= 0`))
        .addColumn('note', 'text')
        .addColumn('actor_id', 'integer', (c) => c.references('users.id'))
        .addColumn('actor_label', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute();
      for (const table of ['aid_consignment_lines', 'aid_consignment_events', 'aid_receipts'])
        await db.schema.createIndex(`${table}_consignment`).on(table).column('consignment_id').execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['aid_receipts', 'aid_consignment_events', 'aid_consignment_lines', 'aid_consignments']) await db.schema.dropTable(table).execute();
      await db.schema.alterTable('aid_items').dropColumn('unit_value').execute();
    },
  };
}
