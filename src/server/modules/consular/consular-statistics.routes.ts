import {
  CallHistoryImportSchema,
  CallHistorySummarySchema,
  HelpDeskQuerySchema,
  HelpDeskStatisticsSchema,
  ImportedCasesByOriginSchema,
  ImportedCasesWeeklySchema,
  ImportedStatisticsRangeSchema,
} from '../../../shared/schemas/consular-statistics';
import type { RoutesPlugin } from '../../http/types';

// The help desk's figures follow the desk: an officer's own post's, an admin's every post's or one (the service scopes them).
const OWN_POST = { roles: ['admin', 'consular_officer'], scope: 'own-post' } as const;
// Imported-case figures are the agency's, not any post's: consular officers and admins see all of them.
const OFFICERS = { roles: ['admin', 'consular_officer'], scope: 'all' } as const;
const tags = ['consular'];
const IMPORT_BODY_LIMIT = 25 * 1024 * 1024;

export const consularStatisticsRoutes: RoutesPlugin = (app, { consular }) => {
  app.post('/api/consular/call-history', {
    config: { access: OWN_POST },
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: { tags, summary: 'Import daily call counts (date,calls[,post]) to compare with last year: whole or not at all, a day already stored is replaced', body: CallHistoryImportSchema, response: { 201: CallHistorySummarySchema } },
    handler: async (request, reply) => reply.status(201).send(await consular.statistics.importCallHistory(request.actor, request.body.data)),
  });

  app.get('/api/consular/statistics/help-desk', {
    config: { access: OWN_POST },
    schema: { tags, summary: "Calls and cases per post-local day in [from, to] against the same days a year before; by topic, channel and post; SLA compliance. An admin may name one post (?postId), an officer only their own (another: 404)", querystring: HelpDeskQuerySchema, response: { 200: HelpDeskStatisticsSchema } },
    handler: async (request) => consular.statistics.helpDesk(request.actor, request.query),
  });

  app.get('/api/consular/statistics/imported-cases/weekly', {
    config: { access: OFFICERS },
    schema: { tags, summary: 'Imported cases per ISO week (by its Monday) in [from, to]: total, own-passport and student shares', querystring: ImportedStatisticsRangeSchema, response: { 200: ImportedCasesWeeklySchema } },
    handler: async (request) => consular.statistics.importedWeekly(request.query),
  });

  app.get('/api/consular/statistics/imported-cases/by-origin', {
    config: { access: OFFICERS },
    schema: { tags, summary: 'Imported cases arriving in [from, to] per origin country, with the own-passport and student shares of each', querystring: ImportedStatisticsRangeSchema, response: { 200: ImportedCasesByOriginSchema } },
    handler: async (request) => consular.statistics.importedByOrigin(request.query),
  });
};
