import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Role } from '../../shared/schemas/roles';
import { describeEachDialect } from '../db/test-databases.test-support';
import { createTestApp, type TestApp, type TestClient } from '../test-support/test-app.test-support';
import { fromSchema, hostileFromSchema, pathValue, queryFrom, type JsonSchema } from './route-fuzz.test-support';

// A generated fuzz over every JSON route of the route table (issue 12): bodies, queries and path parameters
// from each route's OpenAPI schema, and hostile ones, sent by a caller the route lets in. Whatever is sent,
// the answer is never a 500, always comes (no hang), and every refusal is in the API's error shape.
// Seeded and a few runs a route, so it is the same short run in CI every time.

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? 12_2026);
/** Long enough for any honest first call (a worker starting); a request still unanswered then has hung. */
const ANSWER_WITHIN_MS = 15_000;

type Operation = { requestBody?: { content?: Record<string, { schema?: JsonSchema }> }; parameters?: Array<{ name: string; in: string; schema?: JsonSchema }> };
type Request = { path: string; query: Array<[string, string]>; body: unknown };

/** Routes that serve documents, not the JSON API. */
const NOT_JSON = /^\/api\/(docs|openapi\.json)/;

function openApiPath(url: string): string {
  return url.replace(/:([A-Za-z]+)/g, '{$1}');
}

function withinBound(pending: Promise<LightMyRequestResponse>, what: string): Promise<LightMyRequestResponse> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ANSWER_WITHIN_MS} ms`)), ANSWER_WITHIN_MS);
  });
  return Promise.race([pending, late]).finally(() => clearTimeout(timer));
}

function seedOf(route: string): number {
  let h = SEED;
  for (const c of route) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

describeEachDialect('route fuzz', (getDb) => {
  let t: TestApp;
  let doc: { paths: Record<string, Record<string, Operation>> };
  const clients = new Map<Role, TestClient>();

  beforeAll(async () => {
    t = await createTestApp(getDb());
    doc = (await t.anonymous.request('GET', '/api/openapi.json')).json();
  });
  afterAll(() => t.close());

  /** The role's signed-in client; a new one when the fuzz has ended the last session (logout, deactivation). */
  async function clientFor(role: Role): Promise<TestClient> {
    const known = clients.get(role);
    if (known && (await known.request('GET', '/api/auth/me')).json<{ user: unknown }>().user) return known;
    const fresh = await t.signIn(role);
    clients.set(role, fresh);
    return fresh;
  }

  it('answers every JSON route without a 500, in bounded time, with errors in the API shape', async () => {
    const routes = t.app.routeAccessTable.filter((r) => !NOT_JSON.test(r.url));
    expect(routes.length).toBeGreaterThan(80);
    const failures: string[] = [];
    for (const { method, url, access } of routes) {
      const route = `${method} ${url}`;
      const op = doc.paths[openApiPath(url)]?.[method.toLowerCase()] ?? {};
      const parameters = op.parameters ?? [];
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const names = [...url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
      const request: fc.Arbitrary<Request> = fc
        .record({
          params: fc.tuple(...names.map((n) => pathValue(n, parameters.find((p) => p.in === 'path' && p.name === n)?.schema))),
          query: queryFrom(parameters),
          body: method === 'GET' || method === 'DELETE' ? fc.constant(undefined) : fc.oneof({ weight: 2, arbitrary: fromSchema(bodySchema) }, { weight: 3, arbitrary: hostileFromSchema(bodySchema) }),
        })
        .map(({ params, query, body }) => {
          let i = 0;
          return { path: url.replace(/:[A-Za-z]+/g, () => encodeURIComponent(params[i++]!)), query, body };
        });
      const role = 'public' in access ? undefined : access.roles[0]!;
      const caller = role ? await clientFor(role) : t.anonymous;
      const outcome = await fc.check(
        fc.asyncProperty(request, async ({ path, query, body }) => {
          const target = query.length > 0 ? `${path}?${new URLSearchParams(query).toString()}` : path;
          const res = await withinBound(caller.request(method, target, body), `${route} as ${role ?? 'anonymous'}`);
          expect(res.statusCode, `${method} ${target} ${JSON.stringify(body)?.slice(0, 300)} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(res.json(), `${route} ${res.statusCode}`).toMatchObject({ error: { code: expect.any(String), message: expect.any(String), details: expect.any(Array) } });
          }
        }),
        { numRuns: RUNS_PER_ROUTE, seed: seedOf(route), endOnFailure: true },
      );
      if (outcome.failed) failures.push(`${route}: ${String(outcome.errorInstance instanceof Error ? outcome.errorInstance.message : outcome.errorInstance).slice(0, 600)}`);
    }
    // Each line is one route's first failure; its reproduction belongs in a plain test beside the fix.
    expect(failures).toEqual([]);
  }, 240_000);
});
