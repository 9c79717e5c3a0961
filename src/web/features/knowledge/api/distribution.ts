import { useQuery } from '@tanstack/react-query';
import { DeliveryDashboardSchema, InboxItemSchema, InboxSchema, OutboxStatusSchema, ReachSchema, RemindResultSchema, RemindSupersededResultSchema, SupersededSchema } from '../../../../shared/schemas/knowledge';
import { apiRequest } from '../../../lib/api-client';
import { useKnowledgeMutation } from './manage-documents';

// Distribution reads: a partner's inbox, an edition's deliveries, superseded holders, and the published figure.
export const useInbox = (partnerId: string) =>
  useQuery({ queryKey: ['knowledge', 'inbox', partnerId], queryFn: ({ signal }) => apiRequest(`/api/knowledge/partners/${encodeURIComponent(partnerId)}/inbox`, { schema: InboxSchema, signal }) });
export const useAcknowledge = () =>
  useKnowledgeMutation(({ partnerId, editionId }: { partnerId: string; editionId: number }) =>
    apiRequest(`/api/knowledge/partners/${encodeURIComponent(partnerId)}/inbox/${editionId}/acknowledge`, { method: 'POST', body: {}, schema: InboxItemSchema }),
  );
export const useDeliveries = (editionId: number | null, overdueAfterDays: number) =>
  useQuery({
    queryKey: ['knowledge', 'deliveries', editionId, overdueAfterDays],
    queryFn: ({ signal }) => apiRequest(`/api/knowledge/editions/${editionId}/deliveries`, { schema: DeliveryDashboardSchema, query: { overdueAfterDays }, signal }),
    enabled: editionId !== null,
  });
export const useSuperseded = () => useQuery({ queryKey: ['knowledge', 'superseded'], queryFn: ({ signal }) => apiRequest('/api/knowledge/superseded', { schema: SupersededSchema, signal }) });
export const useReach = () => useQuery({ queryKey: ['knowledge', 'reach'], queryFn: ({ signal }) => apiRequest('/api/knowledge/reach', { schema: ReachSchema, signal }) });

export const useRemind = () =>
  useKnowledgeMutation(({ editionId, overdueAfterDays }: { editionId: number; overdueAfterDays: number }) =>
    apiRequest(`/api/knowledge/editions/${editionId}/remind`, { method: 'POST', body: { overdueAfterDays }, schema: RemindResultSchema }),
  );
export const useRemindSuperseded = () =>
  useKnowledgeMutation((body: { documentId?: number }) => apiRequest('/api/knowledge/superseded/remind', { method: 'POST', body, schema: RemindSupersededResultSchema }));
export const useOutbox = () => useQuery({ queryKey: ['knowledge', 'outbox'], queryFn: ({ signal }) => apiRequest('/api/knowledge/outbox', { schema: OutboxStatusSchema, signal }) });
