import type { DbExecutor } from '../../db/types';
import { insertGenomes, insertSubmission, storeAnalysis } from './research.repo';

// Analysed genomes written straight into the research tables, for the trend tests: the counts are
// what is tested, not the analysis (research.routes.test.ts covers that path).

export interface AnalysedGenome {
  strain: string;
  date: string;
  country: string;
  clade: string | null;
  labels?: string[];
  status?: 'analysed' | 'pending' | 'failed';
}

export async function insertAnalysedGenomes(db: DbExecutor, genomes: AnalysedGenome[]): Promise<void> {
  const now = '2026-01-01T00:00:00.000Z';
  const submissionId = await insertSubmission(db, { status: 'done', total: genomes.length, analysed: genomes.length, failed: 0, errors: '[]', submitted_by: null, created_at: now });
  await insertGenomes(
    db,
    genomes.map((g) => ({
      submission_id: submissionId,
      strain: g.strain,
      collection_date: g.date,
      country: g.country,
      host: 'Homo sapiens',
      originating_lab: '?',
      submitting_lab: '?',
      sequence: '',
      status: 'pending',
      submitted_by: null,
      created_at: now,
    })),
  );
  const ids = await db.selectFrom('research_genomes').select(['id', 'strain']).where('submission_id', '=', submissionId).execute();
  const byStrain = new Map(ids.map((r) => [r.strain, r.id]));
  for (const g of genomes) {
    const labels = (g.labels ?? []).map((label) => ({ kind: label.includes(':') && !/^(del|ins):/.test(label) ? ('aa' as const) : ('nuc' as const), label }));
    await storeAnalysis(db, byStrain.get(g.strain)!, { status: g.status ?? 'analysed', clade: g.clade }, labels);
  }
}
