import { MeetingSlotsRequestSchema, MeetingSlotsSchema } from '../../../shared/schemas/knowledge';
import type { RoutesPlugin } from '../../http/types';

/** Who organises briefings and exchange meetings. */
const ORGANISERS = { roles: ['coordinator', 'expert', 'admin'], scope: 'all' } as const;

export const knowledgeRoutes: RoutesPlugin = (app, { knowledge }) => {
  app.post('/api/knowledge/meeting-slots', {
    config: { access: ORGANISERS },
    schema: {
      tags: ['knowledge'],
      summary:
        'Meeting times for partners across time zones: UTC half-hour starts in [from, to − duration], best first (most participants with the whole meeting between 09:00 and 18:00 on a working day in their capital, then earliest)',
      body: MeetingSlotsRequestSchema,
      response: { 200: MeetingSlotsSchema },
    },
    handler: async (request) => knowledge.meetingSlots(request.body),
  });
};
