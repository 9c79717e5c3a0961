import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `concord import call-history` as a user runs it, on its own SQLite file.
const run = promisify(execFile);
const BIN = new URL('../../../bin/concord.js', import.meta.url).pathname;
let dir: string;
let env: NodeJS.ProcessEnv;

const stored = () => {
  const db = new SQLite(join(dir, 'concord.db'), { readonly: true });
  try {
    return db.prepare('select day, post_id, calls from consular_call_history order by day, post_id').all();
  } finally {
    db.close();
  }
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'concord-call-history-'));
  env = { ...process.env, CONCORD_DB: join(dir, 'concord.db'), LOG_LEVEL: 'silent' };
  writeFileSync(join(dir, 'good.csv'), 'date,calls\n2019-03-01,1200\n2019-03-02,950\n');
  writeFileSync(join(dir, 'bad.csv'), 'date,calls\n2019-03-01,1200\n2019-03-32,950\n');
});
afterAll(() => rmSync(dir, { recursive: true }));

describe('concord import call-history', () => {
  it('refuses a malformed file with exit code 2, naming line and column, and stores nothing', async () => {
    const error = await run(process.execPath, [BIN, 'import', 'call-history', join(dir, 'bad.csv')], { env }).catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toContain('line 3, column 1: date: expected a date as YYYY-MM-DD, found "2019-03-32"');
    expect(stored()).toEqual([]);
  }, 60_000);

  it('imports a good file as the central hotline’s and says how many calls over which days', async () => {
    const { stdout } = await run(process.execPath, [BIN, 'import', 'call-history', join(dir, 'good.csv')], { env });
    expect(stdout).toContain('imported 2150 call(s) over 2 day(s), 2019-03-01 … 2019-03-02');
    expect(stored()).toEqual([
      { day: '2019-03-01', post_id: '', calls: 1200 },
      { day: '2019-03-02', post_id: '', calls: 950 },
    ]);
  }, 60_000);
});
