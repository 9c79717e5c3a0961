import type { Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// The consular module (issue 13): help requests from any channel and their messages (replies the citizen
// sees, internal notes they do not, and the citizen's own). Deadlines are stored when set, in UTC.
export function consularCases(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('consular_cases'), dialect)
        .addColumn('post_id', 'text', (c) => c.notNull().references('consular_posts.id'))
        .addColumn('citizen_id', 'integer', (c) => c.references('consular_citizens.id'))
        .addColumn('caller_name', 'text', (c) => c.notNull())
        .addColumn('caller_phone', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('urgency', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('assigned_to', 'integer', (c) => c.references('users.id'))
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('first_response_due', 'text')
        .addColumn('resolution_due', 'text')
        .addColumn('first_response_at', 'text')
        .addColumn('resolved_at', 'text')
        .addColumn('created_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('consular_cases_post').on('consular_cases').columns(['post_id', 'status']).execute();
      await db.schema.createIndex('consular_cases_phone').on('consular_cases').column('caller_phone').execute();
      await withIdColumn(db.schema.createTable('consular_case_messages'), dialect)
        .addColumn('case_id', 'integer', (c) => c.notNull().references('consular_cases.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('author_id', 'integer', (c) => c.references('users.id'))
        .addColumn('author_label', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('consular_case_messages_case').on('consular_case_messages').column('case_id').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('consular_case_messages').execute();
      await db.schema.dropTable('consular_cases').execute();
    },
  };
}
