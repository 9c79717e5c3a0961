import { useQuery } from '@tanstack/react-query';
import { BatchListSchema } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';

export const partnerBatchesQueryKey = (partnerId: string) => ['aid', 'partners', partnerId, 'batches'] as const;
export const getPartnerBatches = (partnerId: string, signal?: AbortSignal) =>
  apiRequest(`/api/aid/partners/${encodeURIComponent(partnerId)}/batches`, { schema: BatchListSchema, signal });
export const usePartnerBatches = (partnerId: string) =>
  useQuery({ queryKey: partnerBatchesQueryKey(partnerId), queryFn: ({ signal }) => getPartnerBatches(partnerId, signal) });
