import { useQuery } from '@tanstack/react-query';
import { MeetingListSchema, MeetingSchema, MeetingTotalsSchema, type MeetingInput, type MeetingRecordInput } from '../../../../shared/schemas/knowledge';
import { apiRequest } from '../../../lib/api-client';
import { useKnowledgeMutation } from './manage-documents';

export const useMeetings = () => useQuery({ queryKey: ['knowledge', 'meetings'], queryFn: ({ signal }) => apiRequest('/api/knowledge/meetings', { schema: MeetingListSchema, signal }) });
export const useMeetingTotals = () => useQuery({ queryKey: ['knowledge', 'meeting-totals'], queryFn: ({ signal }) => apiRequest('/api/knowledge/meetings/totals', { schema: MeetingTotalsSchema, signal }) });
export const useCreateMeeting = () => useKnowledgeMutation((body: MeetingInput) => apiRequest('/api/knowledge/meetings', { method: 'POST', body, schema: MeetingSchema }));
export const useRegister = () =>
  useKnowledgeMutation(({ partnerId, meetingId }: { partnerId: string; meetingId: number }) =>
    apiRequest(`/api/knowledge/partners/${encodeURIComponent(partnerId)}/meetings/${meetingId}/register`, { method: 'POST', body: {}, schema: MeetingSchema }),
  );
export const useAsk = () =>
  useKnowledgeMutation(({ partnerId, meetingId, text }: { partnerId: string; meetingId: number; text: string }) =>
    apiRequest(`/api/knowledge/partners/${encodeURIComponent(partnerId)}/meetings/${meetingId}/questions`, { method: 'POST', body: { text }, schema: MeetingSchema }),
  );
export const useRecordMeeting = () =>
  useKnowledgeMutation(({ id, body }: { id: number; body: MeetingRecordInput }) => apiRequest(`/api/knowledge/meetings/${id}/record`, { method: 'POST', body, schema: MeetingSchema }));
