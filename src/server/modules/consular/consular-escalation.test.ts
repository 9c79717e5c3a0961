import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Case } from '../../../shared/schemas/consular';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { seedConsularPosts } from './consular.seed';

// Escalation when an SLA timer runs out: automatic, once per timer, audited as the system's, on the desk's
// views as on the server's sweep.
describeEachDialect('consular automatic escalation', (getDb) => {
  // Monday 2 March 2020, London on UTC; the session holds 12 hours from its sign-in at 23:00.
  let now = Date.parse('2020-03-02T23:00:00Z');
  let t: TestApp;
  let london: TestClient;
  const call = { channel: 'hotline', callerName: 'Zhao', callerPhone: '+44 7700 900321', hostIso3: 'GBR', city: 'London', topic: 'treatment', urgency: 'life_threatening', summary: 'Fever and no doctor' } as const;
  /** A fresh session that holds until `until` (sessions last 12 hours of the clock from their sign-in). */
  const signInUntil = async (until: string) => {
    now = Date.parse(until) - 11 * 3_600_000;
    london = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
  };
  const view = async (name: string) => (await london.request('GET', `/api/consular/cases?view=${name}`)).json<{ cases: Case[] }>().cases;

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock: () => new Date(now) });
    await seedConsularPosts(t.services.db, t.services.clock);
    london = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
  });
  afterAll(() => t.close());

  it('escalates a case whose first response ran out when the desk is read, once, audited as the system', async () => {
    now = Date.parse('2020-03-02T10:00:00Z');
    const id = (await london.request('POST', '/api/consular/cases', call)).json<Case>().id;
    now = Date.parse('2020-03-02T10:20:00Z');
    expect((await view('all'))[0].escalation).toBeNull();

    // The first response was due at 10:30.
    now = Date.parse('2020-03-02T10:40:00Z');
    const [breached] = await view('breached');
    expect(breached).toMatchObject({ id, firstResponse: { breached: true } });
    expect(breached.escalation).toEqual({ to: null, at: '2020-03-02T10:40:00.000Z', reason: 'sla:first_response', automatic: true });
    expect(await t.services.consular.cases.escalateOverdue()).toBe(0);
    const { entries } = await t.services.audit.list({ action: 'consular.case.escalate', limit: 10, offset: 0 });
    expect(entries.map((e) => [e.entityId, e.actorLabel])).toEqual([[String(id), 'system:sla']]);

    // The reply meets the first response late; the resolution (8 working hours) runs out the next morning.
    await london.request('POST', `/api/consular/cases/${id}/messages`, { kind: 'reply', body: 'An ambulance is on its way' });
    now = Date.parse('2020-03-03T10:10:00Z');
    expect(await t.services.consular.cases.escalateOverdue()).toBe(1);
    expect((await london.request('GET', `/api/consular/cases/${id}`)).json<Case>().escalation).toMatchObject({ reason: 'sla:resolution', automatic: true });
  });

  it('escalates once when two sweeps run at once, and leaves an officer’s own escalation and resolved cases alone', async () => {
    await signInUntil('2020-03-04T12:00:00Z');
    now = Date.parse('2020-03-04T09:00:00Z');
    const a = (await london.request('POST', '/api/consular/cases', call)).json<Case>().id;
    const b = (await london.request('POST', '/api/consular/cases', call)).json<Case>().id;
    const c = (await london.request('POST', '/api/consular/cases', call)).json<Case>().id;
    expect((await london.request('POST', `/api/consular/cases/${b}/escalate`, { to: london.userId, reason: 'I call the hospital myself' })).statusCode).toBe(200);
    await london.request('POST', `/api/consular/cases/${c}/status`, { status: 'assigned' });
    await london.request('POST', `/api/consular/cases/${c}/status`, { status: 'resolved' });

    now = Date.parse('2020-03-04T10:00:00Z');
    const counts = await Promise.all([t.services.consular.cases.escalateOverdue(), t.services.consular.cases.escalateOverdue()]);
    expect(counts[0] + counts[1]).toBe(1);
    const byId = new Map((await view('all')).map((x) => [x.id, x.escalation]));
    expect(byId.get(a)).toMatchObject({ automatic: true, reason: 'sla:first_response' });
    expect(byId.get(b)).toMatchObject({ automatic: false, to: london.userId });
    expect(byId.get(c)).toBeNull();
  });

  it('works through a backlog batch by batch, never stuck on cases escalated already', async () => {
    await signInUntil('2020-03-06T12:00:00Z');
    now = Date.parse('2020-03-06T09:00:00Z');
    await t.services.consular.cases.escalateOverdue(); // what the earlier tests left overdue
    for (let i = 0; i < 3; i++) await london.request('POST', '/api/consular/cases', call);
    now = Date.parse('2020-03-06T10:00:00Z');
    const sweeps = [];
    for (let i = 0; i < 4; i++) sweeps.push(await t.services.consular.cases.escalateOverdue(1));
    expect(sweeps).toEqual([1, 1, 1, 0]);
  });

  it('sweeps on the server’s timer until stopped', async () => {
    await signInUntil('2020-03-05T12:00:00Z');
    now = Date.parse('2020-03-05T09:00:00Z');
    const id = (await london.request('POST', '/api/consular/cases', call)).json<Case>().id;
    now = Date.parse('2020-03-05T10:00:00Z');
    const stop = t.services.consular.cases.startEscalations({ error: () => {} }, 10);
    await stop();
    const row = await t.services.db.selectFrom('consular_cases').select(['escalation_reason']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(row.escalation_reason).toBe('sla:first_response');
  });
});
