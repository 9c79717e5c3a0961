import type { Command } from 'commander';

// `concord worker`: a process that takes background jobs (genome analyses, the imports sent by requests, the forecast backtest) from the PostgreSQL queue and
// nothing else (ADR 007). Any number may run, on any hosts that reach the database; each job is taken by one.
export function register(program: Command): void {
  program
    .command('worker')
    .description('take background jobs (genome analyses, imports, the forecast backtest) from the PostgreSQL queue until stopped (needs DATABASE_URL)')
    .action(async () => {
      const [{ parseEnv }, { openRuntime }] = await Promise.all([import('../../server/config/env'), import('../../server/runtime')]);
      const env = parseEnv();
      if (!env.DATABASE_URL) {
        process.stderr.write('concord worker: the job queue needs PostgreSQL (DATABASE_URL); on SQLite `concord serve` runs the jobs itself\n');
        process.exitCode = 2;
        return;
      }
      const runtime = await openRuntime(env, { consumeJobs: true });
      // Import jobs that ended longer ago than the retention are deleted by a sweep every hour (ADR 063).
      const stopPruning = runtime.services.imports.startPruning(env.CONCORD_IMPORT_JOBS_RETENTION_DAYS);
      // Jobs left unfinished by a process that stopped without sending theirs (the queue keeps one per submission).
      await runtime.services.research.resume();
      await runtime.services.imports.resume();
      // The forecast backtest of the data shown, when no process has stored it (ADR 042).
      await runtime.services.situation.resumeBacktest();
      const stop = async () => {
        await stopPruning();
        // The queue first: the running job ends (or is tried again elsewhere), then nothing new is taken.
        await runtime.queue?.stop();
        await runtime.services.research.close();
        await runtime.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      process.stdout.write(`concord worker ${process.pid}: taking jobs\n`);
    });
}
