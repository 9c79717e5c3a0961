import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../db/test-databases.test-support';
import { createTestApp, type TestApp } from '../test-support/test-app.test-support';

describeEachDialect('API basics', (getDb, dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(getDb());
  });
  afterAll(() => t.close());

  it('reports health and the database in use', async () => {
    const res = await t.anonymous.request('GET', '/api/health');
    expect(res.json()).toEqual({ status: 'ok', db: dialect });
  });

  it('makes every request id itself, and echoes a caller’s X-Request-Id as its correlation id', async () => {
    const given = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'abc-123' } });
    expect(given.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(given.headers['x-correlation-id']).toBe('abc-123');
    const made = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(made.headers['x-correlation-id']).toBeUndefined();
    const odd = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'a b\u0000c' } });
    expect(odd.headers['x-correlation-id']).toBeUndefined();
  });

  it('never makes a caller’s X-Request-Id the id of its audit record: it is the correlation id', async () => {
    const given = 'client-chosen-42';
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'x-request-id': given }, payload: { email: 'nobody@example.org', password: 'not the password' } });
    expect(res.statusCode).toBe(401);
    const { entries } = await t.services.audit.list({ action: 'auth.login_failed', limit: 10, offset: 0 });
    const entry = entries.find((e) => e.correlationId === given);
    expect(entry?.requestId).toBe(res.headers['x-request-id']);
    expect(entry?.requestId).not.toBe(given);
  });

  it('sends the security headers on answers and refusals alike', async () => {
    for (const res of [await t.app.inject({ method: 'GET', url: '/api/health' }), await t.app.inject({ method: 'GET', url: '/api/users' }), await t.app.inject({ method: 'GET', url: '/api/nothing-here' })]) {
      expect(res.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'same-origin' });
      expect(res.headers['x-request-id']).toBeTruthy();
    }
  });

  it('answers unknown API paths with 404 in the error shape', async () => {
    const res = await t.anonymous.request('GET', '/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'no route GET /api/nothing-here', details: [] } });
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ email: 'a@b.org', password: 'x'.repeat(2 * 1024 * 1024) }) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"email": ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('bad_request');
  });

  it('describes every route in an OpenAPI 3 document', async () => {
    const doc = (await t.anonymous.request('GET', '/api/openapi.json')).json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const path of ['/api/health', '/api/countries', '/api/partners', '/api/auth/login', '/api/users', '/api/audit']) expect(Object.keys(doc.paths)).toContain(path);
    expect(doc.paths['/api/users'].post.requestBody.content['application/json'].schema.properties.email).toBeDefined();
    const docs = await t.anonymous.request('GET', '/api/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('lists countries with both names and partners including organisations', async () => {
    const { countries } = (await t.anonymous.request('GET', '/api/countries')).json();
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(countries.find((c: { iso3: string }) => c.iso3 === 'CHN')).toMatchObject({ iso2: 'CN', nameZh: '中国', whoRegion: 'WPR' });
    const orgs = (await t.anonymous.request('GET', '/api/partners?kind=organisation')).json().partners;
    expect(orgs.map((p: { id: string }) => p.id)).toContain('ORG-WHO');
    expect(orgs.every((p: { kind: string; iso3: string | null }) => p.kind === 'organisation' && p.iso3 === null)).toBe(true);
    const bad = await t.anonymous.request('GET', '/api/partners?kind=planet');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('querystring.kind');
  });
});
