import { useQuery } from '@tanstack/react-query';
import { AidRequestListSchema } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';

export const partnerRequestsQueryKey = (partnerId: string) => ['aid', 'partners', partnerId, 'requests'] as const;
export const getPartnerRequests = (partnerId: string, signal?: AbortSignal) =>
  apiRequest(`/api/aid/partners/${encodeURIComponent(partnerId)}/requests`, { schema: AidRequestListSchema, signal });
export const usePartnerRequests = (partnerId: string) =>
  useQuery({ queryKey: partnerRequestsQueryKey(partnerId), queryFn: ({ signal }) => getPartnerRequests(partnerId, signal) });
