import { useQuery } from '@tanstack/react-query';
import { SupplyOverviewSchema } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';

export const aidSupplyQueryKey = ['aid', 'supply'] as const;
export const getSupply = (signal?: AbortSignal) => apiRequest('/api/aid/supply', { schema: SupplyOverviewSchema, signal });
export const useAidSupply = () => useQuery({ queryKey: aidSupplyQueryKey, queryFn: ({ signal }) => getSupply(signal) });
