import type { OwnRecordRouteFixture, ScopedRouteFixture } from '../../test-support/route-fixture.test-support';
import { systemActor } from '../../auth/actor';
import type { TestApp } from '../../test-support/test-app.test-support';
import { insertAllocations, insertBatch, lastBatchNumber } from './aid.repo';
import { seedAidCatalogue } from './aid.seed';

// For each aid route scoped to the caller's own partner: a record of one partner and the request that
// reaches it (see test-support/route-fixture.test-support.ts). The secret is the request's justification.

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

/** A consignment to the partner, prepared from a batch written directly (no plan: fast); the secret is its carrier. */
async function shipTo(t: TestApp, partnerId: string): Promise<{ id: number; secret: string }> {
  await seedAidCatalogue(t.services.db, t.services.clock);
  const actor = systemActor('fixture');
  const { aid, db } = t.services;
  const batch = await db.transaction().execute(async (trx) => {
    const number = (await lastBatchNumber(trx)) + 1;
    const id = await insertBatch(trx, { number, batch_date: '2026-12-01', approved_by: null, approved_by_label: 'fixture', approved_at: '2026-12-01T00:00:00Z', supply_fingerprint: 'fixture', objective: 0, options: '{}' });
    await insertAllocations(trx, [{ batch_id: id, partner_id: partnerId, request_id: null, item_id: 'gloves', quantity: 1000, packs: 1 }]);
    await aid.shipments.prepareForBatch(trx, actor, { id, number });
    return id;
  });
  const consignment = (await aid.shipments.list({ batchId: batch }))[0]!;
  const secret = `confidential carrier ${++n} of ${partnerId}`;
  await aid.shipments.updateDetails(actor, consignment.id, { carrier: secret });
  return { id: consignment.id, secret };
}

/** A mission of a team with this expert to the partner; the secret is its activities. */
async function sendMission(t: TestApp, partnerId: string, expertUserId?: number): Promise<{ id: number; secret: string }> {
  const actor = systemActor('fixture');
  const userId = expertUserId ?? (await t.services.users.create(actor, { email: `expert.fixture.${process.pid}.${++n}@example.org`, displayName: 'Fixture Expert', role: 'expert', password: 'fixture-password-123', partnerId: null, postId: null })).id;
  const team = await t.services.aid.missions.createTeam(actor, { name: `Fixture team ${process.pid}-${++n}`, members: [{ userId, specialty: 'epidemiology', languages: ['en'] }] });
  const secret = `confidential activities ${++n} in ${partnerId}`;
  const mission = await t.services.aid.missions.create(actor, { teamId: team.id, partnerId, kind: 'in-country', objectives: ['clinical'], activities: secret, startDate: '2026-12-01', endDate: '2026-12-10' });
  return { id: mission.id, secret };
}

const body = { neededBy: '2026-12-31', justification: 'outsider', lines: [{ item: 'gloves', quantity: 1000 }] };

/** Missions reach the experts of their team only. */
export const aidOwnRecordRouteFixtures: Record<string, OwnRecordRouteFixture> = {
  'GET /api/aid/missions': {
    role: 'expert',
    async create(t, owner) {
      const { secret } = await sendMission(t, 'KEN', owner.userId);
      return { url: '/api/aid/missions', secret, status: 200 };
    },
  },
  'PATCH /api/aid/missions/:id': {
    role: 'expert',
    async create(t, owner) {
      const { id, secret } = await sendMission(t, 'KEN', owner.userId);
      return { url: `/api/aid/missions/${id}`, body: { report: 'outsider' }, secret };
    },
  },
};

export const aidRouteFixtures: Record<string, ScopedRouteFixture> = {
  'GET /api/aid/partners/:partnerId/missions': {
    async create(t, owner) {
      const { secret } = await sendMission(t, owner);
      return { url: `/api/aid/partners/${owner}/missions`, secret };
    },
  },
  'GET /api/aid/partners/:partnerId/chain': {
    async create(t, owner) {
      const { secret } = await fileRequest(t, owner);
      return { url: `/api/aid/partners/${owner}/chain`, secret };
    },
  },
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
  'GET /api/aid/partners/:partnerId/consignments': {
    async create(t, owner) {
      const { secret } = await shipTo(t, owner);
      return { url: `/api/aid/partners/${owner}/consignments`, secret };
    },
  },
  'GET /api/aid/consignments/:id': {
    async create(t, owner) {
      const { id, secret } = await shipTo(t, owner);
      return { url: `/api/aid/consignments/${id}`, secret };
    },
  },
  'POST /api/aid/consignments/:id/steps': {
    async create(t, owner) {
      const { id, secret } = await shipTo(t, owner);
      return { url: `/api/aid/consignments/${id}/steps`, body: { status: 'dispatched' }, secret };
    },
  },
  'POST /api/aid/consignments/:id/receipts': {
    async create(t, owner) {
      const { id, secret } = await shipTo(t, owner);
      return { url: `/api/aid/consignments/${id}/receipts`, body: { lines: [{ item: 'gloves', good: 1000 }] }, secret };
    },
  },
};
