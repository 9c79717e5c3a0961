import { z } from 'zod';
import { PartnerParamsSchema } from '../../../shared/schemas/aid';
import { ConsignmentListSchema, ConsignmentSchema, ReceiptInputSchema, RemainderInputSchema, ShippingDetailsSchema, StepInputSchema } from '../../../shared/schemas/aid-shipments';
import { IdParamsSchema, IdSchema } from '../../../shared/schemas/common';
import type { RoutesPlugin } from '../../http/types';

// Consignments of approved batches: their shipping details and steps (coordinators), receipts (the
// partner's focal point), and what becomes of what did not arrive (coordinators).
// The admin runs the aid module as a coordinator does (the services already treat it so; issue 11).
const COORDINATOR = { roles: ['coordinator', 'admin'], scope: 'all' } as const;
const OWN_PARTNER = { roles: ['coordinator', 'admin', 'partner_focal_point'], scope: 'own-partner' } as const;
const tags = ['aid'];

export const aidShipmentsRoutes: RoutesPlugin = (app, { aid }) => {
  app.get('/api/aid/consignments', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Every consignment with its packing list, timeline, receipts and balance', querystring: z.object({ batchId: IdSchema.optional() }), response: { 200: ConsignmentListSchema } },
    handler: async (request) => ({ consignments: await aid.shipments.list(request.query.batchId ? { batchId: request.query.batchId } : {}) }),
  });

  app.get('/api/aid/partners/:partnerId/consignments', {
    config: { access: OWN_PARTNER },
    schema: { tags, summary: 'The consignments to one partner', params: PartnerParamsSchema, response: { 200: ConsignmentListSchema } },
    handler: async (request) => ({ consignments: await aid.shipments.listForPartner(request.actor, request.params.partnerId) }),
  });

  app.get('/api/aid/consignments/:id', {
    config: { access: OWN_PARTNER },
    schema: { tags, summary: 'A consignment', params: IdParamsSchema, response: { 200: ConsignmentSchema } },
    handler: async (request) => aid.shipments.get(request.actor, request.params.id),
  });

  app.patch('/api/aid/consignments/:id', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Set a consignment’s mode, carrier, flight or vessel, airports and dates', params: IdParamsSchema, body: ShippingDetailsSchema, response: { 200: ConsignmentSchema } },
    handler: async (request) => aid.shipments.updateDetails(request.actor, request.params.id, request.body),
  });

  app.post('/api/aid/consignments/:id/steps', {
    config: { access: OWN_PARTNER },
    schema: { tags, summary: 'The next step of the timeline (409 out of order); the focal point confirms receipt', params: IdParamsSchema, body: StepInputSchema, response: { 200: ConsignmentSchema } },
    handler: async (request) => aid.shipments.step(request.actor, request.params.id, request.body),
  });

  app.post('/api/aid/consignments/:id/receipts', {
    config: { access: { roles: ['partner_focal_point'], scope: 'own-partner' } },
    schema: { tags, summary: 'A partial receipt per item: good, damaged, excess (never above what was shipped)', params: IdParamsSchema, body: ReceiptInputSchema, response: { 200: ConsignmentSchema } },
    handler: async (request) => aid.shipments.receive(request.actor, request.params.id, request.body),
  });

  app.post('/api/aid/consignments/:id/remainder', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Return what did not arrive to supply, or carry it over to the partner’s next consignment', params: IdParamsSchema, body: RemainderInputSchema, response: { 200: ConsignmentSchema } },
    handler: async (request) => aid.shipments.settleRemainder(request.actor, request.params.id, request.body.action),
  });
};
