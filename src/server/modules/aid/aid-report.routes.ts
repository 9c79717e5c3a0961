import { AidFiguresSchema, FiguresQuerySchema } from '../../../shared/schemas/aid-figures';
import type { RoutesPlugin } from '../../http/types';

// What the agency publishes and reports: the figures as of a date, and the IATI activity export.
const REPORTERS = { roles: ['coordinator', 'admin'], scope: 'all' } as const;
const tags = ['aid'];

export const aidReportRoutes: RoutesPlugin = (app, { aid }) => {
  app.get('/api/aid/figures', {
    config: { access: REPORTERS },
    schema: {
      tags,
      summary: 'Countries, organisations and batches assisted as of a date, with the material part by region, item, batch and month',
      querystring: FiguresQuerySchema,
      response: { 200: AidFiguresSchema },
    },
    handler: async (request) => aid.figures.figures(request.query.date),
  });

  app.get('/api/aid/iati/activities.xml', {
    config: { access: REPORTERS },
    schema: { tags, summary: 'Every batch consignment to one partner as an IATI 2.03 activity (streamed XML); 409 while there is none to report' },
    handler: async (_request, reply) => {
      const xml = await aid.iati.activitiesXml();
      return reply.type('application/xml; charset=utf-8').header('content-disposition', 'attachment; filename="activities.xml"').send(xml);
    },
  });
};
