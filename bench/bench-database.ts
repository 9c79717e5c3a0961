import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Dialect } from '../src/server/db/types';

const PG_ADMIN = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Where a benchmark's throw-away database lives: a SQLite file, or a fresh PostgreSQL database. */
export interface BenchDatabase {
  target: { sqlitePath?: string; databaseUrl?: string };
  /** Removes the file or drops the database. */
  drop(): Promise<void>;
}

/** A fresh database for one benchmark run on `dialect`, named after the benchmark and this process. */
export async function benchDatabase(dialect: Dialect, label: string): Promise<BenchDatabase> {
  const dir = mkdtempSync(join(tmpdir(), `concord-bench-${label}-`));
  const name = `concord_bench_${label.replace(/\W/g, '_')}_${process.pid}`;
  const admin = async (statements: string[]) => {
    const client = new pg.Client({ connectionString: PG_ADMIN });
    await client.connect();
    for (const s of statements) await client.query(s);
    await client.end();
  };
  let target: BenchDatabase['target'];
  if (dialect === 'sqlite') target = { sqlitePath: join(dir, 'concord.db') };
  else {
    await admin([`drop database if exists ${name} with (force)`, `create database ${name}`]);
    const url = new URL(PG_ADMIN);
    url.pathname = `/${name}`;
    target = { databaseUrl: url.toString() };
  }
  return {
    target,
    async drop() {
      rmSync(dir, { recursive: true, force: true });
      if (dialect === 'postgres') await admin([`drop database if exists ${name} with (force)`]);
    },
  };
}
