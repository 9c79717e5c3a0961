import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../shared/schemas/roles';
import { buildApp, type AppEnv } from '../app';
import { systemActor } from '../auth/actor';
import type { Clock } from '../clock';
import type { TestDatabase } from '../db/test-databases.test-support';
import type { App } from '../http/types';
import { seedCountries } from '../modules/countries/countries.seed';
import { createServices, type Services } from '../services';

export const TEST_ENV: AppEnv = { LOG_LEVEL: 'silent', LOGIN_RATE_LIMIT_PER_MINUTE: 1000, TRUST_PROXY: undefined, WEB_DIST: './dist/no-web-in-tests' };
export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestApp {
  app: App;
  services: Services;
  /** A signed-in client for a new account of that role. */
  signIn(role: Role, scope?: { partnerId?: string; postId?: string }): Promise<TestClient>;
  anonymous: TestClient;
  close(): Promise<void>;
}

export interface TestClient {
  cookie: string | undefined;
  csrfToken: string | undefined;
  userId: number | undefined;
  request(method: string, url: string, body?: unknown): Promise<LightMyRequestResponse>;
}

let counter = 0;

export async function createTestApp(database: TestDatabase, options: { env?: Partial<AppEnv>; clock?: Clock; importWaitMs?: number; downloadMaxMs?: number } = {}): Promise<TestApp> {
  const clock = options.clock ?? (() => new Date());
  const services = createServices({ db: database.db, dialect: database.dialect, clock, sessionTtlHours: 12, signal: database.signal, importWaitMs: options.importWaitMs, snapshots: database.openSnapshotReads, downloadMaxMs: options.downloadMaxMs });
  await seedCountries(database.db, clock);
  const app = await buildApp({ ...TEST_ENV, ...options.env }, services, { logger: false });
  await app.ready();

  const client = (cookie?: string, csrfToken?: string, userId?: number): TestClient => ({
    cookie,
    csrfToken,
    userId,
    request: (method, url, body) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: { ...(cookie && { cookie }), ...(csrfToken && { 'x-csrf-token': csrfToken }) },
        ...(body !== undefined && { payload: body as object }),
      }),
  });

  return {
    app,
    services,
    anonymous: client(),
    async signIn(role, scope = {}) {
      const email = `${role}.${process.pid}.${++counter}@example.org`;
      const partnerId = role === 'partner_focal_point' ? (scope.partnerId ?? 'KEN') : null;
      const postId = role === 'consular_officer' ? (scope.postId ?? 'POST-TEST') : null;
      const user = await services.users.create(systemActor('test'), { email, displayName: role, role, password: TEST_PASSWORD, partnerId, postId });
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
      if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.body}`);
      const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      return client(cookie, res.json<{ csrfToken: string }>().csrfToken, user.id);
    },
    close: () => app.close(),
  };
}
