import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { AppError, Conflict } from '../../errors';
import type { Db } from '../../db/types';
import { createImportJobs, importQueueName, type ImportJobs } from './import-jobs';
import type { JobHandler, JobQueue, QueuedJob } from './job-queue';

// The import jobs on both dialects, with a queue the test drives: a job handed out twice at once is written
// once, a refusal ends the job at once with its error, an unexpected failure is tried again, and a request
// that waits less than the job takes gets the job to poll.

const KIND = 'test';
const clock = () => new Date();
const actor = systemActor('test');
const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

interface Input {
  label: string;
  refuse?: boolean;
  /** Throw unexpectedly on this many first tries. */
  failTries?: number;
}

/** Holds every job sent until the test delivers it, as often and with what attempt numbers it likes. */
function heldQueue() {
  const handlers = new Map<string, JobHandler<unknown>>();
  const sent: { queue: string; data: unknown }[] = [];
  const queue: JobQueue = {
    kind: 'pg-boss',
    async send(name, data) {
      sent.push({ queue: name, data });
    },
    work(name, handler) {
      handlers.set(name, handler as JobHandler<unknown>);
    },
    idle: async () => undefined,
    stop: async () => undefined,
  };
  const deliver = (index: number, attempt: number, lastAttempt = false, worker = 'w1') => {
    const job = sent[index]!;
    const run: QueuedJob<unknown> = { id: `${index}`, data: job.data, attempt, lastAttempt, worker };
    return handlers.get(job.queue)!(run);
  };
  /** The index of the next job sent after `before` jobs, once it is sent. */
  const sentAfter = async (before: number) => {
    while (sent.length <= before) await new Promise((resolve) => setTimeout(resolve, 10));
    return before;
  };
  return { queue, sent, deliver, sentAfter };
}

const rows = (db: Db, label: string) => db.selectFrom('audit_log').select('id').where('action', '=', 'test.import').where('entity_id', '=', label).execute();

describeEachDialect('import jobs', (get) => {
  let held: ReturnType<typeof heldQueue>;
  let jobs: ImportJobs;
  const tries = new Map<string, number>();

  beforeAll(() => {
    held = heldQueue();
    jobs = createImportJobs({ db: get().db, clock, queue: held.queue, log: silent, pollMs: 20 });
    jobs.define<Input, { label: string }>(KIND, async (input, who) => {
      const n = (tries.get(input.label) ?? 0) + 1;
      tries.set(input.label, n);
      if (input.refuse) throw new Conflict(`${input.label} is much smaller`, [{ path: 'countries', message: '1 < half of 190' }]);
      if (n <= (input.failTries ?? 0)) throw new Error('the database went away');
      return {
        async write(trx) {
          await trx.insertInto('audit_log').values({ at: clock().toISOString(), actor_id: null, actor_label: who.label, action: 'test.import', entity_type: 'test', entity_id: input.label, summary: '{}', request_id: null, correlation_id: null }).execute();
          // Long enough for a second try to reach its claim while this one holds the row.
          await new Promise((resolve) => setTimeout(resolve, 100));
          return { label: input.label };
        },
      };
    });
  });

  it('answers with the job when it is not done within the wait, and writes a job handed out twice at once only once', async () => {
    const answer = await jobs.submit(actor, KIND, { label: 'twice' }, { waitMs: 0 });
    expect(answer).toMatchObject({ done: false, job: { status: 'queued', attempts: 0, result: null, error: null } });
    const index = held.sent.length - 1;
    expect(held.sent[index]!.queue).toBe(importQueueName(KIND));
    await Promise.all([held.deliver(index, 1, false, 'w1'), held.deliver(index, 2, false, 'w2')]);
    expect(await rows(get().db, 'twice')).toHaveLength(1);
    const id = (answer as { job: { id: number } }).job.id;
    expect(await jobs.get(KIND, id)).toMatchObject({ status: 'done', result: { label: 'twice' }, httpStatus: null });
    // Its file is not kept once done.
    expect((await get().db.selectFrom('import_jobs').select('payload').where('id', '=', id).executeTakeFirstOrThrow()).payload).toBeNull();
    // Delivered again later (its process died after the commit): nothing more.
    await held.deliver(index, 3);
    expect(await rows(get().db, 'twice')).toHaveLength(1);
  });

  it('gives the waiting request the result once another delivery ends the job', async () => {
    const before = held.sent.length;
    const waiting = jobs.submit(actor, KIND, { label: 'waited' }, { waitMs: 10_000 });
    await held.deliver(await held.sentAfter(before), 1);
    expect(await waiting).toEqual({ done: true, result: { label: 'waited' } });
  });

  it('ends a refused import at once with its error, which the waiting request throws', async () => {
    const before = held.sent.length;
    const waiting = jobs.submit(actor, KIND, { label: 'refused', refuse: true }, { waitMs: 10_000 });
    await held.deliver(await held.sentAfter(before), 1);
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 409, code: 'conflict', message: 'refused is much smaller', details: [{ path: 'countries' }] });
    expect(tries.get('refused')).toBe(1);
    expect(await rows(get().db, 'refused')).toHaveLength(0);
  });

  it('tries again after an unexpected failure, showing its error meanwhile, and fails with a 500 after the last try', async () => {
    const retried = await jobs.submit(actor, KIND, { label: 'retried', failTries: 1 }, { waitMs: 0 });
    const retriedIndex = held.sent.length - 1;
    const id = (retried as { job: { id: number } }).job.id;
    await expect(held.deliver(retriedIndex, 1)).rejects.toThrow('the database went away');
    expect(await jobs.get(KIND, id)).toMatchObject({ status: 'queued', attempts: 1, error: { code: 'internal', message: 'the import could not be done (try 1): the database went away' } });
    await held.deliver(retriedIndex, 2);
    expect(await jobs.get(KIND, id)).toMatchObject({ status: 'done', attempts: 2, result: { label: 'retried' } });
    expect(await rows(get().db, 'retried')).toHaveLength(1);

    const lost = await jobs.submit(actor, KIND, { label: 'lost', failTries: 9 }, { waitMs: 0 });
    const lostId = (lost as { job: { id: number } }).job.id;
    await held.deliver(held.sent.length - 1, 1, true);
    expect(await jobs.get(KIND, lostId)).toMatchObject({ status: 'failed', httpStatus: 500, result: null, error: { code: 'internal' } });
    expect(await rows(get().db, 'lost')).toHaveLength(0);
  });

  it('sends again on resume the jobs not ended, and answers 404 for another kind', async () => {
    await jobs.submit(actor, KIND, { label: 'never sent' }, { waitMs: 0 });
    const before = held.sent.length;
    await jobs.resume();
    const resent = held.sent.slice(before).map((s) => (s.data as { jobId: number }).jobId);
    const open = await get().db.selectFrom('import_jobs').select('id').where('status', 'in', ['queued', 'running']).execute();
    expect(resent).toHaveLength(1);
    expect(resent).toEqual(open.map((r) => Number(r.id)));
    await expect(jobs.get('other', 1)).rejects.toMatchObject({ status: 404 });
  });

  it('prunes the jobs ended before the retention, keeping recent ones and every queued or running one; a pruned job answers 404', async () => {
    const { db } = get();
    const ended = async (label: string, refuse = false) => {
      const before = held.sent.length;
      const waiting = jobs.submit(actor, KIND, { label, refuse }, { waitMs: 10_000 }).catch(() => undefined);
      const index = await held.sentAfter(before);
      await held.deliver(index, 1);
      await waiting;
      return (held.sent[index]!.data as { jobId: number }).jobId;
    };
    const queued = async (label: string) => {
      const answer = await jobs.submit(actor, KIND, { label }, { waitMs: 0 });
      return (answer as { job: { id: number } }).job.id;
    };
    const oldDone = await ended('old done');
    const oldFailed = await ended('old refused', true);
    const recentDone = await ended('recent done');
    const oldQueued = await queued('old queued');
    const oldRunning = await queued('old running');
    // A failed job keeps its outcome, not its file.
    expect((await db.selectFrom('import_jobs').select('payload').where('id', '=', oldFailed).executeTakeFirstOrThrow()).payload).toBeNull();
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    await db.updateTable('import_jobs').set({ created_at: daysAgo(41), finished_at: daysAgo(40) }).where('id', 'in', [oldDone, oldFailed]).execute();
    await db.updateTable('import_jobs').set({ created_at: daysAgo(29), finished_at: daysAgo(29) }).where('id', '=', recentDone).execute();
    await db.updateTable('import_jobs').set({ created_at: daysAgo(60) }).where('id', '=', oldQueued).execute();
    await db.updateTable('import_jobs').set({ status: 'running', created_at: daysAgo(60), started_at: daysAgo(60) }).where('id', '=', oldRunning).execute();

    expect(await jobs.prune(30)).toBe(2);
    const left = (await db.selectFrom('import_jobs').select('id').where('id', 'in', [oldDone, oldFailed, recentDone, oldQueued, oldRunning]).execute()).map((r) => Number(r.id));
    expect(left.sort((a, b) => a - b)).toEqual([recentDone, oldQueued, oldRunning]);
    await expect(jobs.get(KIND, oldDone)).rejects.toMatchObject({ status: 404, code: 'not_found' });
    await expect(jobs.get(KIND, oldFailed)).rejects.toMatchObject({ status: 404 });
    expect(await jobs.get(KIND, recentDone)).toMatchObject({ status: 'done', result: { label: 'recent done' } });
    expect(await jobs.prune(30)).toBe(0);
    // The sweep prunes at once when started; its stop waits for the prune under way.
    await db.updateTable('import_jobs').set({ finished_at: daysAgo(31) }).where('id', '=', recentDone).execute();
    await jobs.startPruning(30)();
    await expect(jobs.get(KIND, recentDone)).rejects.toMatchObject({ status: 404 });
  });
});
