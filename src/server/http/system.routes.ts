import { HealthSchema } from '../../shared/schemas/common';
import type { RoutesPlugin } from './types';

export const systemRoutes: RoutesPlugin = (app, { dialect }) => {
  app.get('/api/health', {
    config: { access: { public: true } },
    schema: { tags: ['system'], summary: 'Liveness and which database is in use', response: { 200: HealthSchema } },
    handler: async () => ({ status: 'ok' as const, db: dialect }),
  });

  app.get('/api/openapi.json', {
    config: { access: { public: true } },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });
};
