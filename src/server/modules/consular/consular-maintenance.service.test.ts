import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Case, Citizen } from '../../../shared/schemas/consular';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { seedConsularPosts } from './consular.seed';
import { londonStudent } from './consular.test-support';
import { createConsularCitizensService } from './consular-citizens.service';
import { createConsularMaintenanceService } from './consular-maintenance.service';
import { createPassportCipher } from './passport-cipher';

const V1 = Buffer.from('22'.repeat(32), 'hex');
const V2 = Buffer.alloc(32, 0x5a);
process.env.CONCORD_SECRET_KEY = V1.toString('hex');

describeEachDialect('consular retention and key rotation', (getDb) => {
  let now = Date.parse('2020-03-02T10:00:00Z');
  const clock = () => new Date(now);
  let t: TestApp;
  let london: TestClient;
  const ids: number[] = [];

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock });
    await seedConsularPosts(t.services.db, clock);
    london = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
    for (const [i, passport] of ['E00000001', 'E00000002', 'E00000003'].entries()) {
      const res = await london.request('POST', '/api/consular/citizens', { ...londonStudent, fullName: `Student ${i}`, passportNumber: passport, phone: `+44 7700 90000${i}` });
      ids.push(res.json<Citizen>().id);
    }
  });
  afterAll(() => t.close());

  it('re-encrypts every passport under the new key, resumably, and loses none', async () => {
    const ring = createPassportCipher({ v1: V1, v2: V2 });
    const maintenance = createConsularMaintenanceService({ db: t.services.db, clock, audit: t.services.audit, cipher: () => ring });
    expect(await maintenance.reencryptPassports(systemActor('test'), { maxBatches: 0 })).toEqual({ reencrypted: 0, remaining: 3, key: 'v2' });
    expect(await maintenance.reencryptPassports(systemActor('test'))).toEqual({ reencrypted: 3, remaining: 0, key: 'v2' });
    expect(await maintenance.reencryptPassports(systemActor('test'))).toEqual({ reencrypted: 0, remaining: 0, key: 'v2' });
    // Only the new key is needed now: the old one can be retired.
    const onlyV2 = createConsularCitizensService({ db: t.services.db, clock, audit: t.services.audit, cipher: () => createPassportCipher({ v2: V2 }) });
    expect((await onlyV2.list({ ...systemActor('test'), role: 'admin' })).map((c) => c.passportNumber)).toEqual(['E00000001', 'E00000002', 'E00000003']);
    const stored = await t.services.db.selectFrom('consular_citizens').select('passport_encrypted').execute();
    expect(stored.every((s) => s.passport_encrypted.startsWith('v2:'))).toBe(true);
  });

  it('anonymises closed cases and their citizens older than the retention, and keeps the figures', async () => {
    const call = { channel: 'hotline', callerName: 'Student 0', callerPhone: '+44 7700 900000', hostIso3: 'GBR', city: 'London', topic: 'food', urgency: 'normal', summary: 'needs food' };
    const old = (await london.request('POST', '/api/consular/cases', call)).json<Case>().id;
    for (const status of ['assigned', 'resolved', 'closed']) await london.request('POST', `/api/consular/cases/${old}/status`, { status });
    now = Date.parse('2023-06-01T10:00:00Z');
    london = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
    const recent = (await london.request('POST', '/api/consular/cases', { ...call, callerName: 'Student 1', callerPhone: '+44 7700 900001' })).json<Case>().id;

    const ring = createPassportCipher({ v1: V1, v2: V2 });
    const maintenance = createConsularMaintenanceService({ db: t.services.db, clock, audit: t.services.audit, cipher: () => ring });
    const result = await maintenance.anonymise(systemActor('test'), 365);
    expect(result).toMatchObject({ cases: 1, citizens: 2 });
    const cases = await t.services.db.selectFrom('consular_cases').select(['id', 'caller_name', 'caller_phone', 'summary', 'topic', 'status']).orderBy('id').execute();
    expect(cases.map((c) => [Number(c.id), c.caller_name, c.caller_phone, c.topic])).toEqual([[old, '(anonymised)', '', 'food'], [recent, 'Student 1', '+44 7700 900001', 'food']]);
    const citizens = await t.services.db.selectFrom('consular_citizens').select(['full_name', 'phone', 'passport_encrypted', 'status', 'city']).orderBy('id').execute();
    // Student 1 has a case still open: kept. The others: nothing left of who they were, their status and city kept.
    expect(citizens.map((c) => [c.full_name, c.phone, c.passport_encrypted === 'anonymised', c.status, c.city])).toEqual([
      ['(anonymised)', '', true, 'student', 'London'],
      ['Student 1', '+44 7700 900001', false, 'student', 'London'],
      ['(anonymised)', '', true, 'student', 'London'],
    ]);
    expect(await maintenance.anonymise(systemActor('test'), 365)).toMatchObject({ cases: 0, citizens: 0 });
  });
});
