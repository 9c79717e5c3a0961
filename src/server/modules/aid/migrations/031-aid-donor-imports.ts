import { sql, type Kysely } from 'kysely';
import { columnTypes, withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// Other donors' deliveries and pledges (issue 15, docs/decisions/046): each imported file (IATI activity XML
// or an FTS-like CSV) and the flows read from it, per partner and item. A flow belongs to its import: deleting
// the import takes its flows with it.
export function aidDonorImports(dialect: Dialect) {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('aid_donor_imports'), dialect)
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        /** The file's SHA-256: the same file twice would count its goods twice. */
        .addColumn('sha256', 'text', (c) => c.notNull().unique())
        .addColumn('bytes', t.bigint, (c) => c.notNull())
        .addColumn('activities', 'integer', (c) => c.notNull())
        .addColumn('flows', 'integer', (c) => c.notNull())
        /** JSON array of donor names. */
        .addColumn('donors', 'text', (c) => c.notNull())
        .addColumn('skipped_unknown_partner', 'integer', (c) => c.notNull())
        .addColumn('skipped_unknown_item', 'integer', (c) => c.notNull())
        .addColumn('imported_by', 'integer', (c) => c.references('users.id'))
        .addColumn('imported_by_label', 'text', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .execute();
      await withIdColumn(db.schema.createTable('aid_donor_flows'), dialect)
        .addColumn('import_id', 'integer', (c) => c.notNull().references('aid_donor_imports.id'))
        .addColumn('donor', 'text', (c) => c.notNull())
        .addColumn('donor_ref', 'text')
        .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
        .addColumn('item_id', 'text', (c) => c.notNull().references('aid_items.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('quantity', t.double, (c) => c.notNull().check(sql`quantity > 0`))
        .addColumn('flow_date', 'text', (c) => c.notNull())
        .addColumn('reference', 'text')
        .addColumn('line', 'integer', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('aid_donor_flows_partner').on('aid_donor_flows').columns(['partner_id', 'item_id']).execute();
      await db.schema.createIndex('aid_donor_flows_import').on('aid_donor_flows').column('import_id').execute();
      await db.schema.createIndex('aid_donor_flows_date').on('aid_donor_flows').column('flow_date').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('aid_donor_flows').execute();
      await db.schema.dropTable('aid_donor_imports').execute();
    },
  };
}
