import { CladeTrendQuerySchema, CladeTrendSchema, MutationTrendQuerySchema, MutationTrendSchema, TrendCountriesSchema } from '../../../shared/schemas/research-trends';
import type { App } from '../../http/types';
import type { TrendsService } from './trends.service';

const PUBLIC = { public: true } as const;

/** Variant trends, public like the genomes they are computed from. */
export function trendsRoutes(app: App, trends: TrendsService): void {
  app.get('/api/research/trends/clades', {
    config: { access: PUBLIC },
    schema: {
      tags: ['research'],
      summary: 'Clade frequencies of one country’s analysed genomes by collection month (or ISO week), with counts and 95% Wilson intervals',
      querystring: CladeTrendQuerySchema,
      response: { 200: CladeTrendSchema },
    },
    handler: async (request) => trends.clades(request.query),
  });

  app.get('/api/research/trends/mutations', {
    config: { access: PUBLIC },
    schema: {
      tags: ['research'],
      summary: 'One mutation’s share of each country’s analysed genomes by month (or ISO week), and the first and latest dates it was seen there',
      querystring: MutationTrendQuerySchema,
      response: { 200: MutationTrendSchema },
    },
    handler: async (request) => trends.mutation(request.query),
  });

  app.get('/api/research/trends/countries', {
    config: { access: PUBLIC },
    schema: { tags: ['research'], summary: 'Countries with analysed genomes, most first, with their first and last collection dates', response: { 200: TrendCountriesSchema } },
    handler: async () => trends.countries(),
  });
}
