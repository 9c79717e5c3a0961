import type { ScopedRouteFixture } from '../../http/scoped-route-fixtures';
import { systemActor } from '../../auth/actor';
import type { TestApp } from '../../test-support/test-app';
import { seedAidCatalogue } from './aid.seed';

// For each aid route scoped to the caller's own partner: a record of one partner and the request that
// reaches it (see http/scoped-route-fixtures.ts). The secret is the request's justification.

let n = 0;
async function fileRequest(t: TestApp, partnerId: string): Promise<{ id: number; secret: string }> {
  await seedAidCatalogue(t.services.db, t.services.clock);
  const secret = `confidential justification ${++n} of ${partnerId}`;
  const request = await t.services.aid.requests.create(systemActor('fixture'), partnerId, {
    neededBy: '2026-12-31',
    justification: secret,
    lines: [{ item: 'gloves', quantity: 5000 }],
  });
  return { id: request.id, secret };
}

const body = { neededBy: '2026-12-31', justification: 'outsider', lines: [{ item: 'gloves', quantity: 1000 }] };

export const aidRouteFixtures: Record<string, ScopedRouteFixture> = {
  'GET /api/aid/partners/:partnerId/requests': {
    async create(t, owner) {
      const { secret } = await fileRequest(t, owner);
      return { url: `/api/aid/partners/${owner}/requests`, secret };
    },
  },
  'POST /api/aid/partners/:partnerId/requests': {
    async create(t, owner) {
      const { secret } = await fileRequest(t, owner);
      return { url: `/api/aid/partners/${owner}/requests`, body, secret };
    },
  },
  'GET /api/aid/partners/:partnerId/batches': {
    async create(t, owner) {
      const { secret } = await fileRequest(t, owner);
      return { url: `/api/aid/partners/${owner}/batches`, secret };
    },
  },
  'GET /api/aid/requests/:id': {
    async create(t, owner) {
      const { id, secret } = await fileRequest(t, owner);
      return { url: `/api/aid/requests/${id}`, secret };
    },
  },
  'PUT /api/aid/requests/:id': {
    async create(t, owner) {
      const { id, secret } = await fileRequest(t, owner);
      return { url: `/api/aid/requests/${id}`, body, secret };
    },
  },
  'POST /api/aid/requests/:id/status': {
    async create(t, owner) {
      const { id, secret } = await fileRequest(t, owner);
      return { url: `/api/aid/requests/${id}/status`, body: { status: 'submitted' }, secret };
    },
  },
  'POST /api/aid/requests/:id/comments': {
    async create(t, owner) {
      const { id, secret } = await fileRequest(t, owner);
      return { url: `/api/aid/requests/${id}/comments`, body: { body: 'outsider' }, secret };
    },
  },
};
