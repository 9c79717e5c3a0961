import pg from 'pg';
import { createPgBossQueue } from '../src/server/workers/queue/pg-boss-queue';
import type { JobQueue } from '../src/server/workers/queue/job-queue';

// Throughput of the PostgreSQL job queue (ADR 007). `npx tsx bench/run.ts job-queue` prints JSON.
// A throw-away database (BENCH_PG_URL, else TEST_PG_URL, else the local postgres); JOBS jobs that do nothing are
// sent (each with its own subject, as analyses are), then taken by 1, then 2 consumers, each a queue of its own
// with its own pool and polling loop, as `concord worker` processes have (here in one Node process: the queue's
// cost is in PostgreSQL). The figure is the queue's own overhead per job: fetch, complete, and our handler wrapper.

const JOBS = Number(process.env.JOB_QUEUE_BENCH_JOBS ?? 2_000);
const round = (x: number, digits = 4) => Number(x.toPrecision(digits));

async function drain(url: string, consumers: number, run: number): Promise<{ seconds: number; jobsPerSecond: number; perConsumer: number[] }> {
  const name = `bench-noop-${run}`;
  const sender = createPgBossQueue({ connectionString: url, consume: false, worker: 'bench-sender', onError: () => undefined });
  for (let i = 0; i < JOBS; i++) await sender.send(name, { i }, { singletonKey: `subject:${i}` });
  const done = Array<number>(consumers).fill(0);
  let total = 0;
  let finished!: () => void;
  const all = new Promise<void>((resolve) => (finished = resolve));
  const started = performance.now();
  const queues: JobQueue[] = Array.from({ length: consumers }, (_, c) => {
    const q = createPgBossQueue({ connectionString: url, consume: true, worker: `bench-${c}`, pollingIntervalSeconds: 0.5, onError: () => undefined });
    q.work(name, async () => {
      done[c]!++;
      if (++total === JOBS) finished();
    });
    return q;
  });
  await all;
  const seconds = (performance.now() - started) / 1000;
  await Promise.all([...queues, sender].map((q) => q.stop()));
  return { seconds: round(seconds), jobsPerSecond: round(JOBS / seconds), perConsumer: done };
}

export async function runJobQueueBench() {
  const adminUrl = process.env.BENCH_PG_URL ?? process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `concord_bench_queue_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const one = await drain(url.toString(), 1, 1);
    const two = await drain(url.toString(), 2, 2);
    return { jobs: JOBS, oneConsumer: one, twoConsumers: two, note: 'each consumer takes one job at a time (batchSize 1), as analyses are taken' };
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
