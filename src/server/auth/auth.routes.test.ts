import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../db/test-databases.test-support';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../test-support/test-app.test-support';
import { createTestDatabase, type TestDatabase } from '../db/test-databases.test-support';

describeEachDialect('sign-in, sessions and CSRF', (getDb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(getDb());
  });
  afterAll(() => t.close());

  it('sets an httpOnly, SameSite=Lax session cookie and answers who is signed in', async () => {
    await t.signIn('coordinator');
    const email = (await t.services.users.list()).at(-1)!.email;
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: email.toUpperCase(), password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'concord_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `concord_session=${cookie.value}` } });
    expect(me.json().user).toMatchObject({ email, role: 'coordinator' });
    expect(me.json().csrfToken).toBe(res.json().csrfToken);
  });

  it('marks the cookie Secure behind https', async () => {
    const c = await t.signIn('expert');
    const email = (await t.services.users.list()).at(-1)!.email;
    expect(c.userId).toBeDefined();
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'x-forwarded-proto': 'https' }, payload: { email, password: TEST_PASSWORD } });
    // Without a trusted proxy the forwarded protocol is ignored: the cookie follows the real connection.
    expect(res.cookies.find((x) => x.name === 'concord_session')!.secure).toBeFalsy();
  });

  it('refuses a wrong password with 401 and records the failed attempt', async () => {
    const res = await t.anonymous.request('POST', '/api/auth/login', { email: 'nobody@example.org', password: 'x' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'unauthorized', message: 'wrong email or password', details: [], key: 'wrong-credentials' } });
    const log = await t.services.audit.list({ action: 'auth.login_failed', limit: 10, offset: 0 });
    expect(log.entries[0]!.summary).toEqual({ email: 'nobody@example.org' });
  });

  it('refuses a cookie-authenticated write without the CSRF token', async () => {
    const admin = await t.signIn('admin');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: admin.cookie! } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/csrf/i);
    const stillIn = await admin.request('GET', '/api/users');
    expect(stillIn.statusCode).toBe(200);
  });

  it('refuses a write from another origin', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: 'https://evil.example', host: 'localhost:80' }, payload: { email: 'a@b.org', password: 'x' } });
    expect(res.statusCode).toBe(403);
  });

  it('revokes the session on logout: the same cookie no longer works', async () => {
    const admin = await t.signIn('admin');
    expect((await admin.request('POST', '/api/auth/logout')).statusCode).toBe(200);
    const after = await admin.request('GET', '/api/users');
    expect(after.statusCode).toBe(401);
    const me = await admin.request('GET', '/api/auth/me');
    expect(me.json()).toEqual({ user: null, csrfToken: null });
  });

  it('ends the sessions of an account when an admin disables it', async () => {
    const admin = await t.signIn('admin');
    const victim = await t.signIn('researcher');
    const res = await admin.request('PATCH', `/api/users/${victim.userId}`, { disabled: true });
    expect(res.statusCode).toBe(200);
    expect((await victim.request('GET', '/api/auth/me')).json().user).toBeNull();
  });
});

describeEachDialect('changing your own password', (getDb) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(getDb());
  });
  afterAll(() => t.close());

  const login = (email: string, password: string) => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  const NEW_PASSWORD = 'a brand new passphrase';

  it('refuses a wrong current password at its field and changes nothing', async () => {
    const me = await t.signIn('researcher');
    const email = (await t.services.users.list()).at(-1)!.email;
    const res = await me.request('PUT', '/api/auth/password', { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.details).toEqual([{ path: 'currentPassword', message: 'the current password is not right' }]);
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await login(email, NEW_PASSWORD)).statusCode).toBe(401);
    expect((await me.request('GET', '/api/auth/me')).json().user).not.toBeNull();
  });

  it('changes it with the current one, ends the other sessions, keeps this one, and audits it', async () => {
    const me = await t.signIn('citizen');
    const email = (await t.services.users.list()).at(-1)!.email;
    const other = await login(email, TEST_PASSWORD);
    const otherCookie = other.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
    const res = await me.request('PUT', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.statusCode).toBe(204);
    expect((await me.request('GET', '/api/auth/me')).json().user).toMatchObject({ email });
    const otherMe = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: otherCookie } });
    expect(otherMe.json().user).toBeNull();
    expect((await login(email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(email, NEW_PASSWORD)).statusCode).toBe(200);
    const log = await t.services.audit.list({ action: 'user.password_change', limit: 10, offset: 0 });
    expect(log.entries[0]).toMatchObject({ actorId: me.userId, entityId: String(me.userId) });
    expect(JSON.stringify(log.entries)).not.toContain(NEW_PASSWORD);
  });

  it('keeps the rule for a new password and asks for a session', async () => {
    const me = await t.signIn('expert');
    const short = await me.request('PUT', '/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details[0].path).toBe('body.newPassword');
    const anonymous = await t.anonymous.request('PUT', '/api/auth/password', { currentPassword: 'x', newPassword: NEW_PASSWORD });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('login rate limit', () => {
  let db: TestDatabase;
  let t: TestApp;
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    t = await createTestApp(db, { env: { LOGIN_RATE_LIMIT_PER_MINUTE: 3 } });
  });
  afterAll(async () => {
    await t.close();
    await db.destroy();
  });

  it('answers 429 once an address has tried too often in a minute', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await t.anonymous.request('POST', '/api/auth/login', { email: 'a@example.org', password: 'guess' })).statusCode);
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    const res = await t.anonymous.request('POST', '/api/auth/login', { email: 'a@example.org', password: 'guess' });
    expect(res.json().error.code).toBe('rate_limited');
  });
});
