import { ImportedCaseStatisticsSchema, ImportedCasesImportSchema, ImportedCasesRangeSchema, ImportedCasesSummarySchema } from '../../../shared/schemas/consular';
import type { RoutesPlugin } from '../../http/types';

// Imported-case figures are the agency's, not any post's: consular officers and admins see all of them.
const OFFICERS = { roles: ['admin', 'consular_officer'], scope: 'all' } as const;
const tags = ['consular'];
// The JSON-encoded CSV text with some room for escaping.
const IMPORT_BODY_LIMIT = 25 * 1024 * 1024;

export const consularRoutes: RoutesPlugin = (app, { consular }) => {
  app.post('/api/consular/imported-cases', {
    config: { access: OFFICERS },
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: { tags, summary: 'Import the health authority’s CSV of imported cases (whole or not at all)', body: ImportedCasesImportSchema, response: { 201: ImportedCasesSummarySchema } },
    handler: async (request, reply) => reply.status(201).send(await consular.importCases(request.actor, request.body.data)),
  });

  app.get('/api/consular/statistics/imported-cases', {
    config: { access: OFFICERS },
    schema: { tags, summary: 'Imported cases arriving in [from, to]: total, own-passport and student shares, by origin', querystring: ImportedCasesRangeSchema, response: { 200: ImportedCaseStatisticsSchema } },
    handler: async (request) => consular.importedCaseStatistics(request.query),
  });
};
