import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROLES, type Role } from '../../shared/schemas/roles';
import { describeEachDialect } from '../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../test-support/test-app.test-support';
import { ownRecordRouteFixtures, scopedRouteFixtures } from './route-access.test-support';

// Walks the whole route table: every route refuses the callers it does not list, whatever the module.
describeEachDialect('route access', (getDb) => {
  let t: TestApp;
  const clients = new Map<Role, TestClient>();

  beforeAll(async () => {
    t = await createTestApp(getDb());
    for (const role of ROLES) clients.set(role, await t.signIn(role));
  });
  afterAll(() => t.close());

  const concrete = (url: string) => url.replace(/:iso3/g, 'KEN').replace(/:[A-Za-z]+/g, '1');

  it('has a declared access for every API route', () => {
    expect(t.app.routeAccessTable.length).toBeGreaterThan(8);
    for (const entry of t.app.routeAccessTable) expect(entry.access, `${entry.method} ${entry.url}`).toBeDefined();
  });

  it('answers 401 to anonymous callers on every non-public route', async () => {
    for (const { method, url, access } of t.app.routeAccessTable) {
      if ('public' in access) continue;
      const res = await t.anonymous.request(method, concrete(url), method === 'GET' ? undefined : {});
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe('unauthorized');
    }
  });

  it('answers 403 to every role a route does not list', async () => {
    for (const { method, url, access } of t.app.routeAccessTable) {
      if ('public' in access) continue;
      for (const role of ROLES.filter((r) => !access.roles.includes(r))) {
        const res = await clients.get(role)!.request(method, concrete(url), method === 'GET' ? undefined : {});
        expect(res.statusCode, `${role} ${method} ${url}`).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
    }
  });

  it('answers 404, never the record, to a partner reaching another partner’s record', async () => {
    const scoped = t.app.routeAccessTable.filter((e) => !('public' in e.access) && e.access.scope === 'own-partner');
    for (const { method, url } of scoped) {
      const fixture = scopedRouteFixtures[`${method} ${url}`];
      expect(fixture, `a fixture for ${method} ${url} in the module's routes.test-support.ts, listed in route-access.test-support.ts`).toBeDefined();
      const target = await fixture!.create(t, 'KEN');
      const outsider = await t.signIn('partner_focal_point', { partnerId: 'UGA' });
      const res = await outsider.request(method, target.url, target.body);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.body).not.toContain(target.secret);
    }
  });

  it('answers 404, never the record, to an account reaching another account’s own record', async () => {
    const scoped = t.app.routeAccessTable.filter((e) => !('public' in e.access) && e.access.scope === 'own-records');
    for (const { method, url } of scoped) {
      const fixture = ownRecordRouteFixtures[`${method} ${url}`];
      expect(fixture, `a fixture for ${method} ${url} in the module's routes.test-support.ts, listed in route-access.test-support.ts`).toBeDefined();
      const target = await fixture!.create(t, await t.signIn(fixture!.role));
      const outsider = await t.signIn(fixture!.role);
      const res = await outsider.request(method, target.url, target.body);
      expect(res.statusCode, `${method} ${url}`).toBe(target.status ?? 404);
      expect(res.body).not.toContain(target.secret);
    }
  });
});
