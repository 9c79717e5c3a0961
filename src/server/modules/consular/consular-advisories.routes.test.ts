import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Advisory } from '../../../shared/schemas/consular-advisories';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { seedConsularPosts } from './consular.seed';
import { londonStudent } from './consular.test-support';

process.env.CONCORD_SECRET_KEY = '22'.repeat(32);

const advisory = {
  audience: 'students',
  titleEn: 'Stay or return',
  titleZh: '留下还是回国',
  bodyEn: 'Weigh the risks of travel and transit.\nCall +44 20 5550 0100 for care.',
  bodyZh: '请权衡旅行和转机的风险。',
};

describeEachDialect('consular advisories', (getDb) => {
  let t: TestApp;
  let london: TestClient;
  let manchester: TestClient;
  let student: TestClient;
  let worker: TestClient;
  let id: number;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedConsularPosts(t.services.db, t.services.clock);
    london = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
    manchester = await t.signIn('consular_officer', { postId: 'CG-GBR-MAN' });
    student = await t.signIn('citizen');
    worker = await t.signIn('citizen');
    expect((await student.request('POST', '/api/consular/me/registration', londonStudent)).statusCode).toBe(201);
    expect((await worker.request('POST', '/api/consular/me/registration', { ...londonStudent, fullName: 'Wang Fang', status: 'worker', passportNumber: 'E87654321', phone: '+44 7700 900124' })).statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('refuses HTML: an advisory is plain text', async () => {
    const res = await london.request('POST', '/api/consular/advisories', { ...advisory, bodyEn: 'Read <a href="x">this</a>' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0]).toMatchObject({ path: 'body.bodyEn', message: 'plain text only: remove the HTML tags or entities' });
  });

  it('writes a draft, publishes it to the post’s students only, and keeps every version', async () => {
    const created = await london.request('POST', '/api/consular/advisories', advisory);
    expect(created.statusCode, created.body).toBe(201);
    id = created.json<Advisory>().id;
    expect(created.json<Advisory>()).toMatchObject({ postId: 'EMB-GBR', currentVersion: 1, publishedVersion: null, reach: { sent: 0, opened: 0 } });
    expect((await t.anonymous.request('GET', '/api/consular/advisories/published')).json().advisories).toEqual([]);

    const published = (await london.request('POST', `/api/consular/advisories/${id}/publish`)).json<Advisory>();
    expect(published).toMatchObject({ publishedVersion: 1, reach: { sent: 1, opened: 0 } });
    expect((await london.request('POST', `/api/consular/advisories/${id}/publish`)).statusCode).toBe(422);

    const revised = (await london.request('PUT', `/api/consular/advisories/${id}`, { ...advisory, titleEn: 'Stay or return (updated)' })).json<Advisory>();
    expect(revised.versions.map((v) => [v.version, v.titleEn])).toEqual([[1, 'Stay or return'], [2, 'Stay or return (updated)']]);
    expect(revised).toMatchObject({ currentVersion: 2, publishedVersion: 1 });
    const open = await t.anonymous.request('GET', '/api/consular/advisories/published?postId=EMB-GBR');
    expect(open.json().advisories.map((a: { titleEn: string; bodyEn: string }) => [a.titleEn, a.bodyEn])).toEqual([['Stay or return', advisory.bodyEn]]);
  });

  it('lets the student read and open it; the post sees who it reached and who opened it; other posts get 404', async () => {
    expect((await worker.request('GET', '/api/consular/me/advisories')).json().advisories).toEqual([]);
    expect((await worker.request('POST', `/api/consular/me/advisories/${id}/open`)).statusCode).toBe(404);
    const mine = (await student.request('GET', '/api/consular/me/advisories')).json().advisories;
    expect(mine).toMatchObject([{ id, titleZh: '留下还是回国', openedAt: null }]);
    const opened = await student.request('POST', `/api/consular/me/advisories/${id}/open`);
    expect(opened.json().advisories[0].openedAt).not.toBeNull();

    expect((await london.request('GET', `/api/consular/advisories/${id}`)).json<Advisory>().reach).toEqual({ sent: 1, opened: 1 });
    const reach = (await london.request('GET', `/api/consular/advisories/${id}/recipients`)).json();
    expect(reach.recipients).toMatchObject([{ fullName: 'Li Wei', version: 1 }]);
    expect((await manchester.request('GET', `/api/consular/advisories/${id}/recipients`)).statusCode).toBe(404);
    expect((await manchester.request('PUT', `/api/consular/advisories/${id}`, advisory)).statusCode).toBe(404);
    expect((await manchester.request('GET', '/api/consular/advisories')).json().advisories).toEqual([]);
    const { entries } = await t.services.audit.list({ action: 'consular.advisory.publish', limit: 10, offset: 0 });
    expect(entries).toHaveLength(1);
  });
});
