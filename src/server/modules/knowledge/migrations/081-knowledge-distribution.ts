import type { Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// Distribution (issue 14): an edition sent to a partner, and when its focal point downloaded and acknowledged it.
export function knowledgeDistribution(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('knowledge_deliveries'), dialect)
        .addColumn('edition_id', 'integer', (c) => c.notNull().references('knowledge_editions.id'))
        .addColumn('partner_id', 'text', (c) => c.notNull().references('partners.id'))
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .addColumn('sent_by_label', 'text', (c) => c.notNull())
        .addColumn('downloaded_at', 'text')
        .addColumn('acknowledged_at', 'text')
        .addColumn('acknowledged_by_label', 'text')
        .addUniqueConstraint('knowledge_deliveries_once', ['edition_id', 'partner_id'])
        .execute();
      await db.schema.createIndex('knowledge_deliveries_partner').on('knowledge_deliveries').columns(['partner_id', 'edition_id']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('knowledge_deliveries').execute();
    },
  };
}
