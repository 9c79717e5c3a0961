import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { openDatabase, type DatabaseHandle } from './database';
import { migrateToLatest } from './migrate';
import type { Dialect } from './types';

// Repository tests run against both dialects: SQLite in memory and a throw-away PostgreSQL database.
const ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends DatabaseHandle {
  url: string | undefined;
}

/** A fresh migrated database; on SQLite in memory, or in a throw-away file with `onFile` (what a second connection can open). */
export async function createTestDatabase(dialect: Dialect, options: { onFile?: boolean } = {}): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const dir = options.onFile ? mkdtempSync(join(tmpdir(), 'concord-test-')) : undefined;
    const handle = openDatabase({ sqlitePath: dir ? join(dir, 'concord.db') : ':memory:' });
    await migrateToLatest(handle.db, 'sqlite');
    return {
      ...handle,
      url: undefined,
      async destroy() {
        await handle.destroy();
        if (dir) rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `concord_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = openDatabase({ databaseUrl: url.toString(), poolSize: 4 });
  await migrateToLatest(handle.db, 'postgres');
  return {
    ...handle,
    url: url.toString(),
    async destroy() {
      await handle.destroy();
      const cleanup = new pg.Client({ connectionString: ADMIN_URL });
      await cleanup.connect();
      try {
        await cleanup.query(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

/** Runs the same block once per dialect, each with a fresh migrated database (SQLite in a file with `onFile`). */
export function describeEachDialect(title: string, body: (get: () => TestDatabase, dialect: Dialect) => void, options: { onFile?: boolean } = {}): void {
  for (const dialect of DIALECTS) {
    describe(`${title} [${dialect}]`, () => {
      let database: TestDatabase | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(dialect, options);
      });
      afterAll(async () => {
        await database?.destroy();
      });
      body(() => {
        if (!database) throw new Error('test database not ready');
        return database;
      }, dialect);
    });
  }
}
