import { z } from 'zod';
import {
  AgencyNeedsInputSchema,
  AgencyNeedsParametersSchema,
  AgencyPriorityWeightsInputSchema,
  AgencyPriorityWeightsSchema,
  AidItemListSchema,
  AidItemSchema,
  AidRequestListSchema,
  AidRequestSchema,
  ApproveInputSchema,
  BatchListSchema,
  CommentInputSchema,
  CoordinatorBatchListSchema,
  ApprovedBatchSchema,
  ItemIdParamsSchema,
  PartnerParamsSchema,
  PlanOptionsSchema,
  PlanRunSchema,
  PledgeInputSchema,
  PledgeListSchema,
  PledgeSchema,
  RequestInputSchema,
  RequestStatusSchema,
  ReserveSettingsSchema,
  StatusChangeSchema,
  SupplyInputSchema,
  SupplyOverviewSchema,
  UpdateAidItemSchema,
} from '../../../shared/schemas/aid';
import { IdParamsSchema } from '../../../shared/schemas/common';
import type { RoutesPlugin } from '../../http/types';
import { aidReportRoutes } from './aid-report.routes';
import { aidShipmentsRoutes } from './aid-shipments.routes';
import { aidMissionsRoutes } from './aid-missions.routes';
import { aidChainRoutes } from './aid-chain.routes';
import { aidDonorsRoutes } from './aid-donors.routes';

// The admin runs the aid module as a coordinator does (the services already treat it so; issue 11).
const COORDINATOR = { roles: ['coordinator', 'admin'], scope: 'all' } as const;
// Focal points reach their own partner only (the service answers 404 for any other); coordinators all.
const OWN_PARTNER = { roles: ['coordinator', 'admin', 'partner_focal_point'], scope: 'own-partner' } as const;
const tags = ['aid'];

export const aidRoutes: RoutesPlugin = (app, services) => {
  const { aid } = services;
  aidReportRoutes(app, services);
  aidShipmentsRoutes(app, services);
  aidMissionsRoutes(app, services);
  aidChainRoutes(app, services);
  aidDonorsRoutes(app, services);
  app.get('/api/aid/items', {
    config: { access: { roles: ['coordinator', 'partner_focal_point', 'admin'], scope: 'all' } },
    schema: { tags, summary: 'The item catalogue', response: { 200: AidItemListSchema } },
    handler: async () => ({ items: await aid.supply.items() }),
  });

  app.patch('/api/aid/items/:itemId', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Edit a catalogue item', params: ItemIdParamsSchema, body: UpdateAidItemSchema, response: { 200: AidItemSchema } },
    handler: async (request) => aid.supply.updateItem(request.actor, request.params.itemId, request.body),
  });

  app.get('/api/aid/supply', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Donor supply and domestic reserve per item', response: { 200: SupplyOverviewSchema } },
    handler: async () => aid.supply.overview(),
  });

  app.put('/api/aid/supply/:itemId', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Set the supply and reserve floor of an item', params: ItemIdParamsSchema, body: SupplyInputSchema, response: { 200: SupplyOverviewSchema } },
    handler: async (request) => aid.supply.putSupply(request.actor, request.params.itemId, request.body),
  });

  app.put('/api/aid/reserve-settings', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Donor country, reserve horizon and the donor’s recent cases', body: ReserveSettingsSchema, response: { 200: SupplyOverviewSchema } },
    handler: async (request) => aid.supply.putReserveSettings(request.actor, request.body),
  });

  app.get('/api/aid/needs-parameters', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'The needs-model parameters: model default, the agency’s value and the one in effect', response: { 200: AgencyNeedsParametersSchema } },
    handler: async () => aid.needs.parameters(),
  });

  app.put('/api/aid/needs-parameters', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Replace the agency’s needs-model values (used by the supply overview and every plan; {} resets)', body: AgencyNeedsInputSchema, response: { 200: AgencyNeedsParametersSchema } },
    handler: async (request) => aid.needs.putParameters(request.actor, request.body),
  });

  app.get('/api/aid/priority-weights', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Every priority weight a plan without overrides uses: model default, the agency’s value and the one in effect', response: { 200: AgencyPriorityWeightsSchema } },
    handler: async () => aid.priorityWeights.weights(),
  });

  app.put('/api/aid/priority-weights', {
    config: { access: COORDINATOR },
    schema: {
      tags,
      summary: 'Replace the agency’s weights of shortage, urgency and importation risk (used by every plan; {} resets)',
      body: AgencyPriorityWeightsInputSchema,
      response: { 200: AgencyPriorityWeightsSchema },
    },
    handler: async (request) => aid.priorityWeights.putWeights(request.actor, request.body),
  });

  app.get('/api/aid/requests', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Every partner’s requests', querystring: z.object({ status: RequestStatusSchema.optional() }), response: { 200: AidRequestListSchema } },
    handler: async (request) => ({ requests: await aid.requests.listAll(request.query.status ? [request.query.status] : undefined) }),
  });

  app.get('/api/aid/partners/:partnerId/requests', {
    config: { access: OWN_PARTNER },
    schema: { tags, summary: 'One partner’s requests', params: PartnerParamsSchema, response: { 200: AidRequestListSchema } },
    handler: async (request) => ({ requests: await aid.requests.listForPartner(request.actor, request.params.partnerId) }),
  });

  app.post('/api/aid/partners/:partnerId/requests', {
    config: { access: OWN_PARTNER },
    schema: { tags, summary: 'File a request for a partner', params: PartnerParamsSchema, body: RequestInputSchema, response: { 201: AidRequestSchema } },
    handler: async (request, reply) => reply.status(201).send(await aid.requests.create(request.actor, request.params.partnerId, request.body)),
  });

  app.get('/api/aid/partners/:partnerId/batches', {
    config: { access: OWN_PARTNER },
    schema: { tags, summary: 'What approved batches bring to a partner', params: PartnerParamsSchema, response: { 200: BatchListSchema } },
    handler: async (request) => ({ batches: await aid.planner.batchesForPartner(request.actor, request.params.partnerId) }),
  });

  app.get('/api/aid/requests/:id', {
    config: { access: OWN_PARTNER },
    schema: { tags, summary: 'A request with its lines and comments', params: IdParamsSchema, response: { 200: AidRequestSchema } },
    handler: async (request) => aid.requests.get(request.actor, request.params.id),
  });

  app.put('/api/aid/requests/:id', {
    config: { access: OWN_PARTNER },
    schema: { tags, summary: 'Edit a draft request (and file it with submit: true)', params: IdParamsSchema, body: RequestInputSchema, response: { 200: AidRequestSchema } },
    handler: async (request) => aid.requests.update(request.actor, request.params.id, request.body),
  });

  app.post('/api/aid/requests/:id/status', {
    config: { access: OWN_PARTNER },
    schema: { tags, summary: 'Move a request to another status', params: IdParamsSchema, body: StatusChangeSchema, response: { 200: AidRequestSchema } },
    handler: async (request) => aid.requests.changeStatus(request.actor, request.params.id, request.body),
  });

  app.post('/api/aid/requests/:id/comments', {
    config: { access: OWN_PARTNER },
    schema: { tags, summary: 'Comment on a request', params: IdParamsSchema, body: CommentInputSchema, response: { 200: AidRequestSchema } },
    handler: async (request) => aid.requests.comment(request.actor, request.params.id, request.body.body),
  });

  app.get('/api/aid/pledges', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Other donors’ pledges to partners', querystring: z.object({ partnerId: z.string().min(1).max(64).optional() }), response: { 200: PledgeListSchema } },
    handler: async (request) => ({ pledges: await aid.pledges.list(request.query.partnerId ? { partnerId: request.query.partnerId } : {}) }),
  });

  app.post('/api/aid/pledges', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Record another donor’s pledge to a partner (netted from its demand)', body: PledgeInputSchema, response: { 201: PledgeSchema } },
    handler: async (request, reply) => reply.status(201).send(await aid.pledges.create(request.actor, request.body)),
  });

  app.delete('/api/aid/pledges/:id', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Delete a pledge (withdrawn or recorded in error)', params: IdParamsSchema, response: { 200: PledgeSchema } },
    handler: async (request) => aid.pledges.remove(request.actor, request.params.id),
  });

  app.post('/api/aid/plan', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Compute a batch plan with explanations (nothing is saved)', body: PlanOptionsSchema, response: { 200: PlanRunSchema } },
    handler: async (request) => aid.planner.plan(request.body),
  });

  app.get('/api/aid/batches', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Approved batches with the settings each plan was run with', response: { 200: CoordinatorBatchListSchema } },
    handler: async () => ({ batches: await aid.planner.batches() }),
  });

  app.post('/api/aid/batches', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Approve a plan: creates the next batch (409 if stale or touching the reserve)', body: ApproveInputSchema, response: { 201: ApprovedBatchSchema } },
    handler: async (request, reply) => reply.status(201).send(await aid.planner.approve(request.actor, request.body)),
  });
};
