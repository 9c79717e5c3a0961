// Every module's route fixtures, for the route-access test; the shapes they follow live apart
// (test-support/route-fixture.test-support.ts), so a module's fixtures import no module list.
import { aidOwnRecordRouteFixtures, aidRouteFixtures } from '../modules/aid/aid.routes.test-support';
import { knowledgeRouteFixtures } from '../modules/knowledge/knowledge.routes.test-support';
import { researchRouteFixtures } from '../modules/research/research.routes.test-support';
import type { OwnRecordRouteFixture, ScopedRouteFixture } from '../test-support/route-fixture.test-support';

export const scopedRouteFixtures: Record<string, ScopedRouteFixture> = { ...aidRouteFixtures, ...knowledgeRouteFixtures };

export const ownRecordRouteFixtures: Record<string, OwnRecordRouteFixture> = { ...researchRouteFixtures, ...aidOwnRecordRouteFixtures };
