import { useQuery } from '@tanstack/react-query';
import { PledgeListSchema } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';

export const aidPledgesQueryKey = ['aid', 'pledges'] as const;
export const getPledges = (signal?: AbortSignal) => apiRequest('/api/aid/pledges', { schema: PledgeListSchema, signal });
export const useAidPledges = () => useQuery({ queryKey: aidPledgesQueryKey, queryFn: ({ signal }) => getPledges(signal) });
