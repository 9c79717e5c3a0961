import { sql, type Kysely } from 'kysely';
import { withIdColumn } from '../column-types';
import type { Dialect } from '../types';

// Imports handed to the job queue (ADR 063): the file a request brought waits here, compressed, until a process
// that takes jobs runs it; the row then holds the outcome the request (or the page polling it) reads. Whoever
// runs the job marks the row done in the transaction that writes the import, so an import is stored once.
export function importJobs(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('import_jobs'), dialect)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('payload', dialect === 'postgres' ? sql`bytea` : 'blob')
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('worker', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema.createIndex('import_jobs_status').on('import_jobs').columns(['status', 'id']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('import_jobs').execute();
    },
  };
}
