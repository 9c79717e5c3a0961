import {
  CaseIntakeSchema,
  CaseListSchema,
  CasePageSchema,
  CaseMessageInputSchema,
  CaseSchema,
  CaseEscalationSchema,
  CaseStatusChangeSchema,
  CaseViewQuerySchema,
  CitizenCaseInputSchema,
  CitizenMessageInputSchema,
  CitizenInputSchema,
  CitizenListSchema,
  CitizenSchema,
  ImportedCaseStatisticsSchema,
  ImportedCasesImportSchema,
  ImportedCasesRangeSchema,
  ImportedCasesSummarySchema,
  ImportedCasesJobSchema,
  PostIdParamsSchema,
  PostIdQuerySchema,
  PostInputSchema,
  PostListSchema,
  PostOfficerListSchema,
  PostSchema,
} from '../../../shared/schemas/consular';
import { IdParamsSchema } from '../../../shared/schemas/common';
import { ImportJobParamsSchema } from '../../../shared/schemas/import-jobs';
import type { RoutesPlugin } from '../../http/types';

// Imported-case figures are the agency's, not any post's: consular officers and admins see all of them.
const OFFICERS = { roles: ['admin', 'consular_officer'], scope: 'all' } as const;
// Officers reach their own post's citizens (the service answers 404 for others); admins all of them.
const OWN_POST = { roles: ['admin', 'consular_officer'], scope: 'own-post' } as const;
// A citizen reaches their own registration only.
const OWN_CITIZEN = { roles: ['citizen'], scope: 'own-account' } as const;
const tags = ['consular'];
// The JSON-encoded CSV text with some room for escaping.
const IMPORT_BODY_LIMIT = 25 * 1024 * 1024;

export const consularRoutes: RoutesPlugin = (app, { consular }) => {
  app.post('/api/consular/imported-cases', {
    config: { access: OFFICERS },
    bodyLimit: IMPORT_BODY_LIMIT,
    schema: {
      tags,
      summary: 'Import the health authority’s CSV of imported cases (whole or not at all)',
      description: 'The import runs as a job (ADR 063): 201 with its summary when it ends within about 25 s, else 202 with the job, whose Location the client reads until it has ended.',
      body: ImportedCasesImportSchema,
      response: { 201: ImportedCasesSummarySchema, 202: ImportedCasesJobSchema },
    },
    handler: async (request, reply) => {
      const outcome = await consular.submitCases(request.actor, request.body.data);
      if (outcome.done) return reply.status(201).send(outcome.result);
      return reply.status(202).header('location', `/api/consular/imported-cases/jobs/${outcome.job.id}`).send(outcome.job);
    },
  });

  app.get('/api/consular/imported-cases/jobs/:jobId', {
    config: { access: OFFICERS },
    schema: { tags, summary: 'An imported-cases import the POST answered with 202: queued, running, done with its summary, or failed with its error', params: ImportJobParamsSchema, response: { 200: ImportedCasesJobSchema } },
    handler: async (request) => consular.casesJob(request.params.jobId),
  });

  app.get('/api/consular/statistics/imported-cases', {
    config: { access: OFFICERS },
    schema: { tags, summary: 'Imported cases arriving in [from, to]: total, own-passport and student shares, by origin', querystring: ImportedCasesRangeSchema, response: { 200: ImportedCaseStatisticsSchema } },
    handler: async (request) => consular.importedCaseStatistics(request.query),
  });

  // Posts: the directory (names, cities, hours, phones, holidays) is public, as on any embassy's website.
  app.get('/api/consular/posts', {
    config: { access: { public: true } },
    schema: { tags, summary: 'Embassies and consulates general with their districts, hours, holidays and phones', response: { 200: PostListSchema } },
    handler: async () => ({ posts: await consular.posts.list() }),
  });

  app.put('/api/consular/posts/:postId', {
    config: { access: { roles: ['admin'], scope: 'all' } },
    schema: { tags, summary: 'Edit a post', params: PostIdParamsSchema, body: PostInputSchema, response: { 200: PostSchema } },
    handler: async (request) => consular.posts.update(request.actor, request.params.postId, request.body),
  });

  app.get('/api/consular/citizens', {
    config: { access: OWN_POST },
    schema: { tags, summary: "The citizens abroad registered with the officer's post (each read audited)", response: { 200: CitizenListSchema } },
    handler: async (request) => ({ citizens: await consular.citizens.list(request.actor) }),
  });

  app.post('/api/consular/citizens', {
    config: { access: OWN_POST },
    schema: { tags, summary: "Register a citizen abroad in the officer's post district", body: CitizenInputSchema, response: { 201: CitizenSchema } },
    handler: async (request, reply) => reply.status(201).send(await consular.citizens.register(request.actor, request.body)),
  });

  app.get('/api/consular/citizens/:id', {
    config: { access: OWN_POST },
    schema: { tags, summary: 'One citizen abroad (audited)', params: IdParamsSchema, response: { 200: CitizenSchema } },
    handler: async (request) => consular.citizens.get(request.actor, request.params.id),
  });

  app.put('/api/consular/citizens/:id', {
    config: { access: OWN_POST },
    schema: { tags, summary: 'Correct a citizen’s record', params: IdParamsSchema, body: CitizenInputSchema, response: { 200: CitizenSchema } },
    handler: async (request) => consular.citizens.update(request.actor, request.params.id, request.body),
  });

  app.get('/api/consular/me/registration', {
    config: { access: OWN_CITIZEN },
    schema: { tags, summary: 'The signed-in citizen’s own registration (404 before registering)', response: { 200: CitizenSchema } },
    handler: async (request) => consular.citizens.mine(request.actor),
  });

  app.post('/api/consular/me/registration', {
    config: { access: OWN_CITIZEN },
    schema: { tags, summary: 'Register oneself as a citizen abroad (once)', body: CitizenInputSchema, response: { 201: CitizenSchema } },
    handler: async (request, reply) => reply.status(201).send(await consular.citizens.register(request.actor, request.body)),
  });

  app.put('/api/consular/me/registration', {
    config: { access: OWN_CITIZEN },
    schema: { tags, summary: 'Correct one’s own registration', body: CitizenInputSchema, response: { 200: CitizenSchema } },
    handler: async (request) => {
      const mine = await consular.citizens.mine(request.actor);
      return consular.citizens.update(request.actor, mine.id, request.body);
    },
  });

  app.get('/api/consular/me/registration/export', {
    config: { access: OWN_CITIZEN },
    schema: { tags, summary: 'Download one’s own registration as JSON', response: { 200: CitizenSchema } },
    handler: async (request, reply) => {
      const mine = await consular.citizens.mine(request.actor);
      return reply.header('content-disposition', 'attachment; filename="my-consular-registration.json"').send(mine);
    },
  });

  // Help requests: the desk of the officer's post (404 for another post's case), and the citizen's own.
  app.get('/api/consular/cases', {
    config: { access: OWN_POST },
    schema: {
      tags,
      summary: "The post's help requests: all, mine, unassigned, due or breached, most urgent first, a page at a time",
      description: 'Ordered by urgency, then the nearest deadline not met yet; `limit` cases a page (50 by default, at most 200); pass `nextCursor` as `cursor` for the next page.',
      querystring: CaseViewQuerySchema,
      response: { 200: CasePageSchema },
    },
    handler: async (request) => consular.cases.list(request.actor, request.query.view, { limit: request.query.limit, cursor: request.query.cursor }),
  });

  app.post('/api/consular/cases', {
    config: { access: OWN_POST },
    schema: { tags, summary: 'Log a call or message: routed to the post covering the caller, linked to a known citizen by phone', body: CaseIntakeSchema, response: { 201: CaseSchema } },
    handler: async (request, reply) => reply.status(201).send(await consular.cases.intake(request.actor, request.body)),
  });

  app.get('/api/consular/cases/:id', {
    config: { access: OWN_POST },
    schema: { tags, summary: 'One help request with its timers, replies and internal notes', params: IdParamsSchema, response: { 200: CaseSchema } },
    handler: async (request) => consular.cases.get(request.actor, request.params.id),
  });

  app.post('/api/consular/cases/:id/messages', {
    config: { access: OWN_POST },
    schema: { tags, summary: 'Reply to the citizen or add an internal note', params: IdParamsSchema, body: CaseMessageInputSchema, response: { 200: CaseSchema } },
    handler: async (request) => consular.cases.message(request.actor, request.params.id, request.body.kind, request.body.body),
  });

  app.post('/api/consular/cases/:id/status', {
    config: { access: OWN_POST },
    schema: { tags, summary: 'Move a help request along new → assigned → waiting on citizen → resolved → closed', params: IdParamsSchema, body: CaseStatusChangeSchema, response: { 200: CaseSchema } },
    handler: async (request) => consular.cases.setStatus(request.actor, request.params.id, request.body.status, request.body.assignedTo),
  });

  app.post('/api/consular/cases/:id/escalate', {
    config: { access: OWN_POST },
    schema: { tags, summary: 'Escalate a help request to an officer of its post (a supervisor, the post head)', params: IdParamsSchema, body: CaseEscalationSchema, response: { 200: CaseSchema } },
    handler: async (request) => consular.cases.escalate(request.actor, request.params.id, request.body.to, request.body.reason),
  });

  app.get('/api/consular/officers', {
    config: { access: OWN_POST },
    schema: { tags, summary: "The officers of the caller's post (an admin names one with ?postId), to assign or escalate to", querystring: PostIdQuerySchema, response: { 200: PostOfficerListSchema } },
    handler: async (request) => ({ officers: await consular.cases.officers(request.actor.role === 'consular_officer' ? (request.actor.postId ?? '') : (request.query.postId ?? '')) }),
  });

  app.get('/api/consular/me/cases', {
    config: { access: OWN_CITIZEN },
    schema: { tags, summary: 'The signed-in citizen’s own help requests (without internal notes)', response: { 200: CaseListSchema } },
    handler: async (request) => ({ cases: await consular.cases.mine(request.actor) }),
  });

  app.post('/api/consular/me/cases', {
    config: { access: OWN_CITIZEN },
    schema: { tags, summary: 'Ask one’s post for help', body: CitizenCaseInputSchema, response: { 201: CaseSchema } },
    handler: async (request, reply) => reply.status(201).send(await consular.cases.ask(request.actor, request.body)),
  });

  app.get('/api/consular/me/cases/:id', {
    config: { access: OWN_CITIZEN },
    schema: { tags, summary: 'One of one’s own help requests', params: IdParamsSchema, response: { 200: CaseSchema } },
    handler: async (request) => consular.cases.get(request.actor, request.params.id),
  });

  app.post('/api/consular/me/cases/:id/messages', {
    config: { access: OWN_CITIZEN },
    schema: { tags, summary: 'Reply on one’s own help request (reopens it when it waits on you or was resolved)', params: IdParamsSchema, body: CitizenMessageInputSchema, response: { 200: CaseSchema } },
    handler: async (request) => consular.cases.message(request.actor, request.params.id, 'citizen', request.body.body),
  });
};
