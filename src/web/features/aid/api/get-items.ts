import { queryOptions, useQuery } from '@tanstack/react-query';
import { AidItemListSchema } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';

export const aidItemsQueryKey = ['aid', 'items'] as const;
export const getItems = (signal?: AbortSignal) => apiRequest('/api/aid/items', { schema: AidItemListSchema, signal });
export const useAidItems = () => useQuery(queryOptions({ queryKey: aidItemsQueryKey, queryFn: ({ signal }) => getItems(signal), staleTime: 5 * 60_000 }));
