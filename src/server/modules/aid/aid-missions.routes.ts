import { PartnerParamsSchema } from '../../../shared/schemas/aid';
import { ExpertListSchema, MissionInputSchema, MissionListSchema, MissionSchema, MissionUpdateSchema, TeamInputSchema, TeamListSchema, TeamSchema } from '../../../shared/schemas/aid-missions';
import { IdParamsSchema } from '../../../shared/schemas/common';
import type { RoutesPlugin } from '../../http/types';

// Technical assistance (docs/decisions/045): coordinators form expert teams and send them on missions; a
// team's experts reach their own missions (moving them on, writing the report); a focal point sees the
// missions to its partner.
// The admin runs the aid module as a coordinator does (issue 11), technical assistance included.
const COORDINATOR = { roles: ['coordinator', 'admin'], scope: 'all' } as const;
// An expert reaches only the missions of teams they belong to (the service answers 404 for any other).
const TEAM_EXPERT = { roles: ['coordinator', 'admin', 'expert'], scope: 'own-records' } as const;
const tags = ['aid'];

export const aidMissionsRoutes: RoutesPlugin = (app, { aid }) => {
  app.get('/api/aid/experts', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Users with the expert role, to form teams from', response: { 200: ExpertListSchema } },
    handler: async () => ({ experts: await aid.missions.experts() }),
  });

  app.get('/api/aid/teams', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Expert teams with their members’ specialties and languages', response: { 200: TeamListSchema } },
    handler: async () => ({ teams: await aid.missions.teams() }),
  });

  app.post('/api/aid/teams', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Form an expert team from users with the expert role', body: TeamInputSchema, response: { 201: TeamSchema } },
    handler: async (request, reply) => reply.status(201).send(await aid.missions.createTeam(request.actor, request.body)),
  });

  app.put('/api/aid/teams/:id', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Rename a team and replace its members', params: IdParamsSchema, body: TeamInputSchema, response: { 200: TeamSchema } },
    handler: async (request) => aid.missions.updateTeam(request.actor, request.params.id, request.body),
  });

  app.get('/api/aid/missions', {
    config: { access: TEAM_EXPERT },
    schema: { tags, summary: 'Expert missions (an expert sees those of their teams)', response: { 200: MissionListSchema } },
    handler: async (request) => ({ missions: await aid.missions.list(request.actor) }),
  });

  app.post('/api/aid/missions', {
    config: { access: COORDINATOR },
    schema: { tags, summary: 'Send a team on a mission to a partner, in the country or as a remote consultation', body: MissionInputSchema, response: { 201: MissionSchema } },
    handler: async (request, reply) => reply.status(201).send(await aid.missions.create(request.actor, request.body)),
  });

  app.patch('/api/aid/missions/:id', {
    config: { access: TEAM_EXPERT },
    schema: { tags, summary: 'Move a mission on (409 out of order), write its report, or correct its dates, objectives, places and activities', params: IdParamsSchema, body: MissionUpdateSchema, response: { 200: MissionSchema } },
    handler: async (request) => aid.missions.update(request.actor, request.params.id, request.body),
  });

  app.get('/api/aid/partners/:partnerId/missions', {
    config: { access: { roles: ['coordinator', 'admin', 'partner_focal_point'], scope: 'own-partner' } },
    schema: { tags, summary: 'The expert missions to one partner', params: PartnerParamsSchema, response: { 200: MissionListSchema } },
    handler: async (request) => ({ missions: await aid.missions.list(request.actor, { partnerId: request.params.partnerId }) }),
  });
};
