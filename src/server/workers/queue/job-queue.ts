// Background jobs behind one interface (ADR 003, ADR 007): a module sends a job to a named queue and declares
// the handler that does it; who runs the handler is the queue's affair. On SQLite the in-process queue runs
// each queue's jobs one after another in this process, as before; on PostgreSQL pg-boss (pg-boss-queue.ts)
// keeps them in the database, and every process that consumes takes them, each job by one process at a time.

export interface QueuedJob<T> {
  id: string;
  data: T;
  /** 1 for the first attempt. */
  attempt: number;
  /** No attempt follows this one if it throws: the handler records the failure itself. */
  lastAttempt: boolean;
  /** Which process runs the attempt (host:pid), for the audit trail. */
  worker: string;
}

export type JobHandler<T> = (job: QueuedJob<T>) => Promise<void>;

export interface SendOptions {
  singletonKey: string;
  /** How long an attempt may run before the queue takes its process to have died (pg-boss; the queue's 30 min by default). */
  expireInMinutes?: number;
}

export interface JobQueue {
  readonly kind: 'in-process' | 'pg-boss';
  /**
   * Adds a job. `singletonKey` names its subject (a submission): while a job of that subject waits, another is
   * not added, and no two of them run at once (pg-boss's stately policy; the in-process queue runs one at a time).
   */
  send<T extends object>(queue: string, data: T, options: SendOptions): Promise<void>;
  /** Declares the handler of a queue; it runs only in a process that consumes (the queue's setting). */
  work<T>(queue: string, handler: JobHandler<T>): void;
  /** Resolves when the jobs this process has taken are done (tests, shutdown). */
  idle(): Promise<void>;
  /** Takes no more jobs; waits for the running ones. */
  stop(): Promise<void>;
}

/** This process's name in the audit trail and the queue's records. */
export function workerName(hostname: string, pid: number): string {
  return `${hostname}:${pid}`;
}

/**
 * Jobs run in this process, one at a time per queue, in the order sent; a failure is the handler's last
 * (there is nobody else to retry it, and a restart resumes from the modules' own state).
 */
export function createInProcessQueue(options: { worker: string; onError: (error: unknown, queue: string) => void }): JobQueue {
  const handlers = new Map<string, JobHandler<unknown>>();
  const chains = new Map<string, Promise<void>>();
  let sequence = 0;
  // Until no queue's chain changed while it was awaited (a job may send another).
  const settled = async () => {
    for (let seen: Promise<void>[] = []; ; ) {
      const now = [...chains.values()];
      if (now.length === seen.length && now.every((p, i) => p === seen[i])) return;
      seen = now;
      await Promise.all(now);
    }
  };
  return {
    kind: 'in-process',
    async send(queue, data) {
      const handler = handlers.get(queue);
      if (!handler) throw new Error(`no handler for the queue ${queue}`);
      const job: QueuedJob<unknown> = { id: String(++sequence), data, attempt: 1, lastAttempt: true, worker: options.worker };
      const next = (chains.get(queue) ?? Promise.resolve()).then(() => handler(job)).catch((error: unknown) => options.onError(error, queue));
      chains.set(queue, next);
    },
    work(queue, handler) {
      handlers.set(queue, handler as JobHandler<unknown>);
    },
    idle: settled,
    stop: settled,
  };
}
