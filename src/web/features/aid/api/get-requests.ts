import { useQuery } from '@tanstack/react-query';
import { AidRequestListSchema } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';

export const aidRequestsQueryKey = ['aid', 'requests'] as const;
export const getRequests = (signal?: AbortSignal) => apiRequest('/api/aid/requests', { schema: AidRequestListSchema, signal });
export const useAidRequests = () => useQuery({ queryKey: aidRequestsQueryKey, queryFn: ({ signal }) => getRequests(signal) });
