import type { Kysely } from 'kysely';
import type { Dialect } from '../../../db/types';

// The source a coordinator chose to show (ADR 066). Without a row the most recent import's source is shown, as
// before this migration, so an existing database keeps its picture.
export function situationShownSource(_dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('situation_shown_source')
        .addColumn('slot', 'text', (c) => c.primaryKey())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('chosen_by', 'text', (c) => c.notNull())
        .addColumn('chosen_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('situation_shown_source').execute();
    },
  };
}
