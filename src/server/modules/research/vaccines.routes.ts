import { z } from 'zod';
import { IdParamsSchema } from '../../../shared/schemas/common';
import {
  VACCINE_MODERATORS,
  VaccineCandidateSchema,
  VaccineProposalInputSchema,
  VaccineProposalSchema,
  VaccineProposalsQuerySchema,
  VaccineProposalsSchema,
  VaccineReviewSchema,
  VaccinesQuerySchema,
  VaccinesSchema,
} from '../../../shared/schemas/research-vaccines';
import type { App } from '../../http/types';
import type { VaccinesService } from './vaccines.service';

const PUBLIC = { public: true } as const;
/** Researchers propose; moderators review and may propose too. Each sees their own proposals, moderators all. */
const PROPOSE = { roles: ['researcher', ...VACCINE_MODERATORS], scope: 'all' } as const;
const PROPOSERS = { roles: PROPOSE.roles, scope: 'own-records' } as const;
const MODERATORS = { roles: VACCINE_MODERATORS, scope: 'all' } as const;

export function vaccinesRoutes(app: App, vaccines: VaccinesService): void {
  app.get('/api/research/vaccines', {
    config: { access: PUBLIC },
    schema: {
      tags: ['research'],
      summary: 'Vaccine candidates by technical route, with developers, international partners, trials and published results; filter by route, country, phase or text',
      querystring: VaccinesQuerySchema,
      response: { 200: VaccinesSchema },
    },
    handler: async (request) => vaccines.list(request.query),
  });

  app.get('/api/research/vaccines/:id', {
    config: { access: PUBLIC },
    schema: { tags: ['research'], summary: 'One vaccine candidate', params: IdParamsSchema, response: { 200: VaccineCandidateSchema } },
    handler: async (request) => vaccines.candidate(request.params.id),
  });

  app.post('/api/research/vaccines/proposals', {
    config: { access: PROPOSE },
    schema: {
      tags: ['research'],
      summary: 'Propose a new candidate or an edit of one (candidateId); published only when a moderator accepts it',
      body: VaccineProposalInputSchema,
      response: { 201: VaccineProposalSchema },
    },
    handler: async (request, reply) => reply.status(201).send(await vaccines.propose(request.actor, request.body)),
  });

  app.get('/api/research/vaccines/proposals', {
    config: { access: PROPOSERS },
    schema: { tags: ['research'], summary: 'My proposals, newest first (a moderator: everyone’s)', querystring: VaccineProposalsQuerySchema, response: { 200: VaccineProposalsSchema } },
    handler: async (request) => vaccines.proposals(request.actor, request.query.status),
  });

  app.get('/api/research/vaccines/proposals/:id', {
    config: { access: PROPOSERS },
    schema: { tags: ['research'], summary: 'One of my proposals (a moderator: anyone’s)', params: IdParamsSchema, response: { 200: VaccineProposalSchema } },
    handler: async (request) => vaccines.proposal(request.actor, request.params.id),
  });

  for (const decision of ['publish', 'reject'] as const) {
    app.post(`/api/research/vaccines/proposals/:id/${decision}`, {
      config: { access: MODERATORS },
      schema: {
        tags: ['research'],
        summary: decision === 'publish' ? 'Publish a pending proposal to the tracker (audited); 409 if already reviewed' : 'Reject a pending proposal with a note (audited)',
        params: IdParamsSchema,
        body: VaccineReviewSchema,
        response: { 200: decision === 'publish' ? VaccineCandidateSchema : VaccineProposalSchema },
      },
      handler: async (request): Promise<z.infer<typeof VaccineCandidateSchema> | z.infer<typeof VaccineProposalSchema>> =>
        decision === 'publish' ? vaccines.publish(request.actor, request.params.id, request.body.note) : vaccines.reject(request.actor, request.params.id, request.body.note),
    });
  }
}
