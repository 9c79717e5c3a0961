import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresChangeSignal, type ChangeSignal } from './change-signal';
import { createTestDatabase, type TestDatabase } from './test-databases.test-support';

describe('change signal [postgres]', () => {
  let database: TestDatabase;
  let signal: ChangeSignal;
  const warnings: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    signal = postgresChangeSignal(database.url as string, (m) => warnings.push(m));
  });
  afterAll(async () => {
    await signal?.close();
    await database?.destroy();
  });

  const send = (payload: string, commit = true) =>
    database.db
      .transaction()
      .execute(async (trx) => {
        await signal.notify(trx, 'concord_test', payload);
        if (!commit) throw new Error('rolled back');
      })
      .catch(() => {});

  it('delivers a notification when its transaction commits, and not when it rolls back', async () => {
    const heard: string[] = [];
    await signal.listen('concord_test', (payload) => heard.push(payload));
    await send('rolled-back', false);
    await send('committed');
    await expect.poll(() => heard).toEqual(['committed']);
  });

  it('listens again after its connection was killed', async () => {
    const heard: string[] = [];
    await signal.listen('concord_test', (payload) => heard.push(payload));
    await sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen%'`.execute(database.db);
    await expect.poll(() => warnings.some((w) => /LISTEN connection was lost/.test(w))).toBe(true);
    await expect
      .poll(async () => {
        await send('after');
        return heard.includes('after');
      }, { timeout: 10_000 })
      .toBe(true);
  });

  it('refuses a channel name that is not an identifier', async () => {
    await expect(signal.listen('bad; drop table x', () => {})).rejects.toThrow(/not a channel name/);
  });
});
