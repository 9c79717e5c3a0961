import { describe, expect, it } from 'vitest';
import { journey } from './harness';

// Journey: the Content-Security-Policy (src/server/http/security-headers.ts) lets the app and the API
// documentation work. Each main page and /api/docs is loaded in Chromium; every violation the page reports
// (the securitypolicyviolation event, or Chromium's console message about the policy) fails the journey.

const ADMIN = { email: 'ada@example.org', password: 'password123456' };
const j = journey({ env: { CONCORD_SEED: 'minimal' }, users: [{ ...ADMIN, role: 'admin', options: ['--name', 'Ada Admin'] }] });

const PAGES = ['/', '/situation', '/aid', '/research', '/research/analyse', '/countries', '/admin/users', '/admin/audit'];

describe('security headers journey', () => {
  it('loads the main pages and the API documentation without a Content-Security-Policy violation', async () => {
    const { page } = j;
    const violations: string[] = [];
    page.on('console', (msg) => {
      if (/Content Security Policy/i.test(msg.text())) violations.push(`console: ${msg.text()}`);
    });
    await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
      });
    });

    await page.goto(`${j.app.url}/login`);
    await j.logIn(ADMIN.email, ADMIN.password);
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    for (const path of PAGES) {
      const res = await page.goto(`${j.app.url}${path}`);
      expect(res?.headers()['content-security-policy'], path).toContain("script-src 'self'");
      await page.waitForLoadState('networkidle');
      await page.locator('#root div').first().waitFor();
    }
    await page.goto(`${j.app.url}/api/docs/`);
    await page.locator('.swagger-ui .opblock').first().waitFor({ timeout: 30_000 });
    await page.locator('.swagger-ui .opblock-summary').first().click();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  it('serves no source maps of the web app', async () => {
    const index = await (await fetch(`${j.app.url}/`)).text();
    const scripts = [...index.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const text = await (await fetch(`${j.app.url}${script}`)).text();
      expect(text.includes('sourceMappingURL'), `${script} names a source map`).toBe(false);
      expect((await fetch(`${j.app.url}${script}.map`)).status, `${script}.map`).toBe(404);
    }
  });

  it('refuses an inline script injected into a page: the policy is enforced, not only sent', async () => {
    const { page } = j;
    await page.goto(`${j.app.url}/`);
    const ran = await page.evaluate(async () => {
      const seen = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }));
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.body.appendChild(script);
      return { injected: (window as unknown as { __injected?: boolean }).__injected === true, directive: await seen };
    });
    expect(ran).toEqual({ injected: false, directive: 'script-src-elem' });
    // Chromium reports the refusal on the console: expected here.
    const at = j.browser.errors.findIndex((e) => /Content Security Policy/.test(e));
    if (at >= 0) j.browser.errors.splice(at, 1);
  });
});
