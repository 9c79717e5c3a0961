import { sql } from 'kysely';
import { beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createAuditService, type AuditService } from './audit.service';

describeEachDialect('audit log', (getDb) => {
  let audit: AuditService;
  let tick = 0;
  beforeAll(() => {
    audit = createAuditService(getDb().db, () => new Date(Date.UTC(2026, 0, 1 + tick++)));
  });

  it('appends entries and filters them by action, entity and date', async () => {
    const db = getDb().db;
    await audit.record(db, systemActor('test'), { action: 'thing.create', entityType: 'thing', entityId: 1, summary: { a: 1 } });
    await audit.record(db, systemActor('test'), { action: 'thing.update', entityType: 'thing', entityId: 1, summary: { a: [1, 2] } });
    await audit.record(db, systemActor('test'), { action: 'other.create', entityType: 'other', entityId: 'x', summary: {} });
    expect((await audit.list({ entityType: 'thing', limit: 10, offset: 0 })).entries.map((e) => e.action)).toEqual(['thing.update', 'thing.create']);
    expect((await audit.list({ action: 'other.create', limit: 10, offset: 0 })).total).toBe(1);
    const day2 = await audit.list({ from: '2026-01-02', to: '2026-01-02', limit: 10, offset: 0 });
    expect(day2.entries.map((e) => e.action)).toEqual(['thing.update']);
    // The filter offers each recorded action once, sorted.
    expect(await audit.actions()).toEqual(['other.create', 'thing.create', 'thing.update']);
  });

  it('never stores a secret in a summary', async () => {
    await audit.record(getDb().db, systemActor('test'), { action: 'user.update', entityType: 'user', entityId: 9, summary: { password: 'hunter22', name: 'x' } });
    const [entry] = (await audit.list({ entityId: '9', limit: 1, offset: 0 })).entries;
    expect(entry!.summary).toEqual({ password: '[redacted]', name: 'x' });
  });

  it('refuses updates and deletes in the database itself', async () => {
    const db = getDb().db;
    await expect(sql`update audit_log set action = 'forged'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db)).rejects.toThrow(/append-only/);
    expect((await audit.list({ limit: 100, offset: 0 })).entries.every((e) => e.action !== 'forged')).toBe(true);
  });

  it('lands with the change or not at all', async () => {
    const db = getDb().db;
    const before = (await audit.list({ limit: 1, offset: 0 })).total;
    await expect(
      db.transaction().execute(async (trx) => {
        await audit.record(trx, systemActor('test'), { action: 'doomed', entityType: 'x', entityId: 1, summary: {} });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await audit.list({ limit: 1, offset: 0 })).total).toBe(before);
  });
});
