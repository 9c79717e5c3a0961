import type { Kysely } from 'kysely';
import { columnTypes, withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

export function situation(dialect: Dialect) {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('situation_series')
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('iso3', 'text', (c) => c.notNull())
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('cumulative_cases', t.double, (c) => c.notNull())
        .addColumn('cumulative_deaths', t.double, (c) => c.notNull())
        .addPrimaryKeyConstraint('situation_series_pk', ['source', 'iso3', 'date'])
        .execute();

      await withIdColumn(db.schema.createTable('situation_imports'), dialect)
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('files', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('actor_label', 'text', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('situation_severity_weights')
        .addColumn('factor', 'text', (c) => c.primaryKey())
        .addColumn('weight', t.double, (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('situation_severity_weights').execute();
      await db.schema.dropTable('situation_imports').execute();
      await db.schema.dropTable('situation_series').execute();
    },
  };
}
