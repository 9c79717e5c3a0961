import { hostname } from 'node:os';
import pino from 'pino';
import type { FastifyBaseLogger } from 'fastify';
import { systemClock, type Clock } from './clock';
import type { Env } from './config/env';
import { openDatabase, type DatabaseHandle } from './db/database';
import { migrateToLatest } from './db/migrate';
import { seedDatabase } from './seed';
import { createServices, type Services } from './services';
import { workerName, type JobQueue } from './workers/queue/job-queue';
import { createPgBossQueue } from './workers/queue/pg-boss-queue';

export interface Runtime {
  database: DatabaseHandle;
  services: Services;
  /** The PostgreSQL job queue; none on SQLite, where the services run their jobs in this process. */
  queue: JobQueue | undefined;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /**
   * Whether this process takes background jobs from the PostgreSQL queue (ADR 007): the web server does unless
   * CONCORD_IN_PROCESS_WORKER=false, `concord worker` always, other commands never (they only send).
   */
  consumeJobs?: boolean;
  /** On SQLite, whether this process runs the jobs nobody waits for (the forecast backtest): `concord serve` only. */
  runsInProcessJobs?: boolean;
}

/** Opens the configured database, migrates it to the latest schema and wires the services. */
export async function openRuntime(env: Env, options: RuntimeOptions = {}, clock: Clock = systemClock): Promise<Runtime> {
  const database = openDatabase({ databaseUrl: env.DATABASE_URL, sqlitePath: env.CONCORD_DB });
  await migrateToLatest(database.db, database.dialect);
  const log = pino({ level: env.LOG_LEVEL, base: { component: 'services' } });
  const queue =
    database.dialect === 'postgres' && env.DATABASE_URL
      ? createPgBossQueue({
          connectionString: env.DATABASE_URL,
          consume: options.consumeJobs ?? false,
          worker: workerName(hostname(), process.pid),
          onError: (err, queueName) => log.warn({ err, queue: queueName }, 'job queue: an attempt failed (tried again while tries are left)'),
        })
      : undefined;
  const services = createServices({ db: database.db, dialect: database.dialect, clock, sessionTtlHours: env.SESSION_TTL_HOURS, signal: database.signal, ipCountryDb: env.IP_COUNTRY_DB, log, queue, runsInProcessJobs: options.runsInProcessJobs ?? false, snapshots: database.openSnapshotReads, downloadMaxMs: env.CONCORD_DOWNLOAD_MAX_MINUTES * 60_000 });
  return {
    database,
    services,
    queue,
    async close() {
      await queue?.stop();
      await database.destroy();
    },
  };
}

export async function seedIfEmpty(env: Env, runtime: Runtime, log: Pick<FastifyBaseLogger, 'info'>): Promise<void> {
  if (env.CONCORD_SEED === 'none') return;
  await seedDatabase(runtime.services, env.CONCORD_SEED, log);
}
