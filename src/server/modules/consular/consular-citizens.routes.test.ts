import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Citizen, Post } from '../../../shared/schemas/consular';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';
import { seedConsularPosts } from './consular.seed';
import { londonStudent } from './consular.test-support';

// A fixed key for the test process, so no key file is written beside a database.
process.env.CONCORD_SECRET_KEY = '11'.repeat(32);

const student = { ...londonStudent, school: 'University College London', programme: 'MSc Epidemiology', email: 'li.wei@example.org' };

describeEachDialect('consular posts and citizens', (getDb) => {
  let t: TestApp;
  let london: TestClient;
  let manchester: TestClient;
  let citizen: TestClient;
  let otherCitizen: TestClient;

  beforeAll(async () => {
    t = await createTestApp(getDb());
    await seedConsularPosts(t.services.db, t.services.clock);
    london = await t.signIn('consular_officer', { postId: 'EMB-GBR' });
    manchester = await t.signIn('consular_officer', { postId: 'CG-GBR-MAN' });
    citizen = await t.signIn('citizen');
    otherCitizen = await t.signIn('citizen');
  });
  afterAll(() => t.close());

  it('lists the demo posts with their districts, time zones and the host country’s public holidays', async () => {
    const res = await t.anonymous.request('GET', '/api/consular/posts');
    expect(res.statusCode).toBe(200);
    const posts = res.json<{ posts: Post[] }>().posts;
    const man = posts.find((p) => p.id === 'CG-GBR-MAN')!;
    expect(man).toMatchObject({ kind: 'consulate', timeZone: 'Europe/London', demo: true, cities: expect.arrayContaining(['Manchester']) });
    const year = new Date().getUTCFullYear();
    expect(man.holidays).toContainEqual({ date: `${year}-12-25`, name: 'Christmas Day' });
  });

  it('registers a citizen to the post covering their city, encrypts the passport and audits every read', async () => {
    const res = await citizen.request('POST', '/api/consular/me/registration', student);
    expect(res.statusCode, res.body).toBe(201);
    const record = res.json<Citizen>();
    expect(record).toMatchObject({ postId: 'EMB-GBR', passportNumber: 'E12345678', status: 'student' });

    const stored = await t.services.db.selectFrom('consular_citizens').select('passport_encrypted').where('id', '=', record.id).executeTakeFirstOrThrow();
    expect(stored.passport_encrypted).toMatch(/^v1:/);
    expect(stored.passport_encrypted).not.toContain('E12345678');

    expect((await citizen.request('POST', '/api/consular/me/registration', student)).statusCode).toBe(409);
    expect((await london.request('GET', `/api/consular/citizens/${record.id}`)).json<Citizen>().fullName).toBe('Li Wei');
    expect((await london.request('GET', '/api/consular/citizens')).json<{ citizens: Citizen[] }>().citizens.map((c) => c.id)).toEqual([record.id]);
    const outside = await manchester.request('GET', `/api/consular/citizens/${record.id}`);
    expect(outside.statusCode).toBe(404);
    expect(outside.body).not.toContain('Li Wei');
    expect((await manchester.request('GET', '/api/consular/citizens')).json()).toEqual({ citizens: [] });
    expect((await otherCitizen.request('GET', '/api/consular/me/registration')).statusCode).toBe(404);
    expect((await otherCitizen.request('GET', `/api/consular/citizens/${record.id}`)).statusCode).toBe(403);

    const reads = await t.services.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_type', '=', 'consular_citizen').where('entity_id', '=', String(record.id)).execute();
    expect(reads.filter((r) => r.action === 'consular.citizen.read').map((r) => r.actor_id)).toEqual([london.userId, london.userId]);
  });

  it('lets the citizen correct and export only their own record; a move to Manchester moves it to that post', async () => {
    const moved = await citizen.request('PUT', '/api/consular/me/registration', { ...student, city: 'Manchester' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json<Citizen>().postId).toBe('CG-GBR-MAN');
    expect((await london.request('GET', `/api/consular/citizens/${moved.json<Citizen>().id}`)).statusCode).toBe(404);
    expect((await manchester.request('GET', `/api/consular/citizens/${moved.json<Citizen>().id}`)).statusCode).toBe(200);

    const exported = await citizen.request('GET', '/api/consular/me/registration/export');
    expect(exported.headers['content-disposition']).toContain('attachment');
    expect(exported.json<Citizen>()).toMatchObject({ fullName: 'Li Wei', city: 'Manchester', passportNumber: 'E12345678' });
  });

  it('lets an officer register someone in their district only, with the field at fault', async () => {
    const other = { ...student, fullName: 'Zhang San', passportNumber: 'G7654321', status: 'worker', school: null, programme: null, city: 'Leeds' };
    expect((await manchester.request('POST', '/api/consular/citizens', other)).statusCode).toBe(201);
    const refused = await london.request('POST', '/api/consular/citizens', other);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details).toEqual([{ path: 'city', message: 'Leeds is covered by CG-GBR-MAN, not by your post' }]);
    const noPost = await manchester.request('POST', '/api/consular/citizens', { ...other, hostIso3: 'BRA', city: 'Recife' });
    expect(noPost.json().error.details[0].path).toBe('city');
    const noConsent = await citizen.request('POST', '/api/consular/me/registration', { ...student, consent: false });
    expect(noConsent.statusCode).toBe(400);
  });
});
