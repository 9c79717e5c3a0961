import { AuditActionsSchema, AuditPageSchema, AuditQuerySchema } from '../../../shared/schemas/audit';
import type { RoutesPlugin } from '../../http/types';

export const auditRoutes: RoutesPlugin = (app, { audit }) => {
  app.get('/api/audit/actions', {
    config: { access: { roles: ['admin'], scope: 'all' } },
    schema: { tags: ['audit'], summary: 'The actions the audit log holds, for its filter', response: { 200: AuditActionsSchema } },
    handler: async () => ({ actions: await audit.actions() }),
  });

  app.get('/api/audit', {
    config: { access: { roles: ['admin'], scope: 'all' } },
    schema: { tags: ['audit'], summary: 'Read the audit log, newest first', querystring: AuditQuerySchema, response: { 200: AuditPageSchema } },
    handler: async (request) => audit.list(request.query),
  });
};
