import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEnv } from '../../server/config/env';
import { openDatabase } from '../../server/db/database';
import { DIALECTS } from '../../server/db/test-databases.test-support';
import type { Database, Dialect } from '../../server/db/types';
import { openRuntime, seedIfEmpty } from '../../server/runtime';

// `concord backup` then `concord restore` through the real binary, on both dialects: the restored database
// has the same tables, row counts and per-table content hashes (rows ordered by primary key) as the source.

const run = promisify(execFile);
const BIN = new URL('../../../bin/concord.js', import.meta.url).pathname;
const ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

interface Outcome {
  code: number;
  stderr: string;
}
const { DATABASE_URL: _url, CONCORD_DB: _db, ...baseEnv } = process.env;
const concord = (args: string[], env: Record<string, string>): Promise<Outcome> =>
  run(process.execPath, [BIN, ...args], { env: { ...baseEnv, ...env, LOG_LEVEL: 'silent' } }).then(
    (r) => ({ code: 0, stderr: r.stderr }),
    (e: Outcome) => e,
  );

async function tables(db: Kysely<Database>, dialect: Dialect): Promise<Array<{ name: string; key: string[] }>> {
  if (dialect === 'sqlite') {
    const names = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`.execute(db);
    return Promise.all(
      names.rows.map(async ({ name }) => {
        const columns = await sql<{ name: string; pk: number }>`select name, pk from pragma_table_info(${name})`.execute(db);
        const key = columns.rows.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
        return { name, key: key.length > 0 ? key : columns.rows.map((c) => c.name) };
      }),
    );
  }
  const names = await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = 'public' order by tablename`.execute(db);
  return Promise.all(
    names.rows.map(async ({ name }) => {
      const key = await sql<{ column: string }>`
        select a.attname as column from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
        where i.indrelid = ${`public.${name}`}::regclass and i.indisprimary order by array_position(i.indkey, a.attnum)`.execute(db);
      const all = await sql<{ column: string }>`select column_name as column from information_schema.columns where table_schema = 'public' and table_name = ${name} order by ordinal_position`.execute(db);
      return { name, key: (key.rows.length > 0 ? key.rows : all.rows).map((r) => r.column) };
    }),
  );
}

/** Table name → "rows:sha256" of every row, in primary-key order, with bytes hashed as hex. */
async function fingerprint(db: Kysely<Database>, dialect: Dialect): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const { name, key } of await tables(db, dialect)) {
    const order = sql.join(key.map((k) => sql.ref(k)));
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)} order by ${order}`.execute(db);
    const hash = createHash('sha256');
    for (const row of rows) hash.update(JSON.stringify(row, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)) + '\n');
    out[name] = `${rows.length}:${hash.digest('hex')}`;
  }
  return out;
}

async function withDatabase<T>(target: Record<string, string>, dialect: Dialect, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const handle = openDatabase(dialect === 'sqlite' ? { sqlitePath: target.CONCORD_DB! } : { databaseUrl: target.DATABASE_URL!, poolSize: 1 });
  try {
    return await work(handle.db);
  } finally {
    await handle.destroy();
  }
}

async function adminQuery(text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

const auditRow = (summary: string) => ({ at: '2026-12-04T00:00:00.000Z', actor_id: null, actor_label: 'backup test', action: 'backup.test', entity_type: 'test', entity_id: 'x', summary, request_id: null, correlation_id: null });

let dir: string;
const databases: string[] = [];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'concord-backup-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const name of databases) await adminQuery(`drop database if exists ${name} with (force)`);
});

/** Settings of a new, empty database of the dialect (a file path, or a created PostgreSQL database). */
async function freshTarget(dialect: Dialect, label: string): Promise<Record<string, string>> {
  if (dialect === 'sqlite') return { CONCORD_DB: join(dir, `${label}.db`) };
  const name = `concord_backup_${process.pid}_${label}_${Math.random().toString(16).slice(2, 8)}`;
  await adminQuery(`create database ${name}`);
  databases.push(name);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { DATABASE_URL: url.toString() };
}

for (const dialect of DIALECTS) {
  describe(`concord backup and restore [${dialect}]`, () => {
    let source: Record<string, string>;
    let before: Record<string, string>;
    let file: string;

    beforeAll(async () => {
      source = await freshTarget(dialect, 'source');
      const env = parseEnv({ ...source, CONCORD_SEED: 'minimal', LOG_LEVEL: 'silent' });
      const runtime = await openRuntime(env);
      await seedIfEmpty(env, runtime, { info: () => {} });
      await runtime.close();
      file = join(dir, `${dialect}.backup`);
    }, 120_000);

    it('gives back an identical database: the same tables, row counts and content hashes', async () => {
      // The backup is taken with the database open and written to, as under a running server.
      const live = openDatabase(dialect === 'sqlite' ? { sqlitePath: source.CONCORD_DB! } : { databaseUrl: source.DATABASE_URL!, poolSize: 1 });
      try {
        await live.db
          .insertInto('audit_log')
          .values(auditRow('漢字 ✓ «unicode»'))
          .execute();
        before = await fingerprint(live.db, dialect);
        const backedUp = await concord(['backup', file], source);
        expect(backedUp.stderr).toContain(`to ${file}`);
        expect(backedUp.code).toBe(0);
      } finally {
        await live.destroy();
      }
      expect(Object.keys(before).length).toBeGreaterThan(20);
      expect(Object.values(before).some((v) => !v.startsWith('0:'))).toBe(true);

      const target = await freshTarget(dialect, 'restored');
      const restored = await concord(['restore', file], target);
      expect(restored.stderr).toContain(`restored ${file}`);
      expect(restored.code).toBe(0);
      expect(await withDatabase(target, dialect, (db) => fingerprint(db, dialect))).toEqual(before);
    }, 120_000);

    it('refuses to restore over a database that holds data unless --force, then replaces it', async () => {
      const refused = await concord(['restore', file], source);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/already holds .*--force/);
      // A change made after the backup is undone by the forced restore.
      await withDatabase(source, dialect, (db) => db.insertInto('audit_log').values(auditRow('after the backup')).execute());
      const forced = await concord(['restore', file, '--force'], source);
      expect(forced.code).toBe(0);
      expect(await withDatabase(source, dialect, (db) => fingerprint(db, dialect))).toEqual(before);
    }, 120_000);

    it('refuses a file of the other kind, or of no kind, with words that say so', async () => {
      const other = join(dir, dialect === 'sqlite' ? 'postgres.backup' : 'sqlite.backup');
      if (dialect === 'sqlite') writeFileSync(other, Buffer.concat([Buffer.from('PGDMP'), Buffer.alloc(64)]));
      else writeFileSync(other, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(84)]));
      const wrong = await concord(['restore', other, '--force'], await freshTarget(dialect, 'wrong'));
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toContain(dialect === 'sqlite' ? 'is a pg_dump custom-format archive' : 'is a SQLite database');
      writeFileSync(join(dir, 'notes.txt'), 'hello');
      const none = await concord(['restore', join(dir, 'notes.txt')], source);
      expect(none).toMatchObject({ code: 2 });
      expect(none.stderr).toContain('is not a Concord backup');
      const missing = await concord(['restore', join(dir, 'nowhere.backup')], source);
      expect(missing).toMatchObject({ code: 2 });
      expect(missing.stderr).toContain('there is no file');
    }, 120_000);
  });
}
