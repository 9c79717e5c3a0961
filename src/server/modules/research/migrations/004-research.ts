import { sql, type Kysely } from 'kysely';
import { withIdColumn } from '../../../db/column-types';
import type { Dialect } from '../../../db/types';

// The research module: genome submissions (analysis jobs), genomes with their analysis, their
// mutations indexed for search, and the access log behind the public statistics.
export function research(dialect: Dialect) {
  return {
    async up(db: Kysely<unknown>) {
      await withIdColumn(db.schema.createTable('research_submissions'), dialect)
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('queued', 'running', 'done', 'failed')`))
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('analysed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('errors', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();

      await withIdColumn(db.schema.createTable('research_genomes'), dialect)
        .addColumn('submission_id', 'integer', (c) => c.notNull().references('research_submissions.id'))
        .addColumn('strain', 'text', (c) => c.notNull().unique())
        .addColumn('collection_date', 'text', (c) => c.notNull())
        .addColumn('country', 'text', (c) => c.notNull().references('countries.iso3'))
        .addColumn('host', 'text', (c) => c.notNull())
        .addColumn('originating_lab', 'text', (c) => c.notNull())
        .addColumn('submitting_lab', 'text', (c) => c.notNull())
        .addColumn('sequence', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('pending', 'analysed', 'failed')`))
        .addColumn('analysis', 'text')
        .addColumn('clade', 'text')
        .addColumn('qc_status', 'text')
        .addColumn('total_substitutions', 'integer')
        .addColumn('total_deletions', 'integer')
        .addColumn('total_insertions', 'integer')
        .addColumn('total_missing', 'integer')
        .addColumn('submitted_by', 'integer', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('research_genomes_submission').on('research_genomes').columns(['submission_id', 'status']).execute();
      await db.schema.createIndex('research_genomes_country').on('research_genomes').columns(['country', 'collection_date']).execute();
      await db.schema.createIndex('research_genomes_date').on('research_genomes').column('collection_date').execute();
      await db.schema.createIndex('research_genomes_clade').on('research_genomes').column('clade').execute();

      await db.schema
        .createTable('research_genome_mutations')
        .addColumn('genome_id', 'integer', (c) => c.notNull().references('research_genomes.id'))
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('nuc', 'aa')`))
        .addColumn('label', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('research_genome_mutations_pk', ['genome_id', 'label'])
        .execute();
      // Search by mutation: label first, so "which genomes carry S:D614G" is one index range.
      await db.schema.createIndex('research_genome_mutations_label').on('research_genome_mutations').columns(['label', 'genome_id']).execute();

      await withIdColumn(db.schema.createTable('research_access_log'), dialect)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('visit', 'download')`))
        .addColumn('visitor', 'text', (c) => c.notNull())
        .addColumn('country', 'text')
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('format', 'text')
        .addColumn('count', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('research_access_log_at').on('research_access_log').columns(['at', 'kind']).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['research_access_log', 'research_genome_mutations', 'research_genomes', 'research_submissions']) await db.schema.dropTable(table).execute();
    },
  };
}
