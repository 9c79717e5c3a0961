import type { Kysely } from 'kysely';
import type { AnalysisResult } from '../../../../core/genome/analysis-result';
import { indelLabels } from '../../../../core/genome/mutation-label';

// Search by nucleotide deletion and insertion (issue 5): genomes analysed from now on get the labels
// del:11288-11296 and ins:22205:CGGCAGGCT with their analysis; this gives them to the genomes analysed
// before, from their stored analysis, a page at a time.

const PAGE = 200;

interface Tables {
  research_genomes: { id: number; status: string; analysis: string | null };
  research_genome_mutations: { genome_id: number; kind: string; label: string };
}

export function researchIndelLabels() {
  return {
    async up(untyped: Kysely<unknown>) {
      const db = untyped as unknown as Kysely<Tables>;
      for (let afterId = 0; ; ) {
        const page = await db
          .selectFrom('research_genomes')
          .select(['id', 'analysis'])
          .where('status', '=', 'analysed')
          .where('id', '>', afterId)
          .orderBy('id')
          .limit(PAGE)
          .execute();
        if (page.length === 0) return;
        afterId = page.at(-1)!.id;
        const rows = page.flatMap(({ id, analysis }) => {
          if (analysis === null) return [];
          const a = JSON.parse(analysis) as Pick<AnalysisResult, 'deletions' | 'insertions'>;
          const labels = new Set(indelLabels(a));
          return [...labels].map((label) => ({ genome_id: id, kind: 'nuc', label }));
        });
        for (let i = 0; i < rows.length; i += PAGE) {
          await db.insertInto('research_genome_mutations').values(rows.slice(i, i + PAGE)).onConflict((oc) => oc.doNothing()).execute();
        }
      }
    },
    async down(untyped: Kysely<unknown>) {
      const db = untyped as unknown as Kysely<Tables>;
      await db.deleteFrom('research_genome_mutations').where((eb) => eb.or([eb('label', 'like', 'del:%'), eb('label', 'like', 'ins:%')])).execute();
    },
  };
}
