import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteChangeSignal } from './sqlite-change-signal';

// Two connections on one file, as the server and a `concord import` run beside it.
describe('change signal [sqlite]', () => {
  let dir: string;
  let server: SQLite.Database;
  let cli: SQLite.Database;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'concord-signal-'));
    server = new SQLite(join(dir, 'concord.db'));
    server.pragma('journal_mode = WAL');
    server.exec('create table t (x integer)');
    cli = new SQLite(join(dir, 'concord.db'));
  });
  afterAll(() => {
    server.close();
    cli.close();
    rmSync(dir, { recursive: true });
  });

  it('tells the listeners when another process commits, and not for its own writes', async () => {
    const signal = sqliteChangeSignal(server, 20);
    const heard: string[] = [];
    await signal.listen('situation', (payload) => heard.push(payload));
    server.prepare('insert into t values (1)').run();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heard).toEqual([]);
    cli.prepare('insert into t values (2)').run();
    await expect.poll(() => heard).toEqual(['']);
    await signal.close();
  });
});
