import type { Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// The consular module (issue 13): imported cases from the health authority, one row per case, and the
// imports they came in (who, when, how many), so a file can be traced.
export function consular(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('consular_case_imports'), dialect)
        .addColumn('rows', 'integer', (c) => c.notNull())
        .addColumn('actor_label', 'text', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .execute();
      await withIdColumn(db.schema.createTable('consular_imported_cases'), dialect)
        .addColumn('import_id', 'integer', (c) => c.notNull().references('consular_case_imports.id'))
        .addColumn('arrival_date', 'text', (c) => c.notNull())
        .addColumn('port_of_entry', 'text', (c) => c.notNull())
        .addColumn('flight', 'text', (c) => c.notNull())
        .addColumn('origin_iso3', 'text', (c) => c.notNull())
        .addColumn('passport_iso3', 'text', (c) => c.notNull())
        .addColumn('student', 'integer', (c) => c.notNull())
        .addColumn('age_band', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('consular_imported_cases_arrival').on('consular_imported_cases').column('arrival_date').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('consular_imported_cases').execute();
      await db.schema.dropTable('consular_case_imports').execute();
    },
  };
}
