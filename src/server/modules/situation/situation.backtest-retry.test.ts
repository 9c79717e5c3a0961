import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../auth/actor';
import { describeEachDialect, type TestDatabase } from '../../db/test-databases.test-support';
import { backtestAll } from '../../workers/forecast/forecast.worker';
import type { ServiceLog } from '../../log';
import { createInProcessQueue, type JobQueue } from '../../workers/queue/job-queue';
import { createPgBossQueue } from '../../workers/queue/pg-boss-queue';
import { createAuditService } from '../audit/audit.service';
import { seedCountries } from '../countries/countries.seed';
import { createCountriesService } from '../countries/countries.service';
import type { RunBacktest } from './situation.forecast';
import { createSituationService, type SituationService } from './situation.service';
import { jhuSample } from './situation.test-support';

// A backtest try that fails (ADR 007's retries): on PostgreSQL the queue tries it again after its back-off and
// the second try stores the scores; after the last try the forecasts say 'failed'. The in-process queue of SQLite
// has one try: 'failed' at once. Either way a start sends the job of a failed version again, which stores the scores.
// The computation here is the real one, on this thread, failing while the test says so.
const clock = () => new Date();
const actor = systemActor('test');

describeEachDialect('situation forecast backtest: failed tries', (get, dialect) => {
  let database: TestDatabase;
  let queue: JobQueue;
  let situation: SituationService;
  let failuresLeft = 0;
  let tries = 0;
  const logged: string[] = [];
  const log: ServiceLog = { info: () => undefined, warn: () => undefined, error: (_obj, message) => logged.push(message) };
  const run: RunBacktest = async (request) => {
    tries++;
    if (failuresLeft > 0) {
      failuresLeft--;
      throw new Error('the worker thread died');
    }
    return backtestAll(request);
  };
  const row = async () => database.db.selectFrom('situation_backtest_scores').select(['status', 'attempt', 'error']).executeTakeFirst();
  const status = async () => (await situation.forecast('ITA', '2020-06-06')).backtestStatus;

  beforeAll(async () => {
    database = get();
    await seedCountries(database.db, clock);
    queue =
      dialect === 'postgres'
        ? createPgBossQueue({ connectionString: database.url!, consume: true, worker: 'test', retryLimit: 1, retryDelaySeconds: 1, pollingIntervalSeconds: 0.5, onError: () => undefined })
        : createInProcessQueue({ worker: 'test', onError: () => undefined });
    const audit = createAuditService(database.db, clock);
    situation = createSituationService({ db: database.db, dialect, clock, audit, countries: createCountriesService(database.db), signal: database.signal, queue, sendsBacktests: 'after-import', runBacktest: run, log });
  }, 60_000);

  afterAll(async () => {
    await queue?.idle();
    await queue?.stop();
  });

  it('tries again while tries are left, says failed after the last, and computes again at the next start', async () => {
    if (dialect === 'postgres') {
      // One failure, then the queue's second try stores the scores.
      failuresLeft = 1;
      await situation.importFiles(actor, { source: 'jhu', files: jhuSample(200, ['Italy', 'Kenya']) });
      await expect.poll(status, { timeout: 60_000, interval: 200 }).toBe('ready');
      expect(await row()).toMatchObject({ status: 'done', attempt: 2, error: null });
      expect(tries).toBe(2);
      await database.db.deleteFrom('situation_backtest_scores').execute();
    }
    // Every try fails: the version is marked failed (on PostgreSQL after its second try, on SQLite after its one).
    tries = 0;
    failuresLeft = 2;
    await situation.importFiles(actor, { source: 'jhu', files: jhuSample(210, ['Italy', 'Kenya']) });
    await expect.poll(status, { timeout: 60_000, interval: 200 }).toBe('failed');
    expect(await row()).toMatchObject({ status: 'failed', attempt: dialect === 'postgres' ? 2 : 1, error: 'the worker thread died' });
    expect(tries).toBe(dialect === 'postgres' ? 2 : 1);
    await expect(situation.forecastBacktest()).rejects.toThrow(/failed/);
    expect(logged).toEqual(['situation: the forecast backtest failed on its last try']);

    // A start sends the job of the failed version again; its scores replace the failure.
    failuresLeft = 0;
    await situation.resumeBacktest();
    await expect.poll(status, { timeout: 60_000, interval: 200 }).toBe('ready');
    expect(await row()).toMatchObject({ status: 'done', error: null });
    expect((await situation.forecastBacktest()).get('ITA')).toMatchObject({ firstOrigin: '2020-06-06' });
  }, 120_000);
});
