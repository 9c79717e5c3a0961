import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { systemActor } from '../src/server/auth/actor';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import type { Dialect } from '../src/server/db/types';
import { seedCountries } from '../src/server/modules/countries/countries.seed';
import { JHU_SEED_DIR } from '../src/server/modules/situation/situation.seed';
import { createServices } from '../src/server/services';
import { createPgBossQueue } from '../src/server/workers/queue/pg-boss-queue';
import { benchDatabase } from './bench-database';

// The forecast backtest as a job (ADR 042, ADR 063). `npx tsx bench/run.ts backtest-job` prints JSON; BACKTEST_BENCH_DIALECTS
// (default "sqlite,postgres") chooses the databases. Per database: a throw-away database, the countries, then the
// full shipped JHU pair imported by a process that runs jobs (`concord serve`: the in-process queue on SQLite, a
// pg-boss consumer on PostgreSQL), which sends the job of the new version; timed from the import's end until the
// scores are stored, with the job's own compute time (its row) and the longest event-loop stall meanwhile (the
// computation is in a worker thread: the stall is the queue's and the store's).

const round = (x: number, digits = 4) => Number(x.toPrecision(digits));
const clock = () => new Date();

async function once(dialect: Dialect) {
  const target = await benchDatabase(dialect, 'backtest-job');
  const handle = openDatabase(target.target);
  const queue = target.target.databaseUrl ? createPgBossQueue({ connectionString: target.target.databaseUrl, consume: true, worker: 'bench', pollingIntervalSeconds: 0.5, onError: () => undefined }) : undefined;
  try {
    await migrateToLatest(handle.db, dialect);
    await seedCountries(handle.db, clock);
    const services = createServices({ db: handle.db, dialect, clock, sessionTtlHours: 1, signal: handle.signal, queue, runsInProcessJobs: true });
    const files = {
      confirmed: readFileSync(new URL('time_series_covid19_confirmed_global.csv', JHU_SEED_DIR), 'utf8'),
      deaths: readFileSync(new URL('time_series_covid19_deaths_global.csv', JHU_SEED_DIR), 'utf8'),
    };
    const importStarted = performance.now();
    await services.situation.importFiles(systemActor('bench'), { source: 'jhu', files });
    const imported = performance.now();
    const stalls = monitorEventLoopDelay({ resolution: 10 });
    stalls.enable();
    const scores = await services.situation.forecastBacktest();
    const stored = performance.now();
    stalls.disable();
    const row = await handle.db.selectFrom('situation_backtest_scores').select(['seconds', 'scores']).executeTakeFirstOrThrow();
    return {
      importSeconds: round((imported - importStarted) / 1000),
      jobSeconds: round((stored - imported) / 1000),
      computeSeconds: row.seconds,
      countriesScored: scores.size,
      storedKilobytes: round(Buffer.byteLength(row.scores ?? '') / 1024, 3),
      longestStallMs: round(stalls.max / 1e6, 3),
      loadavgAfter: loadavg().map((x) => round(x, 3)),
    };
  } finally {
    await queue?.stop();
    await handle.destroy();
    await target.drop();
  }
}

export async function runBacktestJobBench() {
  const dialects = (process.env.BACKTEST_BENCH_DIALECTS ?? 'sqlite,postgres').split(',') as Dialect[];
  const results: Record<string, object> = { loadavgBefore: loadavg().map((x) => round(x, 3)) };
  for (const dialect of dialects) results[dialect] = await once(dialect);
  return { ...results, note: 'the full shipped JHU pair; one worker thread computes; the job runs in the importing process (in-process queue on SQLite, a pg-boss consumer on PostgreSQL)' };
}
