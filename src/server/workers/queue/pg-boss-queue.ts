import PgBoss from 'pg-boss';
import type { JobHandler, JobQueue } from './job-queue';

// The queue on PostgreSQL (ADR 007): pg-boss keeps the jobs in the application's database (its own schema,
// `pgboss`), so any number of processes on any hosts share them. A job is taken by one process (SELECT … FOR
// UPDATE SKIP LOCKED); a handler that throws is tried again after a back-off; the stately policy keeps one job
// of a subject waiting and one running at most. A job whose process died is taken again after `expireInMinutes`,
// so every handler is idempotent (ADR 007 says how the analysis is).

export interface PgBossQueueOptions {
  connectionString: string;
  /** Whether this process takes jobs (a web server with its in-process worker, `concord worker`) or only sends them. */
  consume: boolean;
  worker: string;
  /** Tries after the first (default 4), `retryDelaySeconds` apart at first, doubling (with jitter) after each. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** How long an attempt may run before it is taken to have died and is tried again. */
  expireInMinutes?: number;
  /** How often an idle consumer looks for jobs (pg-boss's minimum is 0.5 s). */
  pollingIntervalSeconds?: number;
  /** Connections of this process's pg-boss pool. */
  poolSize?: number;
  onError: (error: unknown, queue: string) => void;
}

export const PG_BOSS_SCHEMA = 'pgboss';

export function createPgBossQueue(options: PgBossQueueOptions): JobQueue {
  const boss = new PgBoss({ connectionString: options.connectionString, schema: PG_BOSS_SCHEMA, max: options.poolSize ?? 4, application_name: `concord ${options.worker}` });
  boss.on('error', (error: Error & { queue?: string }) => options.onError(error, error.queue ?? '?'));
  const queueOptions = {
    policy: 'stately' as const,
    retryLimit: options.retryLimit ?? 4,
    retryDelay: options.retryDelaySeconds ?? 5,
    retryBackoff: true,
    expireInSeconds: 60 * (options.expireInMinutes ?? 30),
  };
  const created = new Map<string, Promise<void>>();
  let started: Promise<void> | null = null;
  let running = 0;
  let drained: (() => void) | null = null;
  let stopped = false;

  const start = () =>
    (started ??= boss.start().then(
      () => undefined,
      (error: unknown) => {
        started = null;
        throw error;
      },
    ));
  // One queue made at a time in this process: pg-boss 10's create_queue alters shared tables, and several at once
  // (every module declares its queues at start) can deadlock one another.
  let making: Promise<unknown> = Promise.resolve();
  const makeQueue = async (name: string) => {
    for (let tries = 1; ; tries++) {
      if (await boss.getQueue(name)) return boss.updateQueue(name, { name, ...queueOptions });
      // Two processes starting at once may both create it: the loser finds it made (or tries again after a deadlock).
      const made = await boss.createQueue(name, { name, ...queueOptions }).then(
        () => true,
        async (error: unknown) => {
          if (await boss.getQueue(name)) return true;
          if (tries >= 3) throw error;
          return false;
        },
      );
      if (made) return;
    }
  };
  // createQueue is an upsert in pg-boss 10 only by name: the first declaration's options hold until updateQueue.
  const ensureQueue = (name: string) => {
    let ensured = created.get(name);
    if (ensured === undefined) {
      ensured = start().then(() => (making = making.catch(() => undefined).then(() => makeQueue(name)))).then(() => undefined);
      created.set(name, ensured);
      // Not kept when it failed: the next send or start tries again.
      const failed = ensured;
      failed.catch(() => created.get(name) === failed && created.delete(name));
    }
    return ensured;
  };

  return {
    kind: 'pg-boss',
    async send(queue, data, { singletonKey, expireInMinutes }) {
      await ensureQueue(queue);
      // null when a job of that subject already waits: the waiting one will do.
      await boss.send(queue, data, { singletonKey, ...(expireInMinutes === undefined ? {} : { expireInSeconds: 60 * expireInMinutes }) });
    },
    work<T>(queue: string, handler: JobHandler<T>) {
      if (!options.consume) return;
      const take = async () => {
        await ensureQueue(queue);
        let workerId: string | null = null;
        workerId = await boss.work<T>(queue, { batchSize: 1, includeMetadata: true, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 }, async ([job]) => {
          if (!job) return;
          running++;
          try {
            await handler({ id: job.id, data: job.data, attempt: job.retryCount + 1, lastAttempt: job.retryCount >= job.retryLimit, worker: options.worker });
          } finally {
            if (--running === 0) drained?.();
            // A worker that just did a job looks for the next at once instead of waiting out its polling interval.
            if (workerId) boss.notifyWorker(workerId);
          }
        });
      };
      take().catch((error: unknown) => options.onError(error, queue));
    },
    async idle() {
      if (running > 0) await new Promise<void>((resolve) => (drained = resolve));
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      if (!started || !(await started.then(() => true, () => false))) return;
      // Waits for the running attempts; one that outlasts the timeout is taken again by another process later.
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
    },
  };
}
