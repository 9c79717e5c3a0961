import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { noChangeSignal, postgresChangeSignal, type ChangeSignal } from './change-signal';
import { postgresSnapshotReads } from './postgres-snapshot-reads';
import type { SnapshotReadsFactory } from './snapshot-reads';
import { sqliteSnapshotReads } from './sqlite-snapshot-reads';
import { sqliteChangeSignal } from './sqlite-change-signal';
import type { Database, Dialect } from './types';

// PostgreSQL returns int8 and numeric as strings; every count and sum here fits a double.
pg.types.setTypeParser(20, Number);
pg.types.setTypeParser(1700, parseFloat);

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Tells the other processes on this database what changed (caches to drop). */
  signal: ChangeSignal;
  /** Long reads on connections of their own, each one consistent snapshot (downloads, ADR 061); none in memory. */
  openSnapshotReads: SnapshotReadsFactory | undefined;
  destroy(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  sqlitePath?: string;
  poolSize?: number;
}

export function openDatabase(options: DatabaseOptions): DatabaseHandle {
  const url = options.databaseUrl;
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle connection the server drops (restart, admin termination) must not take the process down: the pool
    // replaces it on the next query, which reports its own error if the database is really gone.
    pool.on('error', (err) => console.warn(`postgres: idle connection lost: ${err.message}`));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const signal = postgresChangeSignal(url);
    return {
      db,
      dialect: 'postgres',
      signal,
      openSnapshotReads: (snapshotOptions) => postgresSnapshotReads(url, snapshotOptions),
      async destroy() {
        await signal.close();
        await db.destroy();
      },
    };
  }
  const path = options.sqlitePath ?? ':memory:';
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  // A file may be written by a CLI command while the server runs: it notices (an in-memory one cannot be shared).
  const signal = path === ':memory:' ? noChangeSignal : sqliteChangeSignal(sqlite);
  return {
    db,
    dialect: 'sqlite',
    signal,
    openSnapshotReads: path === ':memory:' ? undefined : () => sqliteSnapshotReads(path),
    async destroy() {
      await signal.close();
      await db.destroy();
    },
  };
}
