import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp } from '../../test-support/test-app.test-support';

describeEachDialect('knowledge API: meeting slots', (getDb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(getDb());
  });
  afterAll(() => t.close());

  // Monday 7 December 2026: Beijing 01:00–10:00 UTC, Nairobi 06:00–15:00, Geneva 08:00–17:00.
  const body = { participants: ['CHN', 'KEN', 'CHE'], durationMinutes: 60, from: '2026-12-07T00:00:00Z', to: '2026-12-08T00:00:00Z' };

  it('ranks slots for coordinators, experts and admins: most participants inside first, then earliest', async () => {
    for (const role of ['coordinator', 'expert', 'admin'] as const) {
      const res = await (await t.signIn(role)).request('POST', '/api/knowledge/meeting-slots', body);
      expect(res.statusCode, role).toBe(200);
      const { slots } = res.json();
      expect(slots.slice(0, 4)).toEqual([
        { start: '2026-12-07T08:00:00.000Z', end: '2026-12-07T09:00:00.000Z', count: 3, inside: ['CHN', 'KEN', 'CHE'] },
        { start: '2026-12-07T08:30:00.000Z', end: '2026-12-07T09:30:00.000Z', count: 3, inside: ['CHN', 'KEN', 'CHE'] },
        { start: '2026-12-07T09:00:00.000Z', end: '2026-12-07T10:00:00.000Z', count: 3, inside: ['CHN', 'KEN', 'CHE'] },
        { start: '2026-12-07T06:00:00.000Z', end: '2026-12-07T07:00:00.000Z', count: 2, inside: ['CHN', 'KEN'] },
      ]);
      expect(slots).toHaveLength(47); // 00:00 … 23:00 on the half-hour grid, within the default limit of 100
    }
    const few = await (await t.signIn('expert')).request('POST', '/api/knowledge/meeting-slots', { ...body, limit: 2 });
    expect(few.json().slots).toHaveLength(2);
  });

  it('refuses other roles and anonymous callers', async () => {
    expect((await t.anonymous.request('POST', '/api/knowledge/meeting-slots', body)).statusCode).toBe(401);
    for (const role of ['partner_focal_point', 'citizen', 'researcher', 'consular_officer'] as const)
      expect((await (await t.signIn(role)).request('POST', '/api/knowledge/meeting-slots', body)).statusCode, role).toBe(403);
  });

  it('answers 422 at the field of an unknown country, and 400 for a window too long or reversed', async () => {
    const coordinator = await t.signIn('coordinator');
    const unknown = await coordinator.request('POST', '/api/knowledge/meeting-slots', { ...body, participants: ['KEN', 'ZZZ', 'ATA'] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details).toEqual([
      { path: 'body.participants.1', message: 'ZZZ is not a country with a capital time zone' },
      { path: 'body.participants.2', message: 'ATA is not a country with a capital time zone' },
    ]);
    const long = await coordinator.request('POST', '/api/knowledge/meeting-slots', { ...body, to: '2027-01-08T00:00:01Z' });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.details).toEqual([{ path: 'body.to', message: 'the window is at most 31 days', code: 'custom' }]);
    const reversed = await coordinator.request('POST', '/api/knowledge/meeting-slots', { ...body, to: body.from });
    expect(reversed.json().error.details).toEqual([{ path: 'body.to', message: '"to" comes after "from"', code: 'custom' }]);
    const many = await coordinator.request('POST', '/api/knowledge/meeting-slots', { ...body, participants: Array.from({ length: 201 }, () => 'KEN') });
    expect(many.json().error.details).toMatchObject([{ path: 'body.participants', message: 'at most 200 participants' }]);
    const lowercase = await coordinator.request('POST', '/api/knowledge/meeting-slots', { ...body, participants: ['ken'] });
    expect(lowercase.json().error.details[0].path).toBe('body.participants.0');
  });
});
