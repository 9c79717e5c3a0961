import { useQuery } from '@tanstack/react-query';
import { ConsignmentListSchema } from '../../../../shared/schemas/aid-shipments';
import { apiRequest } from '../../../lib/api-client';

// Under ['aid']: every aid write (steps, receipts, approvals) refetches them.
export const useConsignments = () =>
  useQuery({ queryKey: ['aid', 'consignments'], queryFn: ({ signal }) => apiRequest('/api/aid/consignments', { schema: ConsignmentListSchema, signal }) });
export const usePartnerConsignments = (partnerId: string) =>
  useQuery({ queryKey: ['aid', 'consignments', partnerId], queryFn: ({ signal }) => apiRequest(`/api/aid/partners/${encodeURIComponent(partnerId)}/consignments`, { schema: ConsignmentListSchema, signal }) });
