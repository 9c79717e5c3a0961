import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ForecastSchema } from '../../../shared/schemas/situation-forecast';
import { buildApp } from '../../app';
import { systemActor } from '../../auth/actor';
import { openDatabase, type DatabaseHandle } from '../../db/database';
import { describeEachDialect, type TestDatabase } from '../../db/test-databases.test-support';
import type { App } from '../../http/types';
import { createServices, type Services } from '../../services';
import { TEST_ENV } from '../../test-support/test-app.test-support';
import { createInProcessQueue, type JobQueue } from '../../workers/queue/job-queue';
import { createPgBossQueue, PG_BOSS_SCHEMA } from '../../workers/queue/pg-boss-queue';
import { seedCountries } from '../countries/countries.seed';
import { BACKTEST_QUEUE, type BacktestJobData } from './situation.backtest';
import { findBacktestScores, pruneBacktestScores, storeBacktestScores } from './situation.backtest.repo';
import { jhuSample } from './situation.test-support';

// The forecast backtest as a job (ADR 042, ADR 063), on both databases: a server that imports sends one job for
// the new data version; the queue's consumer (this process's in-process queue on SQLite, a pg-boss consumer on
// PostgreSQL) computes and stores it once; another service instance on the same database (another process's
// view: its own connections on PostgreSQL) reads 'computing' before and 'ready' with the stored score after.
const clock = () => new Date();
const actor = systemActor('test');
const ITALY = ['Italy', 'Kenya', 'New Zealand'];

/** The real queue behind a door: sends are recorded at once and reach the queue when the test opens it. */
function held(queue: JobQueue) {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const sent: { queue: string; data: unknown; singletonKey: string }[] = [];
  const wrapped: JobQueue = {
    kind: queue.kind,
    async send(name, data, options) {
      sent.push({ queue: name, data, singletonKey: options.singletonKey });
      void opened.then(() => queue.send(name, data, options)).catch(() => undefined);
    },
    work: (name, handler) => queue.work(name, handler),
    idle: () => queue.idle(),
    stop: () => queue.stop(),
  };
  return { queue: wrapped, sent, open };
}

async function until(done: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describeEachDialect('situation forecast backtest on the job queue', (get, dialect) => {
  let database: TestDatabase;
  let queue: JobQueue;
  let door: ReturnType<typeof held>;
  let server: Services;
  let other: Services;
  let otherHandle: DatabaseHandle | null = null;
  let otherQueue: JobQueue | undefined;
  let otherApp: App;

  const backtestJobs = async () =>
    dialect === 'postgres' ? (await sql<{ state: string; data: BacktestJobData }>`select state, data from ${sql.table(`${PG_BOSS_SCHEMA}.job`)} where name = ${BACKTEST_QUEUE}`.execute(database.db)).rows : [];
  const audits = () => database.db.selectFrom('audit_log').select(['entity_id', 'summary']).where('action', '=', 'situation.backtest').execute();

  beforeAll(async () => {
    database = get();
    await seedCountries(database.db, clock);
    queue =
      dialect === 'postgres'
        ? createPgBossQueue({ connectionString: database.url!, consume: true, worker: 'test-server', pollingIntervalSeconds: 0.5, onError: () => undefined })
        : createInProcessQueue({ worker: 'test-server', onError: () => undefined });
    door = held(queue);
    // The server that imports and runs jobs, as `concord serve` is.
    server = createServices({ db: database.db, dialect, clock, sessionTtlHours: 1, signal: database.signal, queue: door.queue, runsInProcessJobs: true });
    // Another process: its own connections on PostgreSQL (sends, takes nothing); on SQLite, one that never runs jobs.
    if (dialect === 'postgres') {
      otherHandle = openDatabase({ databaseUrl: database.url, poolSize: 2 });
      otherQueue = createPgBossQueue({ connectionString: database.url!, consume: false, worker: 'test-other', onError: () => undefined });
    }
    other = createServices({ db: otherHandle?.db ?? database.db, dialect, clock, sessionTtlHours: 1, signal: otherHandle?.signal, queue: otherQueue, runsInProcessJobs: false });
    otherApp = await buildApp(TEST_ENV, other, { logger: false });
    await otherApp.ready();
    await Promise.all([server.situation.listening, other.situation.listening]);
  }, 120_000);

  afterAll(async () => {
    door?.open();
    await otherApp?.close();
    await queue?.idle();
    await queue?.stop();
    await otherQueue?.stop();
    await otherHandle?.destroy();
  });

  it('queues one job per import, stores its scores once, and another instance’s forecast reads them', async () => {
    const summary = await server.situation.importFiles(actor, { source: 'jhu', files: jhuSample(200, ITALY) });
    expect(door.sent).toHaveLength(1);
    const { version } = door.sent[0]!.data as BacktestJobData;
    expect(door.sent[0]).toMatchObject({ queue: BACKTEST_QUEUE, singletonKey: `backtest:${version}` });
    expect(version).toMatch(new RegExp(`^jhu:${summary.id}:[0-9a-f]{8}$`));

    // Until the job has run, every process says so; nothing more is sent for the version.
    const before = ForecastSchema.parse((await otherApp.inject({ method: 'GET', url: '/api/situation/countries/ITA/forecast?origin=2020-06-06' })).json());
    expect(before).toMatchObject({ backtestStatus: 'computing', backtest: null });
    expect((await server.situation.forecast('ITA', '2020-06-06')).backtestStatus).toBe('computing');
    expect(await findBacktestScores(database.db, version)).toBeUndefined();
    expect(door.sent).toHaveLength(1);

    door.open();
    const scores = await server.situation.forecastBacktest();
    expect(scores.get('ITA')).toMatchObject({ firstOrigin: '2020-06-06', lastOrigin: '2020-07-04' });
    const row = await findBacktestScores(database.db, version);
    expect(row).toMatchObject({ status: 'done', attempt: 1, worker: 'test-server', error: null });
    expect(Object.keys(JSON.parse(row!.scores!) as object).sort()).toEqual([...scores.keys()].sort());
    expect((await audits()).map((a) => a.entity_id)).toEqual([version]);
    if (dialect === 'postgres') {
      await until(async () => (await backtestJobs()).every((j) => j.state === 'completed'));
      expect(await backtestJobs()).toEqual([{ state: 'completed', data: { version } }]);
    }

    // Another instance, which never computed anything, answers from the table.
    const after = ForecastSchema.parse((await otherApp.inject({ method: 'GET', url: '/api/situation/countries/ITA/forecast?origin=2020-06-06' })).json());
    expect(after.backtestStatus).toBe('ready');
    expect(after.backtest).toEqual(scores.get('ITA'));
    const forNeeds = await other.situation.caseForecastForNeeds('ITA');
    expect(forNeeds === null ? null : forNeeds.relativeWis).toBe(scores.get('ITA')?.beatsBaseline ? scores.get('ITA')?.relativeWis : null);

    // The same job delivered again (its process was taken for dead) writes nothing.
    await queue.send<BacktestJobData>(BACKTEST_QUEUE, { version }, { singletonKey: `backtest:${version}` });
    if (dialect === 'postgres') await until(async () => (await backtestJobs()).length === 2 && (await backtestJobs()).every((j) => j.state === 'completed'));
    else await queue.idle();
    expect(await findBacktestScores(database.db, version)).toEqual(row);
    expect(await audits()).toHaveLength(1);
    // And two tries at once: the one that stores second finds the row and writes nothing.
    expect(await storeBacktestScores(database.db, { ...row!, scores: '{}', worker: 'late', computed_at: clock().toISOString() })).toBe(false);
    expect(await findBacktestScores(database.db, version)).toEqual(row);
  }, 120_000);

  it('computes a new version after the next import, skips a job of a version no longer shown, and keeps two versions', async () => {
    const [first] = await database.db.selectFrom('situation_backtest_scores').select('version').execute();
    await server.situation.importFiles(actor, { source: 'jhu', files: jhuSample(210, ITALY) });
    await server.situation.forecastBacktest();
    const second = door.sent.at(-1)!.data as BacktestJobData;
    expect(second.version).not.toBe(first!.version);
    other.situation.invalidate();
    await until(async () => (await other.situation.forecast('KEN')).backtestStatus === 'ready');

    // A late job of the first version: out of date, it computes and writes nothing.
    const auditsBefore = (await audits()).length;
    await database.db.deleteFrom('situation_backtest_scores').where('version', '=', first!.version).execute();
    await queue.send<BacktestJobData>(BACKTEST_QUEUE, first!, { singletonKey: `backtest:${first!.version}:late` });
    if (dialect === 'postgres') await until(async () => (await backtestJobs()).filter((j) => j.data.version === first!.version).every((j) => j.state === 'completed'));
    else await queue.idle();
    expect(await findBacktestScores(database.db, first!.version)).toBeUndefined();
    expect(await audits()).toHaveLength(auditsBefore);

    // Bounded: of three stored versions, the current one and the most recent other stay.
    const row = (await findBacktestScores(database.db, second.version))!;
    for (const [i, version] of ['jhu:1:old', 'jhu:2:older'].entries()) await storeBacktestScores(database.db, { ...row, version, computed_at: `2020-01-0${2 - i}T00:00:00.000Z` });
    expect(await pruneBacktestScores(database.db, second.version)).toBe(1);
    expect((await database.db.selectFrom('situation_backtest_scores').select('version').orderBy('version').execute()).map((r) => r.version)).toEqual(['jhu:1:old', second.version].sort());
  }, 120_000);
});
