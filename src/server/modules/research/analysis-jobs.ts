import type { AnalysisResult } from '../../../core/genome/analysis-result';
import { systemActor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import type { AuditService } from '../audit/audit.service';
import { AnalysePool, mapOrdered } from '../../workers/genome/analyse-pool';
import { mutationLabels } from '../../../core/genome/mutation-label';
import type { JobQueue, QueuedJob } from '../../workers/queue/job-queue';
import { analysisVersion } from '../../../core/genome/analyser-version';
import { datasetDigest } from '../../workers/genome/load-dataset';
import { countAnalyses, countGenomesOfSubmission, findSubmission, finishSubmission, pendingGenomes, staleGenomes, storeAnalysis, updateSubmission } from './research.repo';

// Analyses the genomes of each submission in the background, a job per submission on the job queue (ADR 003,
// ADR 007): in this process on SQLite, shared by every consuming process on PostgreSQL. Progress lands in the
// submission row, so its status is queryable wherever the job runs; a restart resumes the submissions left
// unfinished (their genomes are still 'pending').
//
// A job may be delivered twice (its process died, or it outlasted its expiry), so the handler is idempotent:
// it analyses only the genomes still pending, each stored in its own transaction, and the end of the job is a
// conditional update (queued/running → done) that writes its audit entry only when it changed the row.

const PAGE = 50;
export const ANALYSIS_QUEUE = 'research-analysis';
/** Re-analysis of the stored genomes analysed under another version (ADR 014): one job per version. */
export const REANALYSIS_QUEUE = 'research-reanalysis';

export interface AnalysisJobsOptions {
  db: Db;
  clock: Clock;
  audit: AuditService;
  queue: JobQueue;
  datasetDir: string;
  jobs: number;
  onError?: (error: unknown) => void;
}

interface AnalysisJob {
  submissionId: number;
}

interface ReanalysisJob {
  version: string;
}

export function createAnalysisJobs(options: AnalysisJobsOptions) {
  const { db, clock, audit, queue } = options;
  const actor = systemActor('research-analysis');
  let pool: Promise<AnalysePool> | null = null;
  let closed = false;

  const getPool = () => (pool ??= AnalysePool.start({ datasetDir: options.datasetDir, jobs: options.jobs }));
  let version: Promise<string> | null = null;
  /** The version analyses are stored under now: this analyser with this dataset's files. */
  const currentVersion = () => (version ??= datasetDigest(options.datasetDir).then(analysisVersion));

  async function store(id: number, r: AnalysisResult): Promise<void> {
    const failed = r.errors.length > 0 && r.alignmentStart === null;
    const analysedUnder = await currentVersion();
    await db.transaction().execute((trx) =>
      storeAnalysis(
        trx,
        id,
        {
          status: failed ? 'failed' : 'analysed',
          analysis: JSON.stringify(r),
          analysis_version: analysedUnder,
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

  async function run(job: QueuedJob<AnalysisJob>): Promise<void> {
    const { submissionId } = job.data;
    if (closed) return stopping(job);
    const submission = await findSubmission(db, submissionId);
    // Not there: a sender whose transaction has not committed yet (or a submission gone); tried again while tries are left.
    if (!submission) {
      if (job.lastAttempt) return;
      throw new Error(`submission ${submissionId} is not in the database`);
    }
    if (submission.status === 'done' || submission.status === 'failed') return;
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
      if (closed) return stopping(job);
      const done = await progress(submissionId);
      await db.transaction().execute(async (trx) => {
        if (!(await finishSubmission(trx, submissionId, { status: 'done', finished_at: clock().toISOString() }))) return;
        await audit.record(trx, actor, { action: 'research.analysis.finish', entityType: 'research_submission', entityId: submissionId, summary: { ...done, worker: job.worker, attempt: job.attempt } });
      });
    } catch (error) {
      if (closed) return stopping(job);
      options.onError?.(error);
      const message = error instanceof Error ? error.message : String(error);
      if (!job.lastAttempt) {
        // Queued again, the error shown with it, until the queue's next try.
        await updateSubmission(db, submissionId, { status: 'queued', errors: JSON.stringify([`attempt ${job.attempt}: ${message}`]) });
        throw error;
      }
      await db.transaction().execute(async (trx) => {
        if (!(await finishSubmission(trx, submissionId, { status: 'failed', errors: JSON.stringify([message]), finished_at: clock().toISOString() }))) return;
        await audit.record(trx, actor, { action: 'research.analysis.fail', entityType: 'research_submission', entityId: submissionId, summary: { error: message, worker: job.worker, attempt: job.attempt } });
      });
    }
  }

  /** Stopped mid-job: the genomes left stay pending; a queue tries the job again, in-process the next start resumes it. */
  function stopping(job: QueuedJob<AnalysisJob>): void {
    if (!job.lastAttempt) throw new Error(`stopped before submission ${job.data.submissionId} was analysed`);
  }

  queue.work<AnalysisJob>(ANALYSIS_QUEUE, run);

  /**
   * Analyses again every stored genome analysed under another version than this one (ADR 014). Idempotent as
   * the first analysis is: each genome is stored with the version in its own transaction, and a page is read
   * afresh from where the last ended, so a job delivered twice or resumed skips what is done. A genome keeps
   * its old analysis, and its place in search and trends, until the new one replaces it.
   */
  async function reanalyse(job: QueuedJob<ReanalysisJob>): Promise<void> {
    if (closed) return stoppingReanalysis(job);
    if (job.data.version !== (await currentVersion())) return; // asked of another analyser (another deployment's worker): its own jobs do it
    const workers = await getPool();
    let afterId = 0;
    const started = await countAnalyses(db, job.data.version);
    for (;;) {
      const page = await staleGenomes(db, job.data.version, afterId, PAGE);
      if (page.length === 0 || closed) break;
      afterId = page.at(-1)!.id;
      const results = mapOrdered(page, async (g) => ({ id: g.id, result: await workers.analyse({ name: g.strain, sequence: g.sequence }) }), workers.size * 2);
      for await (const { id, result } of results) await store(id, result);
      // A failed genome may now be analysed (or the reverse): its submission's counts follow.
      for (const submissionId of new Set(page.map((g) => g.submission_id))) await progress(submissionId);
    }
    if (closed) return stoppingReanalysis(job);
    const finished = await countAnalyses(db, job.data.version);
    await db.transaction().execute((trx) =>
      audit.record(trx, actor, { action: 'research.reanalysis.finish', entityType: 'research_analysis_version', entityId: job.data.version, summary: { version: job.data.version, reanalysed: started.stale - finished.stale, stale: finished.stale, worker: job.worker } }),
    );
  }

  function stoppingReanalysis(job: QueuedJob<ReanalysisJob>): void {
    if (!job.lastAttempt) throw new Error(`stopped before the re-analysis under ${job.data.version} ended`);
  }

  queue.work<ReanalysisJob>(REANALYSIS_QUEUE, reanalyse);

  return {
    /** Queues the analysis of a submission; returns once the job is queued. */
    schedule(submissionId: number): Promise<void> {
      return queue.send<AnalysisJob>(ANALYSIS_QUEUE, { submissionId }, { singletonKey: `submission:${submissionId}` });
    },
    currentVersion,
    /** Stored analyses made under another version than the current, and all stored analyses. */
    async analyses(): Promise<{ version: string; stale: number; total: number }> {
      const v = await currentVersion();
      return { version: v, ...(await countAnalyses(db, v)) };
    },
    /** Queues the re-analysis of every stale genome under the current version; one job per version at a time. */
    async scheduleReanalysis(): Promise<string> {
      const v = await currentVersion();
      await queue.send<ReanalysisJob>(REANALYSIS_QUEUE, { version: v }, { singletonKey: `reanalysis:${v}` });
      return v;
    },
    /** Resolves when every analysis this process has taken has finished (for tests and shutdown). */
    idle(): Promise<void> {
      return queue.idle();
    },
    async close(): Promise<void> {
      closed = true;
      await queue.idle();
      if (pool) await (await pool.catch(() => null))?.close();
    },
  };
}

export type AnalysisJobs = ReturnType<typeof createAnalysisJobs>;
