import type { Kysely } from 'kysely';

// The version each stored analysis was made under (the analyser's and the dataset's digest, ADR 014): null for
// those stored before versions were kept, which are stale as any other. Indexed with the id so the
// re-analysis pages through the stale genomes of one version in id order.
export function researchAnalysisVersion() {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('research_genomes').addColumn('analysis_version', 'text').execute();
      await db.schema.createIndex('research_genomes_analysis_version').on('research_genomes').columns(['analysis_version', 'id']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('research_genomes_analysis_version').execute();
      await db.schema.alterTable('research_genomes').dropColumn('analysis_version').execute();
    },
  };
}
