import { EventEmitter } from 'node:events';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Transaction } from 'kysely';
import type { ApiError } from '../../../shared/schemas/errors';
import type { Actor } from '../../auth/actor';
import type { Clock } from '../../clock';
import type { Database, Db } from '../../db/types';
import { AppError, NotFound } from '../../errors';
import type { ServiceLog } from '../../log';
import type { JobQueue, QueuedJob } from './job-queue';
import { deleteEndedJobs, endJob, findJob, insertJob, startJob, unfinishedJobs, type ImportJobRow } from './import-jobs.repo';
import { startPeriodicSweep } from '../periodic-sweep';

// Imports on the job queue (ADR 063). A request stores its file in `import_jobs` and sends a job; whichever
// process takes it (this one on SQLite, any consumer on PostgreSQL) parses and checks the file, then writes the
// import in one transaction that first marks the job done, conditionally: a job handed out twice (its process
// died, or it outlasted its expiry) is written once, the second try finding the row already done (PostgreSQL
// makes it wait for the first's commit on the row lock, then re-reads it). A refusal a person can act on (an
// AppError: a malformed line, a much smaller import) ends the job at once with that error; anything else is
// tried again while the queue has tries left. The request waits for the outcome up to a bound, polling the row
// (and woken at once when the job ran in this process), and otherwise answers with the job for the page to poll.

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** What a module's handler returns once the file is parsed and checked: the writes, and what to do after the commit. */
export interface PreparedImport<R> {
  write(trx: Transaction<Database>): Promise<R>;
  committed?(result: R): void;
}
export type ImportHandler<I, R> = (input: I, actor: Actor) => Promise<PreparedImport<R>>;

type ErrorBody = ApiError['error'];

export interface ImportJobView<R> {
  id: number;
  status: ImportJobRow['status'];
  attempts: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  result: R | null;
  httpStatus: number | null;
  error: ErrorBody | null;
}

/** The outcome column: the result once done; the error (with the status the POST answers) once failed or while retried. */
interface Outcome {
  result?: unknown;
  status?: number;
  error?: ErrorBody;
}

export interface ImportJobsDeps {
  db: Db;
  clock: Clock;
  queue: JobQueue;
  log: ServiceLog;
  /** How long a request waits for its job before answering 202 with the job (default 25 s, under common proxy timeouts). */
  waitMs?: number;
  /** How often a waiting request reads the job's row when another process runs it. */
  pollMs?: number;
}

interface JobData {
  jobId: number;
}

export const importQueueName = (kind: string) => `import-${kind}`;

/** Jobs deleted per statement when pruning: a short statement, whatever the backlog. */
const PRUNE_BATCH = 500;

export function createImportJobs(deps: ImportJobsDeps) {
  const { db, clock, queue, log } = deps;
  const waitMs = deps.waitMs ?? 25_000;
  const pollMs = deps.pollMs ?? 250;
  const kinds = new Set<string>();
  // Jobs that ended in this process, so that a request waiting here hears of it without polling.
  const ended = new EventEmitter().setMaxListeners(0);

  function view<R>(row: ImportJobRow): ImportJobView<R> {
    const outcome = (row.outcome === null ? {} : JSON.parse(row.outcome)) as Outcome;
    return {
      id: Number(row.id),
      status: row.status,
      attempts: row.attempts,
      createdAt: row.created_at,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      result: row.status === 'done' ? ((outcome.result ?? null) as R | null) : null,
      httpStatus: row.status === 'failed' ? (outcome.status ?? 500) : null,
      error: outcome.error ?? null,
    };
  }

  async function fail(id: number, status: number, error: ErrorBody): Promise<void> {
    await endJob(db, id, { status: 'failed', outcome: JSON.stringify({ status, error } satisfies Outcome), finished_at: clock().toISOString() });
  }

  async function run<I, R>(kind: string, handler: ImportHandler<I, R>, job: QueuedJob<JobData>): Promise<void> {
    const id = job.data.jobId;
    try {
      const row = await findJob(db, id);
      // Not there: a sender whose transaction has not committed yet; tried again while tries are left.
      if (!row || row.kind !== kind) {
        if (job.lastAttempt) return;
        throw new Error(`import job ${id} is not in the database`);
      }
      if (row.status === 'done' || row.status === 'failed' || row.payload === null) return;
      await startJob(db, id, { attempts: job.attempt, worker: job.worker, started_at: row.started_at ?? clock().toISOString() });
      await attempt(id, row, handler, job);
    } finally {
      ended.emit('ended', id);
    }
  }

  async function attempt<I, R>(id: number, row: ImportJobRow, handler: ImportHandler<I, R>, job: QueuedJob<JobData>): Promise<void> {
    try {
      const input = JSON.parse((await gunzipAsync(row.payload!)).toString('utf8')) as I;
      const prepared = await handler(input, JSON.parse(row.actor) as Actor);
      const written = await db.transaction().execute(async (trx) => {
        // First, and only from a job not yet ended: of two tries at once, the second waits here and writes nothing.
        if (!(await endJob(trx, id, { status: 'done', finished_at: clock().toISOString() }))) return null;
        const result = await prepared.write(trx);
        await trx.updateTable('import_jobs').set({ outcome: JSON.stringify({ result } satisfies Outcome) }).where('id', '=', id).execute();
        return { result };
      });
      if (written) prepared.committed?.(written.result);
    } catch (error) {
      if (error instanceof AppError) return fail(id, error.status, { code: error.code, message: error.message, details: error.details, ...error.reason });
      const message = error instanceof Error ? error.message : String(error);
      const body: ErrorBody = { code: 'internal', message: `the import could not be done (try ${job.attempt}): ${message}`, details: [], key: 'internal' };
      if (job.lastAttempt) {
        log.error({ err: error, importJob: id }, 'import job failed on its last try');
        return fail(id, 500, body);
      }
      // Queued again with the error shown, until the queue's next try.
      await db.updateTable('import_jobs').set({ status: 'queued', outcome: JSON.stringify({ error: body } satisfies Outcome) }).where('id', '=', id).where('status', '=', 'running').execute();
      throw error;
    }
  }

  /** Reads the job until it has ended or `ms` have passed. */
  async function wait(id: number, ms: number): Promise<ImportJobRow> {
    const deadline = Date.now() + ms;
    for (;;) {
      const row = await findJob(db, id);
      if (!row) throw new NotFound('import job');
      const left = deadline - Date.now();
      if (row.status === 'done' || row.status === 'failed' || left <= 0) return row;
      await new Promise<void>((resolve) => {
        const onEnded = (endedId: number) => endedId === id && done();
        const timer = setTimeout(() => done(), Math.min(pollMs, left));
        function done() {
          clearTimeout(timer);
          ended.off('ended', onEnded);
          resolve();
        }
        ended.on('ended', onEnded);
      });
    }
  }

  async function prune(retentionDays: number): Promise<number> {
    const before = new Date(clock().getTime() - retentionDays * 86_400_000).toISOString();
    let deleted = 0;
    for (let n = PRUNE_BATCH; n === PRUNE_BATCH; deleted += n) n = await deleteEndedJobs(db, before, PRUNE_BATCH);
    return deleted;
  }

  return {
    /** Declares the handler of a kind of import; it runs in the processes that take jobs. */
    define<I, R>(kind: string, handler: ImportHandler<I, R>): void {
      kinds.add(kind);
      queue.work<JobData>(importQueueName(kind), (job) => run(kind, handler, job));
    },

    /**
     * Stores the input, sends the job and waits for it up to the bound: the result when done, the job when it is
     * still queued or running; a failed job throws the error its POST answers with.
     */
    async submit<I, R>(actor: Actor, kind: string, input: I, options: { waitMs?: number } = {}): Promise<{ done: true; result: R } | { done: false; job: ImportJobView<R> }> {
      if (!kinds.has(kind)) throw new Error(`no import of kind ${kind}`);
      const payload = await gzipAsync(Buffer.from(JSON.stringify(input), 'utf8'));
      const id = await insertJob(db, { kind, status: 'queued', payload, actor: JSON.stringify(actor), outcome: null, attempts: 0, worker: null, created_at: clock().toISOString(), started_at: null, finished_at: null });
      try {
        await queue.send<JobData>(importQueueName(kind), { jobId: id }, { singletonKey: `import:${id}` });
      } catch (error) {
        // Nobody will run it: it is failed now rather than imported later, long after its request was answered.
        await fail(id, 500, { code: 'internal', message: 'the import could not be queued', details: [], key: 'internal' });
        throw error;
      }
      const row = await wait(id, options.waitMs ?? waitMs);
      const job = view<R>(row);
      if (job.status === 'done') return { done: true, result: job.result as R };
      if (job.status === 'failed') throw failure(job);
      return { done: false, job };
    },

    /** A job of this kind; 404 for another kind's, as for none. */
    async get<R>(kind: string, id: number): Promise<ImportJobView<R>> {
      const row = await findJob(db, id);
      if (!row || row.kind !== kind) throw new NotFound('import job');
      return view<R>(row);
    },

    /**
     * Deletes the jobs that ended more than `retentionDays` ago (their outcome; their file went when they ended),
     * a batch per statement; queued and running jobs stay. The number deleted. A job deleted answers 404.
     */
    prune,

    /** Prunes every `intervalMs` (first at once) until the returned stop is called, which waits for a prune in progress. */
    startPruning(retentionDays: number, intervalMs = 3_600_000): () => Promise<void> {
      return startPeriodicSweep(() => prune(retentionDays), intervalMs, (error) => log.error({ err: error }, 'import jobs: pruning the ended jobs failed; the next sweep retries'));
    },

    /** Sends again the jobs not ended (a process that stopped between storing a job and sending it); the queue keeps one per job. */
    async resume(): Promise<void> {
      for (const row of await unfinishedJobs(db, [...kinds])) await queue.send<JobData>(importQueueName(row.kind), { jobId: Number(row.id) }, { singletonKey: `import:${row.id}` });
    },
  };
}

/** The error a failed job's POST answers with: the refusal as it was, or a 500. */
function failure(job: ImportJobView<unknown>): Error {
  const error = job.error ?? { code: 'internal' as const, message: 'the import failed', details: [] };
  if (error.code === 'internal' || (job.httpStatus ?? 500) >= 500) return new Error(error.message);
  return new AppError(job.httpStatus!, error.code, error.message, error.details, error.key ? { key: error.key, params: error.params } : undefined);
}

export type ImportJobs = ReturnType<typeof createImportJobs>;
