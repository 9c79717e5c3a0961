import type { Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// Briefings and exchange meetings (ADR 085): the meeting (agenda, co-hosts, presented editions, minutes and
// recording as JSON or text), its invited partners with registration and attendance, and questions.
export function knowledgeMeetings(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('knowledge_meetings'), dialect)
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title_en', 'text', (c) => c.notNull())
        .addColumn('title_zh', 'text', (c) => c.notNull())
        .addColumn('co_hosts', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text', (c) => c.notNull())
        .addColumn('agenda', 'text', (c) => c.notNull())
        .addColumn('edition_ids', 'text', (c) => c.notNull())
        .addColumn('held_at', 'text')
        .addColumn('minutes', 'text')
        .addColumn('recording_url', 'text')
        .addColumn('created_by_label', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('knowledge_meeting_invitees')
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('knowledge_meetings.id'))
        .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
        .addColumn('registered_at', 'text')
        .addColumn('attended', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('knowledge_meeting_invitees_pk', ['meeting_id', 'partner_id'])
        .execute();
      await withIdColumn(db.schema.createTable('knowledge_meeting_questions'), dialect)
        .addColumn('meeting_id', 'integer', (c) => c.notNull().references('knowledge_meetings.id'))
        .addColumn('partner_id', 'text')
        .addColumn('asked_by_label', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('asked_at', 'text', (c) => c.notNull())
        .addColumn('answer', 'text')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['knowledge_meeting_questions', 'knowledge_meeting_invitees', 'knowledge_meetings']) await db.schema.dropTable(table).execute();
    },
  };
}
