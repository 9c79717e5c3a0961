import { sql, type Kysely } from 'kysely';
import { withIdColumn } from '../column-types';
import type { Dialect } from '../types';

// The vaccine R&D tracker: published candidates, and researchers' proposed edits awaiting a moderator.
// A candidate's developers, partners, trials, results and sources are one JSON record (`record`): the
// tracker holds tens of candidates, read whole; name and route are columns to order and filter by.
export function researchVaccines(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('research_vaccine_candidates'), dialect)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('route', 'text', (c) =>
          c.notNull().check(sql`route in ('inactivated', 'recombinant-protein', 'adenovirus-vector', 'influenza-virus-vector', 'nucleic-acid')`),
        )
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'integer', (c) => c.references('users.id'))
        .execute();

      await withIdColumn(db.schema.createTable('research_vaccine_proposals'), dialect)
        .addColumn('candidate_id', 'integer', (c) => c.references('research_vaccine_candidates.id'))
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'published', 'rejected')`))
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('comment', 'text', (c) => c.notNull())
        .addColumn('proposed_by', 'integer', (c) => c.references('users.id'))
        .addColumn('proposed_at', 'text', (c) => c.notNull())
        .addColumn('reviewed_by', 'integer', (c) => c.references('users.id'))
        .addColumn('reviewed_at', 'text')
        .addColumn('review_note', 'text')
        .execute();
      await db.schema.createIndex('research_vaccine_proposals_status').on('research_vaccine_proposals').columns(['status', 'id']).execute();
      await db.schema.createIndex('research_vaccine_proposals_by').on('research_vaccine_proposals').columns(['proposed_by', 'id']).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['research_vaccine_proposals', 'research_vaccine_candidates']) await db.schema.dropTable(table).execute();
    },
  };
}
