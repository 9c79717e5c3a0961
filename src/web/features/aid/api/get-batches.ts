import { useQuery } from '@tanstack/react-query';
import { CoordinatorBatchListSchema } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';

// Under ['aid']: approving a plan (approve-batch.ts) refetches it.
export const batchesQueryKey = ['aid', 'batches'] as const;
export const getBatches = (signal?: AbortSignal) => apiRequest('/api/aid/batches', { schema: CoordinatorBatchListSchema, signal });
export const useBatches = () => useQuery({ queryKey: batchesQueryKey, queryFn: ({ signal }) => getBatches(signal) });
