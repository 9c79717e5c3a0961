import { IdParamsSchema } from '../../../shared/schemas/common';
import { KitAllocationInputSchema, KitAllocationParamsSchema, KitHandoverSchema, KitOverviewSchema, KitReceiptSchema, KitRoundInputSchema } from '../../../shared/schemas/consular-kits';
import type { RoutesPlugin } from '../../http/types';

// Health kits: officers run their own post's stock and rounds (404 for another post's round); admins any post's.
const OFFICERS = { roles: ['admin', 'consular_officer'], scope: 'own-post' } as const;
const tags = ['consular'];

export const consularKitsRoutes: RoutesPlugin = (app, { consular }) => {
  const kits = consular.kits;

  app.get('/api/consular/kits', {
    config: { access: OFFICERS },
    schema: { tags, summary: 'Kit types, the post’s stock and its rounds with who received a kit', response: { 200: KitOverviewSchema } },
    handler: async (request) => kits.overview(request.actor),
  });

  app.post('/api/consular/kits/stock', {
    config: { access: OFFICERS },
    schema: { tags, summary: 'Add kits received at the post to its stock', body: KitReceiptSchema, response: { 200: KitOverviewSchema } },
    handler: async (request) => kits.receive(request.actor, request.body),
  });

  app.post('/api/consular/kits/rounds', {
    config: { access: OFFICERS },
    schema: { tags, summary: 'Open a distribution round (students only unless said)', body: KitRoundInputSchema, response: { 200: KitOverviewSchema } },
    handler: async (request) => kits.openRound(request.actor, request.body),
  });

  app.post('/api/consular/kits/rounds/:id/allocations', {
    config: { access: OFFICERS },
    schema: { tags, summary: 'Allocate one kit to a citizen (409 for a second kit in the round or an empty stock)', params: IdParamsSchema, body: KitAllocationInputSchema, response: { 200: KitOverviewSchema } },
    handler: async (request) => kits.allocate(request.actor, request.params.id, request.body.citizenId),
  });

  app.post('/api/consular/kits/rounds/:id/allocations/:allocationId/handover', {
    config: { access: OFFICERS },
    schema: { tags, summary: 'Confirm a kit was picked up or delivered', params: KitAllocationParamsSchema, body: KitHandoverSchema, response: { 200: KitOverviewSchema } },
    handler: async (request) => kits.handOver(request.actor, request.params.id, request.params.allocationId, request.body.status),
  });
};
