import type { Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// Reminders (ADR 084): the in-app reminder a partner sees on an inbox item, and the e-mail outbox a
// background loop drains through SMTP, with attempts and the next try kept so a failure is retried.
export function knowledgeReminders(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('knowledge_reminders'), dialect)
        .addColumn('edition_id', 'integer', (c) => c.notNull().references('knowledge_editions.id'))
        .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by_label', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('knowledge_reminders_partner').on('knowledge_reminders').columns(['partner_id', 'edition_id']).execute();
      await withIdColumn(db.schema.createTable('knowledge_outbox'), dialect)
        .addColumn('to_address', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .addColumn('gave_up_at', 'text')
        .addColumn('last_error', 'text')
        .execute();
      await db.schema.createIndex('knowledge_outbox_due').on('knowledge_outbox').columns(['sent_at', 'gave_up_at', 'next_attempt_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['knowledge_outbox', 'knowledge_reminders']) await db.schema.dropTable(table).execute();
    },
  };
}
