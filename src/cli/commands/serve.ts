import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('serve')
    .description('start the API and the web app on PORT (default 8080)')
    .option('--build-if-missing', 'build the web app first when dist/web is missing')
    .action(async (options: { buildIfMissing?: boolean }) => {
      // Loaded here, not at the top: every other command would otherwise pay for the server's start-up.
      const [{ buildApp }, { parseEnv }, { openRuntime, seedIfEmpty }] = await Promise.all([
        import('../../server/app'),
        import('../../server/config/env'),
        import('../../server/runtime'),
      ]);
      const env = parseEnv();
      if (options.buildIfMissing && !existsSync(resolve(env.WEB_DIST, 'index.html'))) buildWebApp();
      const runtime = await openRuntime(env, { consumeJobs: env.CONCORD_IN_PROCESS_WORKER, runsInProcessJobs: true });
      const app = await buildApp(env, runtime.services);
      await seedIfEmpty(env, runtime, app.log);
      // Reminder e-mails leave through the knowledge outbox, drained in the background when SMTP_URL is set.
      const stopOutbox = runtime.services.knowledge.outbox.start();
      // Help requests whose SLA timer ran out are escalated by a sweep every minute (ADR 072).
      const stopEscalations = runtime.services.consular.cases.startEscalations(app.log);
      // Import jobs that ended longer ago than the retention are deleted by a sweep every hour (ADR 063).
      const stopPruning = runtime.services.imports.startPruning(env.CONCORD_IMPORT_JOBS_RETENTION_DAYS);
      const stop = async (signal: string) => {
        app.log.info({ signal }, 'shutting down');
        await stopOutbox();
        await stopEscalations();
        await stopPruning();
        await app.close();
        await runtime.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
      // The pathogen dataset is parsed once, before the first request rather than during it (ADR 050).
      await runtime.services.research.warm();
      await app.listen({ port: env.PORT, host: env.HOST });
      app.log.info({ db: runtime.database.dialect }, `Concord is ready on http://localhost:${env.PORT}`);
    });
}

function buildWebApp(): void {
  process.stderr.write('building the web app (first start only)…\n');
  const vite = resolve('node_modules/.bin/vite');
  const result = spawnSync(vite, ['build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the web app build failed');
}
