import ICAL from 'ical.js';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp } from '../../test-support/test-app.test-support';

describeEachDialect('knowledge API: briefings and exchange meetings', (getDb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(getDb());
  });
  afterAll(() => t.close());

  it('schedules at the slot finder’s best time, invites by ICS, takes registration and questions, records the meeting and counts it', async () => {
    const coordinator = await t.signIn('coordinator');
    const before = (await t.anonymous.request('GET', '/api/knowledge/meetings/totals')).json();
    const slots = (await coordinator.request('POST', '/api/knowledge/meeting-slots', { participants: ['CHN', 'KEN', 'CHE'], durationMinutes: 60, from: '2026-12-07T00:00:00Z', to: '2026-12-08T00:00:00Z' })).json().slots;
    const best = slots[0];
    const created = await coordinator.request('POST', '/api/knowledge/meetings', {
      kind: 'video_exchange',
      titleEn: 'Clinical management exchange',
      titleZh: '临床救治交流会',
      coHosts: ['WHO'],
      start: best.start,
      end: best.end,
      agenda: ['Corticosteroids: when, how much, how long', 'Questions'],
      invitees: ['KEN', 'CHE', 'ORG-WHO'],
    });
    expect(created.statusCode).toBe(201);
    const meeting = created.json();
    expect(meeting).toMatchObject({ start: '2026-12-07T08:00:00.000Z', end: '2026-12-07T09:00:00.000Z', coHosts: ['WHO'], heldAt: null });

    const kenya = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    const ics = await kenya.request('GET', `/api/knowledge/meetings/${meeting.id}/invitation.ics`);
    expect(ics.headers['content-type']).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(ics.body));
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
    expect(event.uid).toBe(`concord-meeting-${meeting.id}`);
    expect(event.summary).toBe('Clinical management exchange / 临床救治交流会');
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-07T08:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-07T09:00:00.000Z');
    expect(event.description).toContain('1. Corticosteroids: when, how much, how long');

    const registered = await kenya.request('POST', `/api/knowledge/partners/KEN/meetings/${meeting.id}/register`, {});
    expect(registered.json().invitees.find((i: { partnerId: string }) => i.partnerId === 'KEN').registeredAt).not.toBeNull();
    const asked = await kenya.request('POST', `/api/knowledge/partners/KEN/meetings/${meeting.id}/questions`, { text: 'Dexamethasone for how many days?' });
    const question = asked.json().questions[0];
    expect(question).toMatchObject({ partnerId: 'KEN', text: 'Dexamethasone for how many days?', answer: null });

    const uganda = await t.signIn('partner_focal_point', { partnerId: 'UGA' });
    expect((await uganda.request('GET', `/api/knowledge/meetings/${meeting.id}/invitation.ics`)).statusCode).toBe(404);
    expect((await uganda.request('GET', '/api/knowledge/meetings')).json().meetings.some((m: { id: number }) => m.id === meeting.id)).toBe(false);
    expect((await uganda.request('POST', `/api/knowledge/partners/UGA/meetings/${meeting.id}/register`, {})).statusCode).toBe(404);

    const stranger = await coordinator.request('POST', `/api/knowledge/meetings/${meeting.id}/record`, { attended: ['KEN', 'UGA'] });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json().error.details).toEqual([{ path: 'body.attended.1', message: 'UGA was not invited' }]);
    const recorded = await coordinator.request('POST', `/api/knowledge/meetings/${meeting.id}/record`, {
      attended: ['KEN', 'ORG-WHO'],
      minutes: 'Agreed: 6 mg daily for up to 10 days in patients on oxygen.',
      recordingUrl: 'https://video.example.org/exchange-1',
      answers: [{ questionId: question.id, answer: 'Up to 10 days, or until discharge.' }],
    });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json()).toMatchObject({ recordingUrl: 'https://video.example.org/exchange-1', questions: [{ answer: 'Up to 10 days, or until discharge.' }] });
    expect(recorded.json().heldAt).not.toBeNull();
    const after = (await t.anonymous.request('GET', '/api/knowledge/meetings/totals')).json();
    expect(after).toEqual({ meetings: before.meetings + 1, countries: before.countries + 1, organisations: before.organisations + 1 });

    const log = await t.services.audit.list({ entityType: 'knowledge_meeting', entityId: String(meeting.id), limit: 20, offset: 0 });
    expect(log.entries.map((e) => e.action).sort()).toEqual(['knowledge.meeting.create', 'knowledge.meeting.question', 'knowledge.meeting.record', 'knowledge.meeting.register']);
  });

  it('refuses unknown invitees, a meeting that ends before it starts, and callers who do not organise', async () => {
    const expert = await t.signIn('expert');
    const body = { kind: 'briefing', titleEn: 'Briefing', titleZh: '通报会', start: '2026-12-07T08:00:00Z', end: '2026-12-07T09:00:00Z', invitees: ['KEN', 'NOPE'] };
    const unknown = await expert.request('POST', '/api/knowledge/meetings', body);
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details).toEqual([{ path: 'body.invitees.1', message: 'NOPE is not a partner' }]);
    const reversed = await expert.request('POST', '/api/knowledge/meetings', { ...body, invitees: ['KEN'], end: body.start });
    expect(reversed.json().error.details).toMatchObject([{ path: 'body.end', message: '"end" comes after "start"' }]);
    expect((await (await t.signIn('partner_focal_point', { partnerId: 'KEN' })).request('POST', '/api/knowledge/meetings', { ...body, invitees: ['KEN'] })).statusCode).toBe(403);
  });

  it('answers 400, not 500, for a meeting or question id beyond what the database stores (found by the route fuzz on PostgreSQL)', async () => {
    const kenya = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    const asked = await kenya.request('POST', '/api/knowledge/partners/KEN/meetings/5221335116934990/questions', { text: 'Dexamethasone?' });
    expect(asked.statusCode).toBe(400);
    expect(asked.json().error.details[0].path).toBe('params.meetingId');
  });
});
