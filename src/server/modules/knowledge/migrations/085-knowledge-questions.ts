import type { Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// Expert questions (ADR 086): the topics each expert declares, and partners' questions with the expert they
// were routed to (null: the unassigned queue), the answer, the edition it refers to, and when it was published.
export function knowledgeQuestions(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('knowledge_expert_topics')
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
        .addColumn('topic', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('knowledge_expert_topics_pk', ['user_id', 'topic'])
        .execute();
      await db.schema.createIndex('knowledge_expert_topics_topic').on('knowledge_expert_topics').column('topic').execute();
      await withIdColumn(db.schema.createTable('knowledge_questions'), dialect)
        .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('asked_by_label', 'text', (c) => c.notNull())
        .addColumn('asked_at', 'text', (c) => c.notNull())
        .addColumn('due_at', 'text', (c) => c.notNull())
        .addColumn('expert_id', 'integer', (c) => c.references('users.id'))
        .addColumn('answer', 'text')
        .addColumn('answered_at', 'text')
        .addColumn('answered_by_label', 'text')
        .addColumn('edition_id', 'integer', (c) => c.references('knowledge_editions.id'))
        .addColumn('published_at', 'text')
        .addColumn('published_by_label', 'text')
        .execute();
      await db.schema.createIndex('knowledge_questions_partner').on('knowledge_questions').column('partner_id').execute();
      await db.schema.createIndex('knowledge_questions_expert').on('knowledge_questions').columns(['expert_id', 'answered_at']).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['knowledge_questions', 'knowledge_expert_topics']) await db.schema.dropTable(table).execute();
    },
  };
}
