import { createAuthService } from './auth/auth.service';
import type { Clock } from './clock';
import type { ChangeSignal } from './db/change-signal';
import type { SnapshotReadsFactory } from './db/snapshot-reads';
import type { Db, Dialect } from './db/types';
import { defaultServiceLog, type ServiceLog } from './log';
import { createImportJobs } from './workers/queue/import-jobs';
import { createInProcessQueue, workerName, type JobQueue } from './workers/queue/job-queue';
import { hostname } from 'node:os';
import { createUsersService } from './modules/accounts/accounts.module';
import { createAidService } from './modules/aid/aid.module';
import { createAuditService } from './modules/audit/audit.module';
import { createConsularService } from './modules/consular/consular.module';
import { createCountriesService } from './modules/countries/countries.module';
import { createKnowledgeService } from './modules/knowledge/knowledge.module';
import { createResearchService } from './modules/research/research.module';
import { createSituationService } from './modules/situation/situation.module';

export interface ServiceContext {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  sessionTtlHours: number;
  /** How this process hears of other processes' changes (PostgreSQL NOTIFY); none by default. */
  signal?: ChangeSignal;
  /** IP-to-country database file (IP_COUNTRY_DB); the shipped one when absent. */
  ipCountryDb?: string;
  /** Where services log what they go on without (an unreadable input, a failed background job); warnings and errors to stdout when absent. */
  log?: ServiceLog;
  /** Where background jobs go (ADR 007): pg-boss on PostgreSQL (runtime.ts); this process, one at a time, when absent. */
  queue?: JobQueue;
  /** How long a request waits for its import job before answering 202 with the job (ADR 063). */
  importWaitMs?: number;
  /**
   * Without a PostgreSQL queue: whether this process runs the jobs nobody waits for (the forecast backtest, ADR
   * 042) as soon as there is one to do: `concord serve` does (true); a CLI command never (false), so that it ends
   * when its own work does; when absent (tests, benchmarks) only once something reads its result, as before.
   */
  runsInProcessJobs?: boolean;
  /** Long reads on connections of their own (genome downloads, ADR 061): the database handle's; keyset pages without. */
  snapshots?: SnapshotReadsFactory | undefined;
  /** How long one genome download may hold its snapshot (CONCORD_DOWNLOAD_MAX_MINUTES). */
  downloadMaxMs?: number;
}

/**
 * The one place services are wired together (docs/decisions/002): each module's factory gets the context and
 * the services it uses, made before it; routes, seeds and the CLI get them from the bag this returns.
 */
export function createServices(context: ServiceContext) {
  const ctx = { ...context, log: context.log ?? defaultServiceLog };
  const audit = createAuditService(ctx.db, ctx.clock);
  const countries = createCountriesService(ctx.db);
  // An officer's post is checked against the consular posts (made below; asked only when an account is saved).
  const users = createUsersService({ db: ctx.db, clock: ctx.clock, audit, countries, postExists: (postId) => consular.posts.exists(postId) });
  const auth = createAuthService({ db: ctx.db, clock: ctx.clock, audit, users, sessionTtlHours: ctx.sessionTtlHours });
  // Imports sent by requests and the forecast backtest are jobs (ADR 063): on the PostgreSQL queue, or run here one at a time per queue.
  const importQueue = ctx.queue ?? createInProcessQueue({ worker: workerName(hostname(), process.pid), onError: (err, queue) => ctx.log.error({ err, queue }, 'a background job failed; its record holds the error') });
  const imports = createImportJobs({ db: ctx.db, clock: ctx.clock, queue: importQueue, log: ctx.log, waitMs: ctx.importWaitMs });
  const sendsBacktests = importQueue.kind === 'pg-boss' || ctx.runsInProcessJobs === true ? 'after-import' : ctx.runsInProcessJobs === false ? 'never' : 'on-first-need';
  const situation = createSituationService({ db: ctx.db, dialect: ctx.dialect, clock: ctx.clock, audit, countries, signal: ctx.signal, imports, queue: importQueue, sendsBacktests, log: ctx.log });
  const aid = createAidService({ db: ctx.db, clock: ctx.clock, log: ctx.log, audit, countries, situation, users });
  const research = createResearchService({ db: ctx.db, dialect: ctx.dialect, clock: ctx.clock, log: ctx.log, audit, countries, ipCountryDb: ctx.ipCountryDb, queue: ctx.queue, snapshots: ctx.snapshots, downloadMaxMs: ctx.downloadMaxMs });
  const knowledge = createKnowledgeService({ ...ctx, audit, countries, users });
  // Cases are assigned and escalated to the officers of their post: the accounts module knows who they are.
  const officers = async (postId: string) => (await users.list()).filter((u) => u.role === 'consular_officer' && u.postId === postId && !u.disabled).map((u) => ({ id: u.id, displayName: u.displayName, postId }));
  const consular = createConsularService({ db: ctx.db, dialect: ctx.dialect, clock: ctx.clock, audit, countries, aid, officers, imports });
  return { ...ctx, audit, countries, users, auth, situation, aid, research, knowledge, consular, imports };
}

export type Services = ReturnType<typeof createServices>;
