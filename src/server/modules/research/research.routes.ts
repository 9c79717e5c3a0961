import type { FastifyReply, FastifyRequest } from 'fastify';
import { IdParamsSchema, OkSchema, PageQuerySchema } from '../../../shared/schemas/common';
import {
  AccessStatsSchema,
  DatasetFileParamsSchema,
  DatasetGenesSchema,
  DownloadQuerySchema,
  GenomeDetailSchema,
  GenomePageSchema,
  GenomeSearchSchema,
  PageVisitSchema,
  JobStatusSchema,
  ReanalysisStatusSchema,
  StatsQuerySchema,
  SubmissionPageSchema,
  SubmissionSchema,
} from '../../../shared/schemas/research';
import type { RoutesPlugin } from '../../http/types';
import { trendsRoutes } from './trends.routes';
import { vaccinesRoutes } from './vaccines.routes';
import { resultsRoutes } from './results.routes';
import { DOWNLOADS_AT_ONCE, downloadSlots } from './download-slots';
import type { Download } from './research.service';

const RESEARCHERS = { roles: ['researcher', 'admin'], scope: 'all' } as const;
/** A researcher reaches their own submissions; an admin everyone's (the service answers 404 otherwise). */
const OWN_SUBMISSIONS = { roles: ['researcher', 'admin'], scope: 'own-records' } as const;
const PUBLIC = { public: true } as const;
const ADMINS = { roles: ['admin'], scope: 'all' } as const;
const SUBMISSION_BODY_LIMIT = 64 * 1024 * 1024;
/** Page visits one address may post a minute: a person browsing posts a few; a script is cut off. */
const VISIT_POSTS_PER_MINUTE = 60;

export const researchRoutes: RoutesPlugin = (app, { research }) => {
  // Visits of the research API are counted for the public statistics, with the visitor's country, once per
  // visitor and day (research.service.ts). request.ip honours X-Forwarded-For only from the proxies TRUST_PROXY names.
  const logVisit = async (request: FastifyRequest, reply: FastifyReply) => {
    if (reply.statusCode >= 400) return;
    await research.logAccess({ kind: 'visit', ip: request.ip, path: request.url.split('?')[0] ?? '' }).catch((err: unknown) => request.log.warn({ err }, 'access log failed'));
  };

  trendsRoutes(app, research.trends);
  vaccinesRoutes(app, research.vaccines);
  resultsRoutes(app, research.results);
  const slots = downloadSlots(DOWNLOADS_AT_ONCE);

  app.addHook('onReady', () => research.resume());
  app.addHook('onClose', () => research.close());

  app.post('/api/research/submissions', {
    config: { access: RESEARCHERS },
    bodyLimit: SUBMISSION_BODY_LIMIT,
    schema: {
      tags: ['research'],
      summary: 'Submit genomes: FASTA and a metadata TSV (strain, date, country, host, originating_lab, submitting_lab); analysed in the background',
      body: SubmissionSchema,
      response: { 202: JobStatusSchema },
    },
    handler: async (request, reply) => reply.status(202).send(await research.submit(request.actor, request.body)),
  });

  app.get('/api/research/submissions', {
    config: { access: OWN_SUBMISSIONS },
    schema: { tags: ['research'], summary: 'My submissions with the status of their analysis, newest first (an admin: everyone’s)', querystring: PageQuerySchema, response: { 200: SubmissionPageSchema } },
    handler: async (request) => research.submissions(request.actor, request.query),
  });

  app.get('/api/research/submissions/:id', {
    config: { access: OWN_SUBMISSIONS },
    schema: { tags: ['research'], summary: 'The analysis job of one of my submissions', params: IdParamsSchema, response: { 200: JobStatusSchema } },
    handler: async (request) => research.job(request.actor, request.params.id),
  });

  app.post('/api/research/submissions/:id/retry', {
    config: { access: OWN_SUBMISSIONS },
    schema: {
      tags: ['research'],
      summary: 'Analyse again the genomes a submission left pending or failed; 409 while it is being analysed or when nothing is left',
      params: IdParamsSchema,
      response: { 202: JobStatusSchema },
    },
    handler: async (request, reply) => reply.status(202).send(await research.retry(request.actor, request.params.id)),
  });

  app.get('/api/research/reanalysis', {
    config: { access: ADMINS },
    schema: { tags: ['research'], summary: 'Stored analyses made under another analyser version or dataset than today’s (ADR 014)', response: { 200: ReanalysisStatusSchema } },
    handler: async () => research.reanalysisStatus(),
  });

  app.post('/api/research/reanalysis', {
    config: { access: ADMINS },
    schema: {
      tags: ['research'],
      summary: 'Analyse again every stored genome analysed under another version, in the background; 409 when none is',
      description: 'Each genome keeps its old analysis, in search and trends, until the new one is stored. Audited (research.reanalysis.start and .finish).',
      response: { 202: ReanalysisStatusSchema },
    },
    handler: async (request, reply) => reply.status(202).send(await research.reanalyse(request.actor)),
  });

  app.get('/api/research/genomes', {
    config: { access: PUBLIC },
    onResponse: logVisit,
    schema: { tags: ['research'], summary: 'Search genomes by mutation (C241T, S:D614G), clade, country, collection date and QC status', querystring: GenomeSearchSchema, response: { 200: GenomePageSchema } },
    handler: async (request) => research.search(request.query),
  });

  app.get('/api/research/genomes/download', {
    config: { access: PUBLIC },
    schema: { tags: ['research'], summary: 'Download the genomes of a search as FASTA, TSV (metadata + analysis) or NDJSON, streamed; genomes whose analysis failed only with includeFailed=true; at most 2 at once per address (429)', querystring: DownloadQuerySchema },
    handler: async (request, reply) => {
      const release = slots.take(request.ip);
      let download: Download | undefined;
      // The slot and the download's snapshot are given back when the response ends, is cut off, or fails before it starts.
      reply.raw.once('close', () => {
        release();
        download?.body.destroy();
      });
      try {
        download = await research.download(request.query);
        await research.logAccess({ kind: 'download', ip: request.ip, path: request.url.split('?')[0] ?? '', format: request.query.format, count: download.count });
      } catch (error) {
        release();
        download?.body.destroy();
        throw error;
      }
      return reply
        .type(download.contentType)
        .header('content-disposition', `attachment; filename="${download.filename}"`)
        .header('x-genome-count', String(download.count))
        .send(download.body);
    },
  });

  app.get('/api/research/genomes/:id', {
    config: { access: PUBLIC },
    onResponse: logVisit,
    schema: { tags: ['research'], summary: 'One genome with its metadata and analysis', params: IdParamsSchema, response: { 200: GenomeDetailSchema } },
    handler: async (request) => research.genome(request.params.id),
  });

  app.get('/api/research/stats', {
    config: { access: PUBLIC },
    onResponse: logVisit,
    schema: { tags: ['research'], summary: 'Visitors, countries and downloads, in total and per day', querystring: StatsQuerySchema, response: { 200: AccessStatsSchema } },
    handler: async (request) => research.stats(request.query),
  });

  app.post('/api/research/visits', {
    config: { access: PUBLIC, rateLimit: { max: VISIT_POSTS_PER_MINUTE, timeWindow: '1 minute' } },
    schema: { tags: ['research'], summary: 'Count a visit of a research page that reads nothing from this API', body: PageVisitSchema, response: { 200: OkSchema } },
    handler: async (request) => {
      await research.logAccess({ kind: 'visit', ip: request.ip, path: request.body.path });
      return { ok: true as const };
    },
  });

  app.get('/api/research/dataset', {
    config: { access: PUBLIC },
    schema: { tags: ['research'], summary: 'The pathogen dataset: reference length and genes (1-based, closed)', response: { 200: DatasetGenesSchema } },
    handler: async () => research.datasetGenes(),
  });

  app.get('/api/research/dataset/files/:file', {
    config: { access: PUBLIC },
    schema: { tags: ['research'], summary: 'A file of the pathogen dataset, for analysis in the browser', params: DatasetFileParamsSchema },
    handler: async (request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return reply.type('text/plain; charset=utf-8').send(await research.datasetFile(request.params.file));
    },
  });
};
