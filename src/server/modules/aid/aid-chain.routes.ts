import { PartnerParamsSchema } from '../../../shared/schemas/aid';
import { PartnerChainSchema } from '../../../shared/schemas/aid-chain';
import type { RoutesPlugin } from '../../http/types';

// A focal point reaches its own partner's chain only (the service answers 404 for any other); coordinators and admins every partner's.
const OWN_PARTNER = { roles: ['coordinator', 'admin', 'partner_focal_point'], scope: 'own-partner' } as const;

export const aidChainRoutes: RoutesPlugin = (app, { aid }) => {
  app.get('/api/aid/partners/:partnerId/chain', {
    config: { access: OWN_PARTNER },
    schema: {
      tags: ['aid'],
      summary: 'One partner’s chain from signal to receipt: indicators, estimated need, requests, allocations, consignments and receipts, per item side by side',
      params: PartnerParamsSchema,
      response: { 200: PartnerChainSchema },
    },
    handler: async (request) => aid.chain.chain(request.actor, request.params.partnerId),
  });
};
