import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { IdParamsSchema } from '../../../shared/schemas/common';
import {
  CompareQuerySchema,
  ComparisonSchema,
  MyResultsSchema,
  PendingVersionsSchema,
  RESULT_MODERATORS,
  ResultCiteQuerySchema,
  ResultDetailSchema,
  ResultExportQuerySchema,
  ResultImportedSchema,
  ResultImportSchema,
  ResultsPageSchema,
  ResultsQuerySchema,
  ResultSubmitSchema,
  ResultVersionParamsSchema,
  ReviewNoteSchema,
  WithdrawSchema,
  type ResultExportFormat,
} from '../../../shared/schemas/research-results';
import type { App } from '../../http/types';
import type { ResultsService } from './results.service';

const PUBLIC = { public: true } as const;
const SUBMIT = { roles: ['researcher', ...RESULT_MODERATORS], scope: 'all' } as const;
/** An author reaches their own results; a moderator everyone's (the service answers 404 otherwise). */
const AUTHORS = { roles: SUBMIT.roles, scope: 'own-records' } as const;
const MODERATORS = { roles: RESULT_MODERATORS, scope: 'all' } as const;

const FORMATS: Record<ResultExportFormat, { type: string; extension: string }> = {
  bibtex: { type: 'application/x-bibtex; charset=utf-8', extension: 'bib' },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', extension: 'ris' },
  csl: { type: 'application/vnd.citationstyles.csl+json; charset=utf-8', extension: 'json' },
  csv: { type: 'text/csv; charset=utf-8', extension: 'csv' },
};
const TextSchema = z.string();
const links = (request: FastifyRequest) => ({ origin: `${request.protocol}://${request.host}` });

export function resultsRoutes(app: App, results: ResultsService): void {
  app.get('/api/research/results', {
    config: { access: PUBLIC },
    schema: { tags: ['research'], summary: 'Search published results by facet (kind, topic, country, phase, intervention, date) and text in English or Chinese, with facet counts', querystring: ResultsQuerySchema, response: { 200: ResultsPageSchema } },
    handler: async (request) => results.search(request.query),
  });

  app.get('/api/research/results/feed.atom', {
    config: { access: PUBLIC },
    schema: { tags: ['research'], summary: 'Atom feed of the newest published results and corrections', response: { 200: TextSchema } },
    handler: async (request, reply) => reply.type('application/atom+xml; charset=utf-8').send(await results.feed(links(request))),
  });

  app.get('/api/research/results/export', {
    config: { access: PUBLIC },
    schema: { tags: ['research'], summary: 'The results a search finds (at most 10,000) as BibTeX, RIS, CSL-JSON or CSV', querystring: ResultExportQuerySchema, response: { 200: TextSchema } },
    handler: async (request, reply) => {
      const { format, ...filter } = request.query;
      const spec = FORMATS[format];
      return reply
        .type(spec.type)
        .header('content-disposition', `attachment; filename="concord-results.${spec.extension}"`)
        .send(await results.export(filter, format, links(request)));
    },
  });

  app.get('/api/research/results/compare', {
    config: { access: PUBLIC },
    schema: { tags: ['research'], summary: 'The published trials of one intervention side by side: their outcomes with estimates and intervals', querystring: CompareQuerySchema, response: { 200: ComparisonSchema } },
    handler: async (request) => results.compare(request.query.intervention, request.query.primaryOnly === 'true'),
  });

  app.get('/api/research/results/mine', {
    config: { access: AUTHORS },
    schema: { tags: ['research'], summary: 'My results in every state (drafts, pending, published, rejected, withdrawn)', response: { 200: MyResultsSchema } },
    handler: async (request) => results.mine(request.actor),
  });

  app.get('/api/research/results/pending', {
    config: { access: MODERATORS },
    schema: { tags: ['research'], summary: 'Submissions and corrections waiting for a moderator', response: { 200: PendingVersionsSchema } },
    handler: async () => results.pending(),
  });

  app.get('/api/research/results/:id', {
    config: { access: PUBLIC },
    schema: { tags: ['research'], summary: 'One result: its published version to anyone; unpublished ones only to their author and moderators (404 otherwise)', params: IdParamsSchema, querystring: z.object({ version: z.coerce.number().int().positive().max(10_000).optional() }), response: { 200: ResultDetailSchema } },
    handler: async (request) => results.detail(request.actor, request.params.id, request.query.version),
  });

  app.get('/api/research/results/:id/cite', {
    config: { access: PUBLIC },
    schema: { tags: ['research'], summary: 'One result as BibTeX, RIS, CSL-JSON or CSV', params: IdParamsSchema, querystring: ResultCiteQuerySchema, response: { 200: TextSchema } },
    handler: async (request, reply) => {
      const spec = FORMATS[request.query.format];
      const body = await results.cite(request.actor, request.params.id, request.query.format, links(request));
      return reply.type(spec.type).header('content-disposition', `attachment; filename="concord-result-${request.params.id}.${spec.extension}"`).send(body);
    },
  });

  app.post('/api/research/results', {
    config: { access: SUBMIT },
    schema: { tags: ['research'], summary: 'Submit a result; it is published only when a moderator accepts it', body: ResultSubmitSchema, response: { 201: ResultDetailSchema } },
    handler: async (request, reply) => reply.status(201).send(await results.submit(request.actor, request.body)),
  });

  app.post('/api/research/results/import', {
    config: { access: SUBMIT },
    schema: { tags: ['research'], summary: 'Import a list of DOIs or a RIS or BibTeX file as drafts to complete (no network); problems name their entry and line', body: ResultImportSchema, response: { 201: ResultImportedSchema } },
    handler: async (request, reply) => reply.status(201).send(await results.import(request.actor, request.body)),
  });

  app.post('/api/research/results/:id/versions', {
    config: { access: AUTHORS },
    schema: { tags: ['research'], summary: 'A correction (or the completion of a draft): a new version, published when a moderator accepts it', params: IdParamsSchema, body: ResultSubmitSchema, response: { 201: ResultDetailSchema } },
    handler: async (request, reply) => reply.status(201).send(await results.revise(request.actor, request.params.id, request.body)),
  });

  app.post('/api/research/results/:id/withdraw', {
    config: { access: AUTHORS },
    schema: { tags: ['research'], summary: 'Withdraw a result with a notice (its author or a moderator); it stays readable under the notice', params: IdParamsSchema, body: WithdrawSchema, response: { 200: ResultDetailSchema } },
    handler: async (request) => results.withdraw(request.actor, request.params.id, request.body.notice),
  });

  for (const decision of ['publish', 'reject'] as const) {
    app.post(`/api/research/results/:id/versions/:version/${decision}`, {
      config: { access: MODERATORS },
      schema: { tags: ['research'], summary: decision === 'publish' ? 'Publish a pending version (audited); 409 if already reviewed' : 'Reject a pending version with a note (audited)', params: ResultVersionParamsSchema, body: ReviewNoteSchema, response: { 200: ResultDetailSchema } },
      handler: async (request) => (decision === 'publish' ? results.publish : results.reject)(request.actor, request.params.id, request.params.version, request.body.note),
    });
  }
}
