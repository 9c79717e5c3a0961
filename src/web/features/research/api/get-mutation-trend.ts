import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { MutationTrendSchema, type MutationTrendQuery } from '../../../../shared/schemas/research-trends';
import { apiRequest } from '../../../lib/api-client';

export const getMutationTrend = (query: MutationTrendQuery, signal?: AbortSignal) => apiRequest('/api/research/trends/mutations', { schema: MutationTrendSchema, query, signal });

export const useMutationTrend = (query: MutationTrendQuery | null) =>
  useQuery({
    queryKey: ['research', 'trends', 'mutation', query],
    queryFn: ({ signal }) => getMutationTrend(query!, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
