import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../db/test-databases.test-support';
import { createTestApp, type TestApp } from '../test-support/test-app.test-support';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(await createTestDatabase('sqlite'), { env: { TRUST_PROXY: '127.0.0.1' } });
  });
  afterAll(() => t.close());

  it('sends a Content-Security-Policy on pages, the API documentation, API answers and refusals', async () => {
    for (const url of ['/', '/research', '/api/docs/', '/api/health', '/api/users', '/api/nothing-here']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("script-src 'self';");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
  });

  it('sends Strict-Transport-Security over https only', async () => {
    const plain = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const secure = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-forwarded-proto': 'https' } });
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });
});
