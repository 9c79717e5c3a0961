import { aidRouteFixtures } from '../modules/aid/aid.route-fixtures';
import type { TestApp } from '../test-support/test-app';

/**
 * For each route scoped to the caller's own partner: how to create a record of one partner, and the
 * request that reaches it. The route-access test signs in as another partner and expects 404, with no
 * trace of the record's content (`secret`) in the answer. A scoped route without an entry fails that test.
 */
export interface ScopedRouteFixture {
  create(t: TestApp, ownerPartnerId: string): Promise<{ url: string; body?: unknown; secret: string }>;
}

export const scopedRouteFixtures: Record<string, ScopedRouteFixture> = { ...aidRouteFixtures };
