import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import SQLite from 'better-sqlite3';
import pg from 'pg';

// Backup and restore of the whole database (ADR 062). SQLite copies pages through its online backup API,
// so a running server keeps writing while it copies; PostgreSQL uses its own pg_dump / pg_restore, found on
// PATH, in the custom format (compressed, restorable table by table).

/** A backup that cannot be taken or restored as asked (wrong kind, missing tool, database not empty). */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export type BackupKind = 'sqlite' | 'postgres';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const PG_CUSTOM_MAGIC = Buffer.from('PGDMP', 'latin1');

/** What a backup file holds, told by its first bytes; null when it is neither kind. */
export async function backupKindOf(file: string): Promise<BackupKind | null> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(16), 0, 16, 0);
    const head = buffer.subarray(0, bytesRead);
    if (head.length >= 16 && head.equals(SQLITE_MAGIC)) return 'sqlite';
    if (head.subarray(0, 5).equals(PG_CUSTOM_MAGIC)) return 'postgres';
    return null;
  } finally {
    await handle.close();
  }
}

const KIND_WORDS: Record<BackupKind, string> = {
  sqlite: 'a SQLite database (from a Concord on SQLite)',
  postgres: 'a pg_dump custom-format archive (from a Concord on PostgreSQL)',
};

async function requireKind(file: string, wanted: BackupKind, configured: string): Promise<void> {
  const kind = await backupKindOf(file);
  if (kind === wanted) return;
  throw new BackupError(
    kind === null
      ? `${file} is not a Concord backup: it is neither a SQLite database nor a pg_dump custom-format archive`
      : `${file} is ${KIND_WORDS[kind]}, but this Concord runs on ${configured}: restore it into a Concord configured for ${kind === 'sqlite' ? 'SQLite (CONCORD_DB, no DATABASE_URL)' : 'PostgreSQL (DATABASE_URL)'}`,
  );
}

export type ProgressReport = (done: number, total: number) => void;

/** Copies a live SQLite database to `file` page by page; writers on the source are not blocked for long. */
export async function backupSqlite(dbPath: string, file: string, progress: ProgressReport = () => {}): Promise<void> {
  if (!existsSync(dbPath)) throw new BackupError(`there is no SQLite database at ${dbPath} (CONCORD_DB)`);
  const source = new SQLite(dbPath, { fileMustExist: true });
  const partial = `${file}.partial`;
  try {
    // Written beside, then renamed: a failed or interrupted backup never leaves a file that looks whole.
    await source.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        progress(totalPages - remainingPages, totalPages);
        return 256;
      },
    });
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
}

function userTableCount(database: SQLite.Database): number {
  return (database.prepare("select count(*) as n from sqlite_master where type = 'table' and name not like 'sqlite_%'").get() as { n: number }).n;
}

/**
 * Replaces the SQLite database at `dbPath` with the backup in `file`. A database that already holds tables is
 * replaced only with `force`; the server must be stopped (its open connection would keep the old pages).
 */
export async function restoreSqlite(file: string, dbPath: string, options: { force: boolean }, progress: ProgressReport = () => {}): Promise<void> {
  await requireKind(file, 'sqlite', 'PostgreSQL');
  const backup = new SQLite(file, { fileMustExist: true, readonly: true });
  try {
    const check = backup.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new BackupError(`${file} is a damaged SQLite database (quick_check: ${String(check)})`);
    if (existsSync(dbPath) && !options.force) {
      const target = new SQLite(dbPath, { fileMustExist: true, readonly: true });
      const tables = userTableCount(target);
      target.close();
      if (tables > 0) throw new BackupError(`${dbPath} already holds a database (${tables} tables): stop the server, then run again with --force to replace it`);
    }
    // The backup API writes the whole destination, pages and schema, in one pass: no mixture of old and new.
    await backup.backup(dbPath, {
      progress: ({ totalPages, remainingPages }) => {
        progress(totalPages - remainingPages, totalPages);
        return 256;
      },
    });
  } finally {
    backup.close();
  }
  // A write-ahead log left by the database that was replaced belongs to the old pages.
  await Promise.all([rm(`${dbPath}-wal`, { force: true }), rm(`${dbPath}-shm`, { force: true })]);
}

/** pg_dump and pg_restore take the password from the environment, so it never shows in the process list. */
function connectionFor(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env };
}

function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-4000);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new BackupError(`${tool} was not found on PATH: install the PostgreSQL client tools (Debian/Ubuntu: apt-get install postgresql-client, of a version at least the server's)`)
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${tool} failed (exit ${code}): ${stderr.trim() || 'no message'}`));
    });
  });
}

export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  const { url, env } = connectionFor(databaseUrl);
  const partial = `${file}.partial`;
  try {
    // One snapshot for the whole dump (pg_dump's own transaction): a consistent copy while the server runs.
    await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`, `--dbname=${url}`], env);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

/**
 * Restores a pg_dump archive into the configured database. An empty database is restored into as it is; one
 * that holds tables only with `force`, which drops its public schema first (everything Concord stores).
 */
export async function restorePostgres(file: string, databaseUrl: string, options: { force: boolean }): Promise<void> {
  await requireKind(file, 'postgres', 'SQLite');
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>("select count(*)::int as n from pg_tables where schemaname = 'public'");
    const tables = rows[0]?.n ?? 0;
    if (tables > 0) {
      if (!options.force) throw new BackupError(`the database at DATABASE_URL already holds ${tables} tables: stop the server, then run again with --force to replace them`);
      await client.query('drop schema public cascade');
      await client.query('create schema public');
    }
  } finally {
    await client.end();
  }
  const { url, env } = connectionFor(databaseUrl);
  // One transaction: a restore that fails half way leaves the database as empty as it was.
  await runTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${url}`, file], env);
}
