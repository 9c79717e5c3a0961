import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.test-support';

describeEachDialect('accounts API', (getDb) => {
  let t: TestApp;
  let admin: TestClient;
  beforeAll(async () => {
    t = await createTestApp(getDb());
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  it('lets an admin create a partner focal point scoped to one partner, and audits it with the actor', async () => {
    const res = await admin.request('POST', '/api/users', {
      email: 'Focal@Kenya.example', displayName: 'Focal Kenya', role: 'partner_focal_point', password: 'a long password', partnerId: 'KEN',
    });
    expect(res.statusCode).toBe(201);
    const user = res.json();
    expect(user).toMatchObject({ email: 'focal@kenya.example', role: 'partner_focal_point', partnerId: 'KEN', disabled: false });
    expect(user).not.toHaveProperty('passwordHash');
    const log = await admin.request('GET', `/api/audit?entityType=user&entityId=${user.id}`);
    expect(log.json().entries[0]).toMatchObject({ action: 'user.create', actorId: admin.userId, summary: { role: 'partner_focal_point', partnerId: 'KEN' } });
    expect(JSON.stringify(log.json())).not.toContain('a long password');
  });

  it('names the field and what was expected when the body is wrong', async () => {
    const res = await admin.request('POST', '/api/users', { email: 'not-an-email', displayName: '', role: 'pope', password: 'short' });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('validation_failed');
    const paths = error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.displayName', 'body.role', 'body.password']));
    // Codes and bounds a client can word in its reader's language, beside the English message.
    const byPath = Object.fromEntries(error.details.map((d: { path: string }) => [d.path, d]));
    expect(byPath['body.email']).toMatchObject({ code: 'invalid_format', format: 'email' });
    expect(byPath['body.password']).toMatchObject({ code: 'too_small', origin: 'string', minimum: 10 });
    expect(byPath['body.role']).toMatchObject({ code: 'invalid_value' });
  });

  it('requires the partner of a focal point and refuses an unknown partner', async () => {
    const missing = await admin.request('POST', '/api/users', { email: 'x1@example.org', displayName: 'X', role: 'partner_focal_point', password: 'a long password' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].path).toBe('body.partnerId');
    const unknown = await admin.request('POST', '/api/users', { email: 'x2@example.org', displayName: 'X', role: 'partner_focal_point', password: 'a long password', partnerId: 'ORG-NOPE' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.details[0]).toEqual({ path: 'partnerId', message: 'no partner with id ORG-NOPE' });
  });

  it('answers 409 to a second account with the same email, and stores nothing', async () => {
    const body = { email: 'twice@example.org', displayName: 'Twice', role: 'researcher', password: 'a long password' };
    expect((await admin.request('POST', '/api/users', body)).statusCode).toBe(201);
    const before = (await t.services.audit.list({ limit: 500, offset: 0 })).total;
    const again = await admin.request('POST', '/api/users', { ...body, email: 'TWICE@example.org' });
    expect(again.statusCode).toBe(409);
    expect((await t.services.users.list()).filter((u) => u.email === 'twice@example.org')).toHaveLength(1);
    expect((await t.services.audit.list({ limit: 500, offset: 0 })).total).toBe(before);
  });

  it('refuses to let an admin disable their own account', async () => {
    const res = await admin.request('PATCH', `/api/users/${admin.userId}`, { disabled: true });
    expect(res.statusCode).toBe(409);
    expect((await admin.request('GET', '/api/users')).statusCode).toBe(200);
  });

  it('answers 404 for an account that does not exist', async () => {
    const res = await admin.request('PATCH', '/api/users/999999', { displayName: 'Ghost' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('lets an admin rename an account, reset its password, and change its role with the scope it needs, audited', async () => {
    const created = await admin.request('POST', '/api/users', { email: 'edit.me@example.org', displayName: 'Edit Me', role: 'researcher', password: 'a long password' });
    const id = created.json().id as number;
    const noPartner = await admin.request('PATCH', `/api/users/${id}`, { role: 'partner_focal_point' });
    expect(noPartner.statusCode).toBe(422);
    expect(noPartner.json().error.details[0].path).toBe('partnerId');
    const res = await admin.request('PATCH', `/api/users/${id}`, { displayName: 'Edited', role: 'partner_focal_point', partnerId: 'KEN', password: 'another long password' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'Edited', role: 'partner_focal_point', partnerId: 'KEN', postId: null });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'edit.me@example.org', password: 'another long password' } });
    expect(login.statusCode).toBe(200);
    const back = await admin.request('PATCH', `/api/users/${id}`, { role: 'coordinator' });
    expect(back.json()).toMatchObject({ role: 'coordinator', partnerId: null });
    const log = await admin.request('GET', `/api/audit?entityType=user&entityId=${id}`);
    const summaries = log.json().entries.map((e: { summary: unknown }) => e.summary);
    expect(summaries).toEqual(
      expect.arrayContaining([
        { displayName: ['Edit Me', 'Edited'], passwordChanged: expect.anything(), role: ['researcher', 'partner_focal_point'], partnerId: [null, 'KEN'] },
        { role: ['partner_focal_point', 'coordinator'], partnerId: ['KEN', null] },
      ]),
    );
  });

  it('refuses to let an admin take the admin role from their own account', async () => {
    const res = await admin.request('PATCH', `/api/users/${admin.userId}`, { role: 'coordinator' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details[0].path).toBe('role');
  });
});
