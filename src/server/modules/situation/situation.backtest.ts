import { createHash } from 'node:crypto';
import { BACKTEST_FIRST_ORIGIN, BACKTEST_LAST_ORIGIN } from '../../../core/epi/forecast/forecast-backtest';
import type { SourcePicture } from '../../../core/situation/picture';
import type { CountryBacktestScore } from '../../../shared/schemas/situation-forecast';
import { systemActor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Db } from '../../db/types';
import type { ServiceLog } from '../../log';
import { backtestInWorker } from '../../workers/forecast/forecast.worker';
import type { JobQueue, QueuedJob } from '../../workers/queue/job-queue';
import type { AuditService } from '../audit/audit.service';
import { computeBacktest, FORECAST_METHOD, type BacktestView, type RunBacktest } from './situation.forecast';
import { findBacktestScores, pruneBacktestScores, storeBacktestScores } from './situation.backtest.repo';

// The forecast backtest as a job on the queue (ADR 042, ADR 063): computed once per data version by whichever
// process takes the job (this one on SQLite; any consumer on PostgreSQL), in a worker thread, and stored in
// situation_backtest_scores, which every process reads. A data version is the shown source's latest import (and
// the method's settings, so that changed settings are computed again). The job is sent after an import or a change
// of the source shown, and at start for a version with no stored scores (or failed ones); storing is one
// transaction that writes only when the version has no scores yet, so a job handed out twice writes once.

export const BACKTEST_QUEUE = 'situation-backtest';
/** Longer than the worker thread's own bound (30 min, forecast.worker.ts), so that a slow try fails by itself first. */
const BACKTEST_EXPIRE_MINUTES = 45;
/** How often forecastBacktest reads the table while the job runs elsewhere. */
const WAIT_POLL_MS = 250;

/** The settings that make the scores what they are: other settings are another version. */
const METHOD_FINGERPRINT = createHash('sha256')
  .update(JSON.stringify({ method: FORECAST_METHOD, first: BACKTEST_FIRST_ORIGIN, last: BACKTEST_LAST_ORIGIN }))
  .digest('hex')
  .slice(0, 8);

/** The data version a backtest belongs to: the source shown and its latest import, with the method's fingerprint. */
export function backtestVersion(source: string, importId: number): string {
  return `${source}:${importId}:${METHOD_FINGERPRINT}`;
}

/**
 * When a process sends the backtest job of a version:
 * - 'after-import': after its own import or change of the source shown, and at start when the version shown has
 *   no scores (a PostgreSQL queue, whoever sends; `concord serve` on SQLite); with the in-process queue also when
 *   a reader finds none (an import made by `concord import` beside the server);
 * - 'on-first-need': only when a reader finds none (tests and benchmarks without a queue: as before ADR 063, a
 *   backtest of minutes costs only those that read forecasts);
 * - 'never': a CLI command on SQLite, whose in-process queue would run a computation of minutes inside, say,
 *   `concord import`; the server sends it when it sees the new version.
 */
export type BacktestSends = 'after-import' | 'on-first-need' | 'never';
type Reason = 'import' | 'start' | 'need';

export interface BacktestJobData {
  version: string;
}

export interface BacktestJobsDeps {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  audit: AuditService;
  log: ServiceLog;
  /** When this process sends backtest jobs (BacktestSends). */
  sends: BacktestSends;
  /** The data version shown now, read from the database (null when no series is stored). */
  currentVersion(): Promise<string | null>;
  /** The picture of `version`, or null when another version is shown now (the job is then out of date). */
  pictureOf(version: string): Promise<SourcePicture | null>;
  /** Tells the other processes, inside the storing transaction, that scores were stored. */
  announce(trx: Db): Promise<void>;
  run?: RunBacktest;
}

export function createBacktestJobs(deps: BacktestJobsDeps) {
  const { db, clock, queue, audit, log } = deps;
  const run = deps.run ?? backtestInWorker;
  // One send per version from this process; the queue keeps one job per version among processes.
  const sent = new Map<string, Promise<void>>();
  // The stored outcome of one version (done or failed), read once; a version without a row is read again each time.
  let cached: { version: string; view: BacktestView } | null = null;

  function sendsFor(reason: Reason): boolean {
    if (deps.sends === 'never') return false;
    // The PostgreSQL queue has every version's job from its import or a start; readers are many processes.
    if (reason === 'need') return queue.kind === 'in-process';
    return deps.sends === 'after-import';
  }

  function request(version: string, reason: Reason): Promise<void> {
    if (!sendsFor(reason)) return Promise.resolve();
    let sending = sent.get(version);
    if (sending === undefined) {
      sending = queue.send<BacktestJobData>(BACKTEST_QUEUE, { version }, { singletonKey: `backtest:${version}`, expireInMinutes: BACKTEST_EXPIRE_MINUTES }).catch((err: unknown) => {
        sent.delete(version);
        log.error({ err, version }, 'situation: could not queue the forecast backtest; the next start queues it');
      });
      sent.set(version, sending);
    }
    return sending;
  }

  async function handle(job: QueuedJob<BacktestJobData>): Promise<void> {
    const { version } = job.data;
    // Out of date (a newer import's job computes the version shown), or already stored by another try.
    if ((await deps.currentVersion()) !== version) return;
    if ((await findBacktestScores(db, version))?.status === 'done') return;
    const started = performance.now();
    let scores: Map<string, CountryBacktestScore> | null = null;
    let error: string | null = null;
    try {
      const picture = await deps.pictureOf(version);
      if (picture === null) return;
      scores = await computeBacktest(picture, run);
    } catch (err) {
      // Tried again by the queue while tries are left; after the last the version shows 'failed'.
      if (!job.lastAttempt) throw err;
      error = err instanceof Error ? err.message : String(err);
      log.error({ err, version }, 'situation: the forecast backtest failed on its last try');
    }
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    const status = scores === null ? ('failed' as const) : ('done' as const);
    const written = await db.transaction().execute(async (trx) => {
      const stored = { version, status, scores: scores === null ? null : JSON.stringify(Object.fromEntries(scores)), error, attempt: job.attempt, worker: job.worker, seconds, computed_at: clock().toISOString() };
      if (!(await storeBacktestScores(trx, stored))) return false;
      const pruned = await pruneBacktestScores(trx, version);
      await deps.announce(trx);
      await audit.record(trx, systemActor('backtest'), {
        action: 'situation.backtest',
        entityType: 'situation_backtest',
        entityId: version,
        summary: { status, countries: scores?.size ?? 0, seconds, worker: job.worker, attempt: job.attempt, pruned, ...(error === null ? {} : { error }) },
      });
      return true;
    });
    if (written) cached = null;
  }

  queue.work<BacktestJobData>(BACKTEST_QUEUE, handle);

  /** The stored backtest of `version` ('computing' while it has no row); null version: no data, nothing to backtest. */
  async function view(version: string | null): Promise<BacktestView> {
    if (version === null) return { status: 'ready', scores: new Map() };
    if (cached?.version === version) return cached.view;
    const row = await findBacktestScores(db, version);
    if (row === undefined) {
      void request(version, 'need');
      return { status: 'computing', scores: null };
    }
    const scores = row.scores === null ? null : new Map(Object.entries(JSON.parse(row.scores) as Record<string, CountryBacktestScore>));
    cached = { version, view: { status: row.status === 'done' ? 'ready' : 'failed', scores } };
    return cached.view;
  }

  return {
    view,

    /** Sends the job of the version shown now (after an import or a change of the source shown). */
    async requestCurrent(): Promise<void> {
      const version = await deps.currentVersion();
      if (version !== null) await request(version, 'import');
    },

    /** At start: sends the job of the version shown now when it has no stored scores, or failed ones. */
    async resume(): Promise<void> {
      const version = await deps.currentVersion();
      if (version === null) return;
      const stored = await findBacktestScores(db, version);
      if (stored?.status === 'done') return;
      // A failed version is sent again even if this process sent it before.
      if (stored?.status === 'failed') sent.delete(version);
      await request(version, 'start');
    },

    /** Resolves with the scores once `version`'s are stored, wherever the job runs; throws when it failed. */
    async wait(version: string | null): Promise<ReadonlyMap<string, CountryBacktestScore>> {
      for (;;) {
        const stored = await view(version);
        if (stored.status === 'ready') return stored.scores ?? new Map();
        if (stored.status === 'failed') throw new Error(`the forecast backtest of ${version} failed`);
        await new Promise((resolve) => setTimeout(resolve, WAIT_POLL_MS));
      }
    },

    /** Drops what this process read (another process stored or replaced scores). */
    invalidate(): void {
      cached = null;
    },
  };
}

export type BacktestJobs = ReturnType<typeof createBacktestJobs>;
