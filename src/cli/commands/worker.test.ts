import { spawn, type ChildProcess } from 'node:child_process';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../server/auth/actor';
import { createTestDatabase, type TestDatabase } from '../../server/db/test-databases.test-support';
import { seedCountries } from '../../server/modules/countries/countries.seed';
import { ANALYSIS_QUEUE } from '../../server/modules/research/analysis-jobs';
import { insertGenomes, insertSubmission } from '../../server/modules/research/research.repo';
import { fixtureGenomes, toFasta, toMetadata } from '../../server/modules/research/research.test-support';
import { createServices, type Services } from '../../server/services';
import type { JobQueue } from '../../server/workers/queue/job-queue';
import { createPgBossQueue, PG_BOSS_SCHEMA } from '../../server/workers/queue/pg-boss-queue';
import { gzipSync } from 'node:zlib';
import { IMPORTED_CASES_IMPORT } from '../../server/modules/consular/consular.service';
import { importQueueName } from '../../server/workers/queue/import-jobs';
import { BACKTEST_QUEUE } from '../../server/modules/situation/situation.backtest';
import { jhuSample } from '../../server/modules/situation/situation.test-support';

// Two real `concord worker` processes on one PostgreSQL queue (ADR 007, ADR 063): every analysis job, every
// import job and the forecast backtest of an import is done once, both take some analyses, and a job that fails on its first attempt (its submission or
// its import not there yet, as when a sender's transaction has not committed) is tried again after its back-off
// and succeeds.
const BIN = new URL('../../../bin/concord.js', import.meta.url).pathname;
const SUBMISSIONS = 10;
const LATE_SUBMISSION = 1000;
const IMPORTS = 8;
const LATE_IMPORT = 1000;
const CASES_CSV = (day: number) => `arrival_date,port_of_entry,flight,origin_country,passport_country,student,age_band\n2020-03-${String(day).padStart(2, '0')},PEK,CA938,GBR,CHN,yes,18-29\n`;
const clock = () => new Date();
const actor = systemActor('test');

let database: TestDatabase;
let queue: JobQueue;
let services: Services;
const workers: ChildProcess[] = [];

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [BIN, 'worker'], { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' }, stdio: ['ignore', 'pipe', 'inherit'] });
  workers.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('taking jobs')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`concord worker exited with ${code}`)));
  });
}

/** Polls until `done` holds: the workers are other processes, nothing here can be told when they finish. */
async function until(done: () => Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 200));
}

beforeAll(async () => {
  database = await createTestDatabase('postgres');
  await seedCountries(database.db, clock);
  // This process only sends, as a web server with CONCORD_IN_PROCESS_WORKER=false does.
  queue = createPgBossQueue({ connectionString: database.url!, consume: false, worker: 'test', onError: () => undefined });
  services = createServices({ db: database.db, dialect: 'postgres', clock, sessionTtlHours: 1, queue });
}, 120_000);

afterAll(async () => {
  await Promise.all(workers.map((w) => new Promise((resolve) => (w.exitCode === null ? (w.once('exit', resolve), w.kill('SIGTERM')) : resolve(null)))));
  await queue?.stop();
  await services?.research.close();
  await database?.destroy();
});

describe('concord worker', () => {
  it('shares the analysis jobs of one queue between two processes, each done once, and retries a job that failed', async () => {
    const { db } = database;
    const ids: number[] = [];
    for (let i = 0; i < SUBMISSIONS; i++) {
      const genomes = fixtureGenomes(2, 2 * i);
      ids.push((await services.research.submit(actor, { fasta: toFasta(genomes), metadata: toMetadata(genomes) })).id);
    }
    // A job whose submission is not in the database yet: its first attempt fails.
    await queue.send(ANALYSIS_QUEUE, { submissionId: LATE_SUBMISSION }, { singletonKey: `submission:${LATE_SUBMISSION}` });
    const lateJob = async () =>
      (await sql<{ state: string; retry_count: number }>`select state, retry_count from ${sql.table(`${PG_BOSS_SCHEMA}.job`)} where name = ${ANALYSIS_QUEUE} and data->>'submissionId' = ${String(LATE_SUBMISSION)}`.execute(db)).rows[0];
    // Both started once every job waits, so that each finds some to take.
    await Promise.all([startWorker(database.url!), startWorker(database.url!)]);
    await until(async () => (await lateJob())?.state === 'retry');
    const late = fixtureGenomes(2, 2 * SUBMISSIONS);
    await insertSubmission(db, { id: LATE_SUBMISSION, status: 'queued', total: 2, analysed: 0, failed: 0, errors: '[]', submitted_by: null, created_at: clock().toISOString() });
    await insertGenomes(db, late.map((g) => ({ submission_id: LATE_SUBMISSION, strain: g.name, collection_date: '2021-01-10', country: 'GBR', host: 'Homo sapiens', originating_lab: 'A', submitting_lab: 'B', sequence: g.sequence, status: 'pending', submitted_by: null, created_at: clock().toISOString() })));
    ids.push(LATE_SUBMISSION);

    await until(async () => (await db.selectFrom('research_submissions').select('id').where('status', '=', 'done').execute()).length === ids.length);

    const finishes = await db.selectFrom('audit_log').select(['entity_id', 'summary']).where('action', '=', 'research.analysis.finish').execute();
    expect(finishes.map((f) => Number(f.entity_id)).sort((a, b) => a - b)).toEqual(ids);
    const summaries = finishes.map((f) => ({ id: Number(f.entity_id), ...(JSON.parse(f.summary) as { worker: string; attempt: number; analysed: number }) }));
    expect(new Set(summaries.map((s) => s.worker)).size).toBe(2);
    expect(summaries.every((s) => s.analysed === 2)).toBe(true);
    expect(summaries.find((s) => s.id === LATE_SUBMISSION)?.attempt).toBe(2);
    expect(await lateJob()).toMatchObject({ state: 'completed', retry_count: 1 });
    const genomes = await db.selectFrom('research_genomes').select(['status']).execute();
    expect(genomes.map((g) => g.status)).toEqual(Array(2 * ids.length).fill('analysed'));
  }, 180_000);

  it('does each import job once on one of the two workers, and tries again an import whose first try failed', async () => {
    const { db } = database;
    const ids: number[] = [];
    for (let i = 0; i < IMPORTS; i++) {
      const sent = await services.imports.submit(actor, IMPORTED_CASES_IMPORT, CASES_CSV(i + 1), { waitMs: 0 });
      if (sent.done) throw new Error('no process of this test takes jobs: the import cannot be done yet');
      ids.push(sent.job.id);
    }
    // A job whose import is not in the database yet: its first try fails, and the queue tries it again.
    const queueName = importQueueName(IMPORTED_CASES_IMPORT);
    await queue.send(queueName, { jobId: LATE_IMPORT }, { singletonKey: `import:${LATE_IMPORT}` });
    const lateJob = async () =>
      (await sql<{ state: string; retry_count: number }>`select state, retry_count from ${sql.table(`${PG_BOSS_SCHEMA}.job`)} where name = ${queueName} and data->>'jobId' = ${String(LATE_IMPORT)}`.execute(db)).rows[0];
    await until(async () => (await lateJob())?.state === 'retry');
    await db
      .insertInto('import_jobs')
      .values({ id: LATE_IMPORT, kind: IMPORTED_CASES_IMPORT, status: 'queued', payload: gzipSync(JSON.stringify(CASES_CSV(20))), actor: JSON.stringify(actor), outcome: null, attempts: 0, worker: null, created_at: clock().toISOString(), started_at: null, finished_at: null })
      .execute();
    ids.push(LATE_IMPORT);

    await until(async () => (await db.selectFrom('import_jobs').select('id').where('status', '=', 'done').where('id', 'in', ids).execute()).length === ids.length);

    // Once each: one stored import and one audit entry per job, each with its one case.
    expect(await db.selectFrom('audit_log').select('id').where('action', '=', 'consular.imported-cases.import').execute()).toHaveLength(ids.length);
    expect(await db.selectFrom('consular_imported_cases').select('arrival_date').orderBy('arrival_date').execute()).toHaveLength(ids.length);
    const jobs = await db.selectFrom('import_jobs').select(['id', 'attempts', 'worker', 'outcome', 'payload']).where('id', 'in', ids).execute();
    const workerNames = new Set(workers.map((w) => `:${w.pid}`));
    expect(jobs.every((j) => [...workerNames].some((name) => j.worker?.endsWith(name)))).toBe(true);
    expect(jobs.every((j) => j.payload === null && (JSON.parse(j.outcome!) as { result: { imported: number } }).result.imported === 1)).toBe(true);
    expect(jobs.find((j) => j.id === LATE_IMPORT)?.attempts).toBe(2);
    expect(await lateJob()).toMatchObject({ state: 'completed', retry_count: 1 });
    // The sender reads the outcome wherever the job ran.
    expect(await services.consular.casesJob(ids[0]!)).toMatchObject({ status: 'done', result: { imported: 1, firstDate: '2020-03-01' } });
  }, 180_000);

  it('computes the forecast backtest of an import once, on one of the workers, and the sender reads it', async () => {
    const { db } = database;
    const summary = await services.situation.importFiles(actor, { source: 'jhu', files: jhuSample(200, ['Italy', 'Kenya']) });
    const scores = await services.situation.forecastBacktest();
    expect(scores.get('ITA')).toMatchObject({ firstOrigin: '2020-06-06', lastOrigin: '2020-07-04' });
    const rows = await db.selectFrom('situation_backtest_scores').select(['version', 'status', 'worker', 'attempt']).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'done', attempt: 1 });
    expect(rows[0]!.version.startsWith(`jhu:${summary.id}:`)).toBe(true);
    expect(workers.some((w) => rows[0]!.worker.endsWith(`:${w.pid}`))).toBe(true);
    expect(await db.selectFrom('audit_log').select('entity_id').where('action', '=', 'situation.backtest').execute()).toEqual([{ entity_id: rows[0]!.version }]);
    const jobs = async () => (await sql<{ state: string }>`select state from ${sql.table(`${PG_BOSS_SCHEMA}.job`)} where name = ${BACKTEST_QUEUE}`.execute(db)).rows;
    await until(async () => (await jobs()).every((j) => j.state === 'completed'));
    expect(await jobs()).toEqual([{ state: 'completed' }]);
    expect((await services.situation.forecast('ITA', '2020-06-06')).backtest).toEqual(scores.get('ITA'));
  }, 180_000);
});
