import { findMeetingSlots, participantZones } from '../../../core/knowledge/meeting-slots';
import type { MeetingSlots } from '../../../shared/schemas/knowledge';
import { ValidationFailed } from '../../errors';
import type { ServiceContext } from '../../services';

export interface SlotQuery {
  participants: string[];
  durationMinutes: number;
  from: string;
  to: string;
  limit: number;
}

export function createKnowledgeService(_deps: Pick<ServiceContext, 'db' | 'clock'>) {
  return {
    /** Meeting times ranked by how many participants have them inside working hours (core/knowledge). */
    meetingSlots(query: SlotQuery): MeetingSlots {
      const { unknown } = participantZones(query.participants);
      if (unknown.length > 0)
        throw new ValidationFailed(
          'some participants are not countries the slot finder knows',
          unknown.map((i) => ({ path: `body.participants.${i}`, message: `${query.participants[i]} is not a country with a capital time zone` })),
        );
      const slots = findMeetingSlots({ participants: query.participants, durationMinutes: query.durationMinutes, from: Date.parse(query.from), to: Date.parse(query.to) });
      return {
        slots: slots.slice(0, query.limit).map((s) => ({ start: new Date(s.start).toISOString(), end: new Date(s.end).toISOString(), count: s.count, inside: s.inside })),
      };
    },
  };
}

export type KnowledgeService = ReturnType<typeof createKnowledgeService>;
