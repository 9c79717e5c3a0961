import { sql } from 'kysely';
import { HealthSchema } from '../../shared/schemas/common';
import type { RoutesPlugin } from './types';

export const systemRoutes: RoutesPlugin = (app, { db, dialect }) => {
  app.get('/api/health', {
    config: { access: { public: true } },
    schema: { tags: ['system'], summary: 'Liveness and which database is in use', response: { 200: HealthSchema } },
    handler: async () => {
      // A round trip to the database: "ok" means the app can serve, not only that the process is up.
      await sql`select 1`.execute(db);
      return { status: 'ok' as const, db: dialect };
    },
  });

  app.get('/api/openapi.json', {
    config: { access: { public: true } },
    schema: { hide: true },
    handler: async () => app.swagger(),
  });
};
