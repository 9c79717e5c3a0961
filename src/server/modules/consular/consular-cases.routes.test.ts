import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Case } from '../../../shared/schemas/consular';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { seedConsularPosts } from './consular.seed';
import { londonStudent as student } from './consular.test-support';

process.env.CONCORD_SECRET_KEY = '22'.repeat(32);


describeEachDialect('consular help requests', (getDb) => {
  // Sessions last 12 hours of this clock: signed in at 23:00 on 23 December 2020, they hold from 15:00 that
  // day (London is on UTC in winter), where the tests start, to 09:30 the next morning, where they end.
  let now = Date.parse('2020-12-23T23:00:00Z');
  let t: TestApp;
  let london: TestClient;
  let manchester: TestClient;
  let citizen: TestClient;
  let caseId: number;

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock: () => new Date(now) });
    await seedConsularPosts(t.services.db, t.services.clock);
    london = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
    manchester = await t.signIn('consular_officer', { postId: 'CG-GBR-MAN' });
    citizen = await t.signIn('citizen');
    expect((await citizen.request('POST', '/api/consular/me/registration', student)).statusCode).toBe(201);
    now = Date.parse('2020-12-23T15:00:00Z');
  });
  afterAll(() => t.close());

  it('takes a citizen’s web request to their post with timers in the post’s working hours', async () => {
    const res = await citizen.request('POST', '/api/consular/me/cases', { topic: 'visa', urgency: 'urgent', summary: 'My visa expires next week and flights are cancelled' });
    expect(res.statusCode, res.body).toBe(201);
    const asked = res.json<Case>();
    caseId = asked.id;
    expect(asked).toMatchObject({ postId: 'EMB-GBR', channel: 'web', status: 'new', callerName: 'Li Wei', postLocalTime: '15:00', postOpen: true });
    expect(asked.firstResponse).toEqual({ due: '2020-12-23T17:00:00.000Z', metAt: null, breached: false, workingMinutesLeft: 120 });

    // 18:00: an hour past the deadline in working time, and the post is closed.
    now = Date.parse('2020-12-23T18:00:00Z');
    const breached = (await london.request('GET', '/api/consular/cases?view=breached')).json<{ cases: Case[] }>().cases;
    expect(breached.map((c) => c.id)).toEqual([caseId]);
    expect(breached[0]).toMatchObject({ postOpen: false, firstResponse: { breached: true, workingMinutesLeft: 0 } });
    expect((await london.request('GET', '/api/consular/cases?view=unassigned')).json<{ cases: Case[] }>().cases.map((c) => c.id)).toEqual([caseId]);
    expect((await manchester.request('GET', `/api/consular/cases/${caseId}`)).statusCode).toBe(404);
    expect((await manchester.request('GET', '/api/consular/cases')).json()).toEqual({ cases: [], nextCursor: null, total: 0 });
  });

  it('walks the status flow; a note stays internal; the citizen’s reply reopens the case', async () => {
    now = Date.parse('2020-12-24T09:30:00Z');
    expect((await london.request('POST', `/api/consular/cases/${caseId}/status`, { status: 'assigned' })).json<Case>()).toMatchObject({ status: 'assigned', assignedTo: london.userId });
    expect((await london.request('GET', '/api/consular/cases?view=mine')).json<{ cases: Case[] }>().cases).toHaveLength(1);
    await london.request('POST', `/api/consular/cases/${caseId}/messages`, { kind: 'note', body: 'check with the immigration office' });
    const replied = (await london.request('POST', `/api/consular/cases/${caseId}/messages`, { kind: 'reply', body: 'Please send your visa number' })).json<Case>();
    expect(replied.firstResponse).toMatchObject({ metAt: '2020-12-24T09:30:00.000Z', breached: true });
    expect((await london.request('POST', `/api/consular/cases/${caseId}/status`, { status: 'waiting_on_citizen' })).json<Case>().status).toBe('waiting_on_citizen');

    const seen = (await citizen.request('GET', `/api/consular/me/cases/${caseId}`)).json<Case>();
    expect(seen.messages.map((m) => m.kind)).toEqual(['reply']);
    const reply = await citizen.request('POST', `/api/consular/me/cases/${caseId}/messages`, { body: 'It is V-123456' });
    expect(reply.json<Case>().status).toBe('assigned');

    const refused = await london.request('POST', `/api/consular/cases/${caseId}/status`, { status: 'closed' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([{ path: 'status', message: 'from assigned a case may not move to closed' }]);
    await london.request('POST', `/api/consular/cases/${caseId}/status`, { status: 'resolved' });
    expect((await london.request('POST', `/api/consular/cases/${caseId}/status`, { status: 'closed' })).json<Case>().status).toBe('closed');
    expect((await citizen.request('POST', `/api/consular/me/cases/${caseId}/messages`, { body: 'thanks' })).statusCode).toBe(409);
  });

  it('logs an operator’s call, routed by city and linked to the known citizen by phone', async () => {
    const call = { channel: 'hotline', callerName: 'Li Wei', callerPhone: student.phone, hostIso3: 'GBR', city: 'London', topic: 'food', urgency: 'normal', summary: 'Runs out of food in quarantine' };
    const logged = await manchester.request('POST', '/api/consular/cases', call);
    expect(logged.statusCode, logged.body).toBe(201);
    const mine = (await citizen.request('GET', '/api/consular/me/cases')).json<{ cases: Case[] }>().cases;
    expect(logged.json<Case>()).toMatchObject({ postId: 'EMB-GBR', citizenId: mine[0]!.citizenId, channel: 'hotline' });
    expect(mine.map((c) => c.topic).sort()).toEqual(['food', 'visa']);
    const stranger = await manchester.request('POST', '/api/consular/cases', { ...call, callerPhone: '+44 7700 900999', city: 'Leeds' });
    expect(stranger.json<Case>()).toMatchObject({ postId: 'CG-GBR-MAN', citizenId: null });
  });
});

describeEachDialect('consular assignment and escalation', (getDb) => {
  let t: TestApp;
  let london: TestClient;
  let head: TestClient;
  let manchester: TestClient;

  beforeAll(async () => {
    t = await createTestApp(getDb(), { clock: () => new Date('2020-12-23T11:00:00Z') });
    await seedConsularPosts(t.services.db, t.services.clock);
    london = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
    head = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
    manchester = await t.signIn('consular_officer', { postId: 'CG-GBR-MAN' });
  });
  afterAll(() => t.close());

  it('assigns to an officer picked from the post’s list and escalates to the post head, audited; another post’s officer is refused', async () => {
    const officers = (await london.request('GET', '/api/consular/officers')).json<{ officers: Array<{ id: number }> }>().officers.map((o) => o.id);
    expect(officers.sort()).toEqual([london.userId, head.userId].sort());
    const call = { channel: 'post_line', callerName: 'Zhao', callerPhone: '+44 7700 900321', hostIso3: 'GBR', city: 'London', topic: 'treatment', urgency: 'life_threatening', summary: 'Fever and no doctor' };
    const id = (await london.request('POST', '/api/consular/cases', call)).json<Case>().id;

    const wrong = await london.request('POST', `/api/consular/cases/${id}/status`, { status: 'assigned', assignedTo: manchester.userId });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.details[0].path).toBe('assignedTo');
    const assigned = (await london.request('POST', `/api/consular/cases/${id}/status`, { status: 'assigned', assignedTo: head.userId })).json<Case>();
    expect(assigned).toMatchObject({ status: 'assigned', assignedTo: head.userId, escalation: null });

    expect((await london.request('POST', `/api/consular/cases/${id}/escalate`, { to: manchester.userId, reason: 'x' })).statusCode).toBe(422);
    const escalated = (await london.request('POST', `/api/consular/cases/${id}/escalate`, { to: head.userId, reason: 'life-threatening, no answer from the hospital' })).json<Case>();
    expect(escalated.escalation).toMatchObject({ to: head.userId, reason: 'life-threatening, no answer from the hospital' });
    expect((await manchester.request('POST', `/api/consular/cases/${id}/escalate`, { to: manchester.userId, reason: 'x' })).statusCode).toBe(404);
    const { entries } = await t.services.audit.list({ action: 'consular.case.escalate', limit: 10, offset: 0 });
    expect(entries.map((e) => e.entityId)).toEqual([String(id)]);
  });
});
