import { Readable } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { systemActor } from '../../auth/actor';
import { describeEachDialect } from '../../db/test-databases.test-support';
import type { TestApp, TestClient } from '../../test-support/test-app.test-support';
import { createKnowledgeTestApp } from './knowledge.test-support';
import { questionTargetHours } from './knowledge.service';

// Expert questions (ADR 086): routing by topic to the least-loaded expert or the queue, the response-time
// target, who sees what, answering with the edition referred to, publishing to every partner, the audit.

describeEachDialect('knowledge API: expert questions', (getDb) => {
  let t: TestApp;
  let now = new Date('2026-12-07T08:00:00Z');
  let first: TestClient;
  let second: TestClient;
  let kenya: TestClient;
  let uganda: TestClient;
  let coordinator: TestClient;
  beforeAll(async () => {
    // A two-hour target: the clock passes it without outliving the test sessions.
    process.env.CONCORD_QUESTION_TARGET_HOURS = '2';
    try {
      t = await createKnowledgeTestApp(getDb(), { clock: () => now });
    } finally {
      delete process.env.CONCORD_QUESTION_TARGET_HOURS;
    }
    first = await t.signIn('expert');
    second = await t.signIn('expert');
    kenya = await t.signIn('partner_focal_point', { partnerId: 'KEN' });
    uganda = await t.signIn('partner_focal_point', { partnerId: 'UGA' });
    coordinator = await t.signIn('coordinator');
    expect((await first.request('PUT', '/api/knowledge/experts/me/topics', { topics: ['medicines', 'critical_care', 'medicines'] })).json()).toEqual({ topics: ['critical_care', 'medicines'] });
    await second.request('PUT', '/api/knowledge/experts/me/topics', { topics: ['medicines'] });
  });
  afterAll(() => t.close());

  const ask = async (topic: string, text: string, who = kenya, partner = 'KEN') => {
    const res = await who.request('POST', `/api/knowledge/partners/${partner}/questions`, { topic, text });
    expect(res.statusCode).toBe(201);
    return res.json();
  };

  it('routes to the least-loaded expert of the topic, lowest id first on a tie, and to the queue when no expert declared it', async () => {
    const a = await ask('medicines', 'Dexamethasone: how many days?');
    const b = await ask('medicines', 'Methylprednisolone dose per kg?');
    const c = await ask('medicines', 'Corticosteroids in pregnancy?');
    const d = await ask('mental_health', 'Support for exhausted ICU staff?');
    expect([a.expert.userId, b.expert.userId, c.expert.userId]).toEqual([first.userId, second.userId, first.userId]);
    expect(d).toMatchObject({ status: 'unassigned', expert: null, askedAt: '2026-12-07T08:00:00.000Z', dueAt: '2026-12-07T10:00:00.000Z', overdue: false });
    const experts = (await coordinator.request('GET', '/api/knowledge/experts')).json().experts;
    expect(experts.find((e: { userId: number }) => e.userId === first.userId)).toMatchObject({ topics: ['critical_care', 'medicines'], open: 2 });
    expect(experts.find((e: { userId: number }) => e.userId === second.userId)).toMatchObject({ topics: ['medicines'], open: 1 });
  });

  it('shows each caller only what it may see, and flags questions unanswered past the target as overdue', async () => {
    const mine = await ask('critical_care', 'Prone positioning for how long?');
    const other = await ask('medicines', 'Heparin dose?', uganda, 'UGA');
    now = new Date('2026-12-07T11:00:00Z');
    const list = (await kenya.request('GET', '/api/knowledge/partners/KEN/questions')).json();
    expect(list.targetHours).toBe(2);
    expect(list.questions.every((q: { partnerId: string }) => q.partnerId === 'KEN')).toBe(true);
    expect(list.questions.find((q: { id: number }) => q.id === mine.id)).toMatchObject({ overdue: true, status: 'assigned' });
    expect((await uganda.request('GET', '/api/knowledge/partners/KEN/questions')).statusCode).toBe(404);
    const hidden = await uganda.request('GET', `/api/knowledge/questions/${mine.id}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).not.toContain('Prone');

    // The second expert sees what was routed to them and the queue, not the first expert's questions.
    const seen = (await second.request('GET', '/api/knowledge/questions')).json().questions;
    expect(seen.some((q: { id: number }) => q.id === other.id)).toBe(other.expert.userId === second.userId);
    expect(seen.some((q: { id: number }) => q.id === mine.id)).toBe(false);
    expect(seen.some((q: { status: string }) => q.status === 'unassigned')).toBe(true);
    expect((await second.request('GET', `/api/knowledge/questions/${mine.id}`)).statusCode).toBe(404);
    const all = (await coordinator.request('GET', '/api/knowledge/questions')).json().questions;
    expect(all.map((q: { id: number }) => q.id)).toEqual(expect.arrayContaining([mine.id, other.id]));
    expect((await kenya.request('GET', '/api/knowledge/questions')).statusCode).toBe(403);
    expect((await (await t.signIn('researcher')).request('GET', `/api/knowledge/questions/${mine.id}`)).statusCode).toBe(403);
  });

  it('answers with the edition referred to, publishes to every partner, and audits each step', async () => {
    const system = systemActor('test');
    const doc = await t.services.knowledge.createDocument(system, { kind: 'diagnosis_treatment', titleEn: 'Treatment plan', titleZh: '诊疗方案', public: false });
    const editionId = (await t.services.knowledge.addEdition(system, doc.id, { date: '2026-12-01', summary: 'first' })).editions[0]!.id;
    await t.services.knowledge.uploadFile(system, editionId, { language: 'en', fileName: 'plan.md' }, Readable.from([Buffer.from('# plan')]));
    const q = await ask('medicines', 'Dexamethasone 6 mg for how many days?');
    const expert = q.expert.userId === first.userId ? first : second;
    const otherExpert = expert === first ? second : first;

    expect((await otherExpert.request('POST', `/api/knowledge/questions/${q.id}/answer`, { answer: 'x' })).statusCode).toBe(404);
    const early = await expert.request('POST', `/api/knowledge/questions/${q.id}/publish`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json().error.reason?.key ?? early.json().error.key).toBe('knowledge.answer-first');
    const draft = await expert.request('POST', `/api/knowledge/questions/${q.id}/answer`, { answer: 'Up to 10 days.', editionId });
    expect(draft.statusCode).toBe(422);
    expect(draft.json().error.details).toEqual([{ path: 'body.editionId', message: 'name a published edition' }]);
    await t.services.knowledge.publish(system, editionId);
    const answered = await expert.request('POST', `/api/knowledge/questions/${q.id}/answer`, { answer: 'Up to 10 days, or until discharge.', editionId });
    expect(answered.json()).toMatchObject({ status: 'answered', answer: 'Up to 10 days, or until discharge.', edition: { id: editionId, titleEn: 'Treatment plan', number: 1 } });
    expect((await uganda.request('GET', '/api/knowledge/questions/published')).json().questions.some((p: { id: number }) => p.id === q.id)).toBe(false);

    const published = await expert.request('POST', `/api/knowledge/questions/${q.id}/publish`, {});
    expect(published.json()).toMatchObject({ status: 'published' });
    const seen = (await uganda.request('GET', '/api/knowledge/questions/published')).json().questions.find((p: { id: number }) => p.id === q.id);
    expect(seen).toMatchObject({ partnerId: 'KEN', answer: 'Up to 10 days, or until discharge.', edition: { id: editionId } });
    expect((await uganda.request('GET', `/api/knowledge/questions/${q.id}`)).statusCode).toBe(200);
    const late = await expert.request('POST', `/api/knowledge/questions/${q.id}/answer`, { answer: 'changed' });
    expect(late.statusCode).toBe(409);

    const log = await t.services.audit.list({ entityType: 'knowledge_question', entityId: String(q.id), limit: 20, offset: 0 });
    expect(log.entries.map((e) => e.action).sort()).toEqual(['knowledge.question.answer', 'knowledge.question.ask', 'knowledge.question.publish']);
  });

  it('lets an expert take a question from the unassigned queue by answering it', async () => {
    const q = await ask('vaccines', 'Second dose interval?');
    expect(q.status).toBe('unassigned');
    const taken = (await second.request('POST', `/api/knowledge/questions/${q.id}/answer`, { answer: 'Three to four weeks.' })).json();
    expect(taken).toMatchObject({ status: 'answered', expert: { userId: second.userId } });
    expect((await first.request('GET', `/api/knowledge/questions/${q.id}`)).statusCode).toBe(404);
  });

  it('refuses a topic outside the list, and a focal point asking for another partner', async () => {
    const bad = await kenya.request('POST', '/api/knowledge/partners/KEN/questions', { topic: 'astrology', text: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.topic');
    expect((await kenya.request('POST', '/api/knowledge/partners/UGA/questions', { topic: 'medicines', text: 'x' })).statusCode).toBe(404);
    expect((await coordinator.request('PUT', '/api/knowledge/experts/me/topics', { topics: [] })).statusCode).toBe(403);
  });

  it('records the editions presented at a meeting', async () => {
    const system = systemActor('test');
    const meeting = await t.services.knowledge.meetings.create(system, { kind: 'briefing', titleEn: 'B', titleZh: '通报', coHosts: [], start: '2026-12-07T08:00:00Z', end: '2026-12-07T09:00:00Z', agenda: [], invitees: ['KEN'], editionIds: [] });
    const editionId = (await t.services.knowledge.documents(system)).flatMap((d) => d.editions)[0]!.id;
    const wrong = await coordinator.request('POST', `/api/knowledge/meetings/${meeting.id}/record`, { attended: ['KEN'], editionIds: [editionId, 2147483000] });
    expect(wrong.json().error.details).toEqual([{ path: 'body.editionIds.1', message: '2147483000 is not an edition' }]);
    const recorded = await coordinator.request('POST', `/api/knowledge/meetings/${meeting.id}/record`, { attended: ['KEN'], minutes: 'Held.', editionIds: [editionId] });
    expect(recorded.json()).toMatchObject({ editionIds: [editionId], minutes: 'Held.', invitees: [{ partnerId: 'KEN', attended: true }] });
    const again = await coordinator.request('POST', `/api/knowledge/meetings/${meeting.id}/record`, { attended: ['KEN'], minutes: 'Held, corrected.' });
    expect(again.json().editionIds).toEqual([editionId]);
  });

  it('reads the response-time target from CONCORD_QUESTION_TARGET_HOURS and stops on a wrong one', () => {
    expect(questionTargetHours(undefined)).toBe(48);
    expect(questionTargetHours('24')).toBe(24);
    expect(() => questionTargetHours('soon')).toThrow(/CONCORD_QUESTION_TARGET_HOURS/);
  });
});
