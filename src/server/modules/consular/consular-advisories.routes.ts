import {
  AdvisoryInputSchema,
  AdvisoryListSchema,
  AdvisoryPublicQuerySchema,
  AdvisoryReachSchema,
  AdvisorySchema,
  MyAdvisoryListSchema,
  PublicAdvisoryListSchema,
} from '../../../shared/schemas/consular-advisories';
import { IdParamsSchema } from '../../../shared/schemas/common';
import type { RoutesPlugin } from '../../http/types';

// Officers write and publish their own post's advisories (404 for another post's); admins and coordinators
// any post's. The published text is public, as on an embassy's website; who it reached is not.
const WRITERS = { roles: ['admin', 'coordinator', 'consular_officer'], scope: 'own-post' } as const;
const OWN_CITIZEN = { roles: ['citizen'], scope: 'own-account' } as const;
const tags = ['consular'];

export const consularAdvisoriesRoutes: RoutesPlugin = (app, { consular }) => {
  const advisories = consular.advisories;

  app.get('/api/consular/advisories/published', {
    config: { access: { public: true } },
    schema: { tags, summary: 'Published advisories (plain text, English and Chinese), optionally one post’s', querystring: AdvisoryPublicQuerySchema, response: { 200: PublicAdvisoryListSchema } },
    handler: async (request) => ({ advisories: await advisories.publicList(request.query.postId) }),
  });

  app.get('/api/consular/advisories', {
    config: { access: WRITERS },
    schema: { tags, summary: 'The post’s advisories with every version and their reach', response: { 200: AdvisoryListSchema } },
    handler: async (request) => ({ advisories: await advisories.list(request.actor) }),
  });

  app.post('/api/consular/advisories', {
    config: { access: WRITERS },
    schema: { tags, summary: 'Write an advisory (version 1, not yet published)', body: AdvisoryInputSchema, response: { 201: AdvisorySchema } },
    handler: async (request, reply) => reply.status(201).send(await advisories.create(request.actor, request.body)),
  });

  app.get('/api/consular/advisories/:id', {
    config: { access: WRITERS },
    schema: { tags, summary: 'One advisory with every version and its reach', params: IdParamsSchema, response: { 200: AdvisorySchema } },
    handler: async (request) => advisories.get(request.actor, request.params.id),
  });

  app.put('/api/consular/advisories/:id', {
    config: { access: WRITERS },
    schema: { tags, summary: 'Edit an advisory: a new version, the earlier ones kept', params: IdParamsSchema, body: AdvisoryInputSchema, response: { 200: AdvisorySchema } },
    handler: async (request) => advisories.revise(request.actor, request.params.id, request.body),
  });

  app.post('/api/consular/advisories/:id/publish', {
    config: { access: WRITERS },
    schema: { tags, summary: 'Publish the current version and send it to the citizens of its audience', params: IdParamsSchema, response: { 200: AdvisorySchema } },
    handler: async (request) => advisories.publish(request.actor, request.params.id),
  });

  app.get('/api/consular/advisories/:id/recipients', {
    config: { access: WRITERS },
    schema: { tags, summary: 'Who the advisory was sent to and who opened it', params: IdParamsSchema, response: { 200: AdvisoryReachSchema } },
    handler: async (request) => advisories.recipients(request.actor, request.params.id),
  });

  app.get('/api/consular/me/advisories', {
    config: { access: OWN_CITIZEN },
    schema: { tags, summary: 'The advisories sent to the signed-in citizen', response: { 200: MyAdvisoryListSchema } },
    handler: async (request) => ({ advisories: await advisories.mine(request.actor) }),
  });

  app.post('/api/consular/me/advisories/:id/open', {
    config: { access: OWN_CITIZEN },
    schema: { tags, summary: 'Record that the citizen opened an advisory sent to them; answers their advisories', params: IdParamsSchema, response: { 200: MyAdvisoryListSchema } },
    handler: async (request) => {
      await advisories.open(request.actor, request.params.id);
      return { advisories: await advisories.mine(request.actor) };
    },
  });
};
