import type { Role } from '../../shared/schemas/roles';
import type { TestApp, TestClient } from './test-app.test-support';

// The shapes of the route fixtures each module gives the route-access test (http/route-access.test-support.ts
// lists them): apart from that list, so a module's fixtures never import it back.

/**
 * For each route scoped to the caller's own partner: how to create a record of one partner, and the
 * request that reaches it. The route-access test signs in as another partner and expects 404, with no
 * trace of the record's content (`secret`) in the answer. A scoped route without an entry fails that test.
 */
export interface ScopedRouteFixture {
  create(t: TestApp, ownerPartnerId: string): Promise<{ url: string; body?: unknown; secret: string }>;
}

/**
 * For each route scoped to the caller's own records ('own-records'): how `owner`, signed in with `role`,
 * creates a record, and the request that reaches it. The route-access test signs in another account of
 * the same role and expects `status` (404 unless said: a list answers 200 without the record), with no
 * trace of `secret` in the answer. A route so scoped without an entry fails that test.
 */
export interface OwnRecordRouteFixture {
  role: Role;
  create(t: TestApp, owner: TestClient): Promise<{ url: string; body?: unknown; secret: string; status?: number }>;
}
