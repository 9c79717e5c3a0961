import {
  ImportListSchema,
  ImportRequestSchema,
  ImportSummarySchema,
  OverviewQuerySchema,
  OverviewSchema,
  OverviewSummarySchema,
  SeriesParamsSchema,
  SeriesQuerySchema,
  CountrySeriesSchema,
  SeverityWeightsResponseSchema,
  SeverityWeightsUpdateSchema,
  ShowSourceSchema,
  SourceListSchema,
  WorldSeriesSchema,
  SeriesImportJobSchema,
} from '../../../shared/schemas/situation';
import { ImportJobParamsSchema } from '../../../shared/schemas/import-jobs';
import { ArrivalCheckQuerySchema,
  ArrivalCheckSchema,
  ImportationRiskQuerySchema, ImportationRiskSchema, SpreadQuerySchema, SpreadSchema } from '../../../shared/schemas/spread';
import { ForecastParamsSchema, ForecastQuerySchema, ForecastSchema } from '../../../shared/schemas/situation-forecast';
import type { RoutesPlugin } from '../../http/types';
import { sendPrepared } from '../../http/prepared-body';

/** A full JHU pair is about 3 MB; OWID's long file tens of MB. */
const IMPORT_BODY_LIMIT = 50 * 1024 * 1024;

export const situationRoutes: RoutesPlugin = (app, { situation }) => {
  app.get('/api/situation/countries/:iso3/series', {
    config: { access: { public: true } },
    schema: {
      tags: ['situation'],
      summary: "One country's cases, deaths and indicators per day (R_t by Cori et al.)",
      params: SeriesParamsSchema,
      querystring: SeriesQuerySchema,
      response: { 200: CountrySeriesSchema },
    },
    handler: async (request) => situation.countrySeries(request.params.iso3, request.query),
  });

  app.get('/api/situation/countries/:iso3/forecast', {
    config: { access: { public: true } },
    schema: {
      tags: ['situation'],
      summary: 'Forecast of weekly new cases 1–4 weeks after a date, at the 23 Forecast Hub quantile levels (renewal equation from R_t)',
      description:
        'Made only from data up to `origin` (default: the latest date). Each horizon is the forecast of new cases in the 7 days ending origin + 7 × horizon days. When no forecast can be made, `horizons` is empty and `reason` says why. The backtest score against the Forecast Hub baseline is added once computed (docs/decisions/042).',
      params: ForecastParamsSchema,
      querystring: ForecastQuerySchema,
      response: { 200: ForecastSchema },
    },
    handler: async (request) => situation.forecast(request.params.iso3, request.query.origin),
  });

  // The overviews and the world series are computed once per data version and sent pre-serialised.
  app.get('/api/situation/overview', {
    config: { access: { public: true } },
    schema: {
      tags: ['situation'],
      summary: "Every country's severity and headline indicators on a date (default: the latest), in columns, most severe first",
      description: 'Rounded to 3 significant digits and about 2 kB compressed: the map, the date player and the ranking. Full precision and the severity breakdown: /api/situation/overview/details.',
      querystring: OverviewQuerySchema,
      response: { 200: OverviewSummarySchema },
    },
    handler: async (request, reply) => sendPrepared(request, reply, await situation.overviewSummary(request.query.date)),
  });

  app.get('/api/situation/overview/details', {
    config: { access: { public: true } },
    schema: {
      tags: ['situation'],
      summary: "Every country's indicators and severity with its breakdown on a date (default: the latest), most severe first",
      querystring: OverviewQuerySchema,
      response: { 200: OverviewSchema },
    },
    handler: async (request, reply) => sendPrepared(request, reply, await situation.overview(request.query.date)),
  });

  app.get('/api/situation/world/series', {
    config: { access: { public: true } },
    schema: { tags: ['situation'], summary: 'World totals per day and their indicators', response: { 200: WorldSeriesSchema } },
    handler: async (request, reply) => sendPrepared(request, reply, await situation.worldSeries()),
  });

  app.get('/api/situation/spread', {
    config: { access: { public: true } },
    schema: {
      tags: ['situation'],
      summary: "Every country's effective distance from an origin over the air network (Brockmann & Helbing 2013)",
      description: 'F_mn = routes from country n to m (OpenFlights, ODbL 1.0: credit OpenFlights), P_mn = F_mn / Σ_k F_kn, d_mn = 1 − ln P_mn, the effective distance the shortest path over d. ADR 040.',
      querystring: SpreadQuerySchema,
      response: { 200: SpreadSchema },
    },
    handler: async (request) => situation.spread.spread(request.query),
  });

  app.get('/api/situation/importation-risk', {
    config: { access: { public: true } },
    schema: {
      tags: ['situation'],
      summary: 'Infections each country is expected to import by air in a week, from the incidence on a date (default: the latest), highest first',
      description: 'Σ_n prevalence_n × weekly travellers n → m; prevalence from the 7-day incidence, the infectious period and the share of infections reported (ADR 040).',
      querystring: ImportationRiskQuerySchema,
      response: { 200: ImportationRiskSchema },
    },
    handler: async (request) => situation.spread.importationRisk(request.query),
  });

  app.get('/api/situation/spread/arrival-check', {
    config: { access: { public: true } },
    schema: {
      tags: ['situation'],
      summary: 'Effective distance and great-circle distance beside each country’s first reported case, with their Spearman correlations',
      description: 'On the data imported now; countries reporting on the series’ first day, never reporting or off the network are listed apart (ADR 040).',
      querystring: ArrivalCheckQuerySchema,
      response: { 200: ArrivalCheckSchema },
    },
    handler: async (request) => situation.spread.arrivalCheck(request.query),
  });

  app.post('/api/situation/imports', {
    config: { access: { roles: ['coordinator', 'admin'], scope: 'all' } },
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags: ['situation'],
      summary: "Import a JHU (confirmed + deaths), OWID or WHO file: replaces that source's series, whole or not at all, and shows it",
      description:
        'An import under half the countries or country-days of the source shown is refused with 409 and key situation.import-much-smaller (params compare the two) unless `confirm` is true (ADR 066). The import runs as a job (ADR 063): 201 with its summary when it ends within about 25 s, else 202 with the job, whose Location the client reads until it has ended.',
      body: ImportRequestSchema,
      response: { 201: ImportSummarySchema, 202: SeriesImportJobSchema },
    },
    // A job on the queue (ADR 063): its summary (201) or refusal when it ends within the wait, else the job (202) to poll.
    handler: async (request, reply) => {
      const outcome = await situation.submitImport(request.actor, request.body);
      if (outcome.done) return reply.status(201).send(outcome.result);
      return reply.status(202).header('location', `/api/situation/imports/jobs/${outcome.job.id}`).send(outcome.job);
    },
  });

  app.get('/api/situation/imports/jobs/:jobId', {
    config: { access: { roles: ['coordinator', 'admin'], scope: 'all' } },
    schema: {
      tags: ['situation'],
      summary: 'An import the POST answered with 202: queued, running, done with its summary, or failed with the error the POST would have answered',
      params: ImportJobParamsSchema,
      response: { 200: SeriesImportJobSchema },
    },
    handler: async (request) => situation.importJob(request.params.jobId),
  });

  app.get('/api/situation/imports', {
    config: { access: { roles: ['coordinator', 'admin'], scope: 'all' } },
    schema: { tags: ['situation'], summary: 'The latest imports with their summaries', response: { 200: ImportListSchema } },
    handler: async () => ({ imports: await situation.imports() }),
  });

  app.get('/api/situation/sources', {
    config: { access: { roles: ['coordinator', 'admin'], scope: 'all' } },
    schema: {
      tags: ['situation'],
      summary: 'Every imported source with what its series cover (countries, dates, country-days), its latest import, and the one shown',
      response: { 200: SourceListSchema },
    },
    handler: async () => situation.sources(),
  });

  app.put('/api/situation/sources/shown', {
    config: { access: { roles: ['coordinator', 'admin'], scope: 'all' } },
    schema: {
      tags: ['situation'],
      summary: 'Choose which imported source the Situation pages and the aid priorities show (e.g. go back to an earlier one)',
      description: 'A source without stored series is refused (422, key situation.source-empty). Audited as situation.shown-source. ADR 066.',
      body: ShowSourceSchema,
      response: { 200: SourceListSchema },
    },
    handler: async (request) => situation.showSource(request.actor, request.body.source),
  });

  app.get('/api/situation/severity-weights', {
    config: { access: { public: true } },
    schema: { tags: ['situation'], summary: 'The weights of the severity index (ADR 021)', response: { 200: SeverityWeightsResponseSchema } },
    handler: async () => situation.severityWeights(),
  });

  app.put('/api/situation/severity-weights', {
    config: { access: { roles: ['coordinator', 'admin'], scope: 'all' } },
    schema: { tags: ['situation'], summary: 'Change the weights of the severity index', body: SeverityWeightsUpdateSchema, response: { 200: SeverityWeightsResponseSchema } },
    handler: async (request) => situation.setSeverityWeights(request.actor, request.body.weights),
  });
};
