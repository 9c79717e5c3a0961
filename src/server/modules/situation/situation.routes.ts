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
  WorldSeriesSchema,
} from '../../../shared/schemas/situation';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RoutesPlugin } from '../../http/types';
import type { PreparedBody } from './prepared-body';

const ENCODINGS = ['br', 'gzip', 'identity'];

/**
 * Sends a body serialised once (and typed by its schema when it was built), in the best encoding the client
 * accepts (brotli, gzip, none), or 304 when the client already holds this version.
 */
function sendPrepared(request: FastifyRequest, reply: FastifyReply, body: PreparedBody) {
  reply.header('etag', body.etag).header('vary', 'accept-encoding').header('cache-control', 'no-cache');
  if (request.headers['if-none-match'] === body.etag) return reply.status(304).send();
  reply.type('application/json; charset=utf-8');
  const accepted = request.headers['accept-encoding'];
  const encoding = accepted ? negotiate(accepted, ENCODINGS) : 'identity';
  if (encoding === 'br') return reply.header('content-encoding', 'br').send(body.brotli);
  if (encoding === 'gzip') return reply.header('content-encoding', 'gzip').send(body.gzip);
  return reply.send(body.json);
}

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

  app.post('/api/situation/imports', {
    config: { access: { roles: ['coordinator', 'admin'], scope: 'all' } },
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags: ['situation'],
      summary: "Import a JHU (confirmed + deaths), OWID or WHO file: replaces that source's series, whole or not at all",
      body: ImportRequestSchema,
      response: { 201: ImportSummarySchema },
    },
    handler: async (request, reply) => reply.status(201).send(await situation.importFiles(request.actor, request.body)),
  });

  app.get('/api/situation/imports', {
    config: { access: { roles: ['coordinator', 'admin'], scope: 'all' } },
    schema: { tags: ['situation'], summary: 'The latest imports with their summaries', response: { 200: ImportListSchema } },
    handler: async () => ({ imports: await situation.imports() }),
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
