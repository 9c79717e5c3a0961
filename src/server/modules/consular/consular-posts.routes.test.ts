import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Post } from '../../../shared/schemas/consular';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { seedConsularPosts } from './consular.seed';

describeEachDialect('consular posts edited by an admin', (getDb) => {
  let t: TestApp;
  let admin: TestClient;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedConsularPosts(t.services.db, t.services.clock);
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  it('changes hours, phones, district and time zone, audited; a bad zone is refused at its field', async () => {
    const post = (await t.anonymous.request('GET', '/api/consular/posts')).json<{ posts: Post[] }>().posts.find((p) => p.id === 'EMB-GBR')!;
    const { id: _id, demo: _demo, holidays: _holidays, ...input } = post;
    const edited = { ...input, workingHours: { days: [1, 2, 3, 4, 5, 6], open: '08:30', close: '18:00' }, phones: ['+44 20 5550 0199'], cities: [...input.cities, 'Oxford'], timeZone: 'Europe/London' };
    const res = await admin.request('PUT', '/api/consular/posts/EMB-GBR', edited);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Post>()).toMatchObject({ workingHours: edited.workingHours, phones: ['+44 20 5550 0199'] });
    expect(res.json<Post>().cities).toContain('Oxford');
    const bad = await admin.request('PUT', '/api/consular/posts/EMB-GBR', { ...edited, timeZone: 'Mars/Olympus' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('body.timeZone');
    const { entries } = await t.services.audit.list({ action: 'consular.post.update', limit: 10, offset: 0 });
    expect(entries.map((e) => e.entityId)).toEqual(['EMB-GBR']);
  });
});

describeEachDialect('consular officers belong to a real post', (getDb) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedConsularPosts(t.services.db, t.services.clock);
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  it('refuses an officer account with a post that does not exist, at postId, and takes a real one', async () => {
    const account = { email: 'officer.post@example.org', displayName: 'Officer', role: 'consular_officer', password: 'a long enough password 1', partnerId: null };
    const refused = await admin.request('POST', '/api/users', { ...account, postId: 'London embassy' });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([{ path: 'postId', message: 'no embassy or consulate with id London embassy' }]);
    const made = await admin.request('POST', '/api/users', { ...account, postId: 'EMB-GBR' });
    expect(made.statusCode, made.body).toBe(201);
    expect((await admin.request('PATCH', `/api/users/${made.json().id}`, { postId: 'NOWHERE' })).statusCode).toBe(422);
  });
});
