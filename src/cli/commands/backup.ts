import type { Command } from 'commander';
import { startProgress } from '../progress';
import { EXIT_BAD_INPUT, InputFileError, unreadableReason } from '../read-input';

/** Where the configured database is, from the same settings the server reads. */
async function configured() {
  const { parseEnv } = await import('../../server/config/env');
  const env = parseEnv();
  return env.DATABASE_URL ? ({ dialect: 'postgres', url: env.DATABASE_URL } as const) : ({ dialect: 'sqlite', path: env.CONCORD_DB } as const);
}

/** A refused backup or restore exits 2, as a refused import does; anything unforeseen exits 1. */
async function withExitCode(work: () => Promise<void>): Promise<void> {
  const { BackupError } = await import('../../server/db/backup');
  try {
    await work();
  } catch (error) {
    if (error instanceof BackupError || error instanceof InputFileError) process.exitCode = EXIT_BAD_INPUT;
    throw error;
  }
}

/**
 * `concord backup FILE` and `concord restore FILE [--force]` (ADR 062): the whole database, SQLite or
 * PostgreSQL, as DATABASE_URL / CONCORD_DB say. A backup is safe while the server runs; a restore is not.
 */
export function register(program: Command): void {
  program
    .command('backup')
    .description('copy the whole database to FILE (safe while the server runs)')
    .argument('<file>', 'where to write the backup (SQLite database, or pg_dump custom archive)')
    .action(async (file: string) =>
      withExitCode(async () => {
        const { backupPostgres, backupSqlite } = await import('../../server/db/backup');
        const target = await configured();
        const started = performance.now();
        if (target.dialect === 'sqlite') {
          let progress: ReturnType<typeof startProgress> | undefined;
          await backupSqlite(target.path, file, (done, total) => {
            progress ??= startProgress('backing up', total);
            progress.update(done);
          }).finally(() => progress?.stop());
        } else {
          process.stderr.write('running pg_dump...\n');
          await backupPostgres(target.url, file);
        }
        const { size } = await import('node:fs/promises').then((fs) => fs.stat(file));
        process.stderr.write(`backed up the ${target.dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} database to ${file} (${(size / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      }),
    );
  program
    .command('restore')
    .description('replace the database with the backup in FILE (stop the server first)')
    .argument('<file>', 'a file written by concord backup')
    .option('--force', 'replace a database that already holds data (everything in it is lost)', false)
    .action(async (file: string, opts: { force: boolean }) =>
      withExitCode(async () => {
        const { restorePostgres, restoreSqlite } = await import('../../server/db/backup');
        const { access } = await import('node:fs/promises');
        await access(file).catch((error: unknown) => {
          throw new InputFileError(unreadableReason(file, error));
        });
        const target = await configured();
        const started = performance.now();
        if (target.dialect === 'sqlite') {
          let progress: ReturnType<typeof startProgress> | undefined;
          await restoreSqlite(file, target.path, { force: opts.force }, (done, total) => {
            progress ??= startProgress('restoring', total);
            progress.update(done);
          }).finally(() => progress?.stop());
        } else {
          process.stderr.write('running pg_restore...\n');
          await restorePostgres(file, target.url, { force: opts.force });
        }
        process.stderr.write(`restored ${file} into the ${target.dialect === 'sqlite' ? `SQLite database ${target.path}` : 'PostgreSQL database at DATABASE_URL'} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
      }),
    );
}
