import { sql, type Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// The vaccine R&D tracker: published candidates, and researchers' proposed edits awaiting a moderator;
// and the indexes the variant trends count genomes with.
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

      // Variant trends (ADR 050) count analysed genomes by country, date and clade from covering indexes,
      // never reading the genome rows (each carries its ~30 kB sequence, the status after it). A mutation's
      // carriers are counted from its labels alone: each label carries its genome's country and date.
      await db.schema.createIndex('research_genomes_trends').on('research_genomes').columns(['status', 'country', 'collection_date', 'clade']).execute();
      await db.schema.alterTable('research_genome_mutations').addColumn('country', 'text').execute();
      await db.schema.alterTable('research_genome_mutations').addColumn('collection_date', 'text').execute();
      await sql`update research_genome_mutations set
        country = (select g.country from research_genomes g where g.id = research_genome_mutations.genome_id),
        collection_date = (select g.collection_date from research_genomes g where g.id = research_genome_mutations.genome_id)`.execute(db);
      await db.schema.createIndex('research_genome_mutations_trend').on('research_genome_mutations').columns(['label', 'country', 'collection_date']).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const index of ['research_genomes_trends', 'research_genome_mutations_trend']) await db.schema.dropIndex(index).execute();
      for (const column of ['country', 'collection_date']) await db.schema.alterTable('research_genome_mutations').dropColumn(column).execute();
      for (const table of ['research_vaccine_proposals', 'research_vaccine_candidates']) await db.schema.dropTable(table).execute();
    },
  };
}
