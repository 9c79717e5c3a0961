import { CountryListSchema, PartnerListSchema, PartnerQuerySchema } from '../../../shared/schemas/countries';
import type { RoutesPlugin } from '../../http/types';

export const countriesRoutes: RoutesPlugin = (app, { countries }) => {
  app.get('/api/countries', {
    config: { access: { public: true } },
    schema: { tags: ['countries'], summary: 'Every ISO 3166-1 country and territory', response: { 200: CountryListSchema } },
    handler: async () => ({ countries: await countries.countries() }),
  });

  app.get('/api/partners', {
    config: { access: { public: true } },
    schema: {
      tags: ['countries'],
      summary: 'Partners: countries and international organisations',
      querystring: PartnerQuerySchema,
      response: { 200: PartnerListSchema },
    },
    handler: async (request) => ({ partners: await countries.partners(request.query.kind) }),
  });
};
