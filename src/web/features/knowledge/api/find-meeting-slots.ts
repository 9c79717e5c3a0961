import { useMutation } from '@tanstack/react-query';
import { MeetingSlotsSchema, type MeetingSlotsRequest } from '../../../../shared/schemas/knowledge';
import { apiRequest } from '../../../lib/api-client';

export const findMeetingSlots = (body: MeetingSlotsRequest) => apiRequest('/api/knowledge/meeting-slots', { method: 'POST', body, schema: MeetingSlotsSchema });
export const useFindMeetingSlots = () => useMutation({ mutationFn: findMeetingSlots });
