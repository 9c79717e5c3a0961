import { sql, type Kysely } from 'kysely';
import { columnTypes, withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// The knowledge module (issue 14): technical documents, their numbered editions and each edition's files
// (one per language and format), stored by content hash (ADR 081).
export function knowledge(dialect: Dialect) {
  const t = columnTypes(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('knowledge_documents'), dialect)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title_en', 'text', (c) => c.notNull())
        .addColumn('title_zh', 'text', (c) => c.notNull())
        .addColumn('public', 'integer', (c) => c.notNull().check(sql`public in (0, 1)`))
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_by_label', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await withIdColumn(db.schema.createTable('knowledge_editions'), dialect)
        .addColumn('document_id', 'integer', (c) => c.notNull().references('knowledge_documents.id'))
        .addColumn('number', 'integer', (c) => c.notNull().check(sql`number > 0`))
        .addColumn('edition_date', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .addColumn('published_by_label', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('knowledge_editions_number', ['document_id', 'number'])
        .execute();
      await withIdColumn(db.schema.createTable('knowledge_files'), dialect)
        .addColumn('edition_id', 'integer', (c) => c.notNull().references('knowledge_editions.id'))
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('size', t.bigint, (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('knowledge_files_language', ['edition_id', 'language', 'format'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['knowledge_files', 'knowledge_editions', 'knowledge_documents']) await db.schema.dropTable(table).execute();
    },
  };
}
