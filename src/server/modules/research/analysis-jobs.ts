import type { AnalysisResult } from '../../../core/genome/analysis-result';
import { systemActor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import type { AuditService } from '../audit/audit.service';
import { AnalysePool, mapOrdered } from '../../workers/genome/analyse-pool';
import { mutationLabels } from '../../../core/genome/mutation-label';
import { countGenomesOfSubmission, findSubmission, pendingGenomes, storeAnalysis, updateSubmission } from './research.repo';

// Analyses the genomes of each submission in the background, one submission at a time, with the
// worker pool (started on first use). Progress lands in the submission row, so its status is
// queryable; a restart resumes the submissions left unfinished (their genomes are still 'pending').

const PAGE = 50;

export interface AnalysisJobsOptions {
  db: Db;
  clock: Clock;
  audit: AuditService;
  datasetDir: string;
  jobs: number;
  onError?: (error: unknown) => void;
}

export function createAnalysisJobs(options: AnalysisJobsOptions) {
  const { db, clock, audit } = options;
  const actor = systemActor('research-analysis');
  let pool: Promise<AnalysePool> | null = null;
  let queue: Promise<void> = Promise.resolve();
  let closed = false;

  const getPool = () => (pool ??= AnalysePool.start({ datasetDir: options.datasetDir, jobs: options.jobs }));

  async function store(id: number, r: AnalysisResult): Promise<void> {
    const failed = r.errors.length > 0 && r.alignmentStart === null;
    await db.transaction().execute((trx) =>
      storeAnalysis(
        trx,
        id,
        {
          status: failed ? 'failed' : 'analysed',
          analysis: JSON.stringify(r),
          clade: r.clade,
          qc_status: r.qc?.overallStatus ?? null,
          total_substitutions: r.totalSubstitutions,
          total_deletions: r.totalDeletions,
          total_insertions: r.totalInsertions,
          total_missing: r.totalMissing,
        },
        mutationLabels(r),
      ),
    );
  }

  async function progress(submissionId: number): Promise<{ analysed: number; failed: number }> {
    const counts = await countGenomesOfSubmission(db, submissionId);
    const done = { analysed: counts.analysed ?? 0, failed: counts.failed ?? 0 };
    await updateSubmission(db, submissionId, done);
    return done;
  }

  async function run(submissionId: number): Promise<void> {
    if (closed) return;
    const submission = await findSubmission(db, submissionId);
    if (!submission || submission.status === 'done' || submission.status === 'failed') return;
    await updateSubmission(db, submissionId, { status: 'running' });
    try {
      const workers = await getPool();
      let afterId = 0;
      for (;;) {
        const page = await pendingGenomes(db, submissionId, afterId, PAGE);
        if (page.length === 0 || closed) break;
        afterId = page.at(-1)!.id;
        const results = mapOrdered(page, async (g) => ({ id: g.id, result: await workers.analyse({ name: g.strain, sequence: g.sequence }) }), workers.size * 2);
        for await (const { id, result } of results) await store(id, result);
        await progress(submissionId);
      }
      if (closed) return;
      const done = await progress(submissionId);
      await db.transaction().execute(async (trx) => {
        await updateSubmission(trx, submissionId, { status: 'done', finished_at: clock().toISOString() });
        await audit.record(trx, actor, { action: 'research.analysis.finish', entityType: 'research_submission', entityId: submissionId, summary: done });
      });
    } catch (error) {
      if (closed) return;
      options.onError?.(error);
      const message = error instanceof Error ? error.message : String(error);
      await db.transaction().execute(async (trx) => {
        await updateSubmission(trx, submissionId, { status: 'failed', errors: JSON.stringify([message]), finished_at: clock().toISOString() });
        await audit.record(trx, actor, { action: 'research.analysis.fail', entityType: 'research_submission', entityId: submissionId, summary: { error: message } });
      });
    }
  }

  return {
    /** Queues the analysis of a submission; returns at once. */
    schedule(submissionId: number): void {
      queue = queue.then(() => run(submissionId)).catch((error: unknown) => options.onError?.(error));
    },
    /** Resolves when every queued analysis has finished (for tests and shutdown). */
    idle(): Promise<void> {
      return queue;
    },
    async close(): Promise<void> {
      closed = true;
      await queue;
      if (pool) await (await pool.catch(() => null))?.close();
    },
  };
}

export type AnalysisJobs = ReturnType<typeof createAnalysisJobs>;
