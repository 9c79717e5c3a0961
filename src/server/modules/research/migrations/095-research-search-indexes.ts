import type { Kysely } from 'kysely';

// Genome search at scale (issue 12, ADR 006). A search by mutation already has its postings: the label table
// (research_genome_mutations, filled with each stored analysis, read by its (label, genome_id) index); the
// search now reads them in that order instead of testing each genome. A search by clade gets the same shape:
// (clade, id), so its first page is the first rows of one index range and its count an index-only scan.
// The single-column clade index it replaces served nothing else.
export function researchSearchIndexes() {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('research_genomes_clade_id').on('research_genomes').columns(['clade', 'id']).execute();
      await db.schema.dropIndex('research_genomes_clade').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.createIndex('research_genomes_clade').on('research_genomes').column('clade').execute();
      await db.schema.dropIndex('research_genomes_clade_id').execute();
    },
  };
}
