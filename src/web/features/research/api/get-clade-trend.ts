import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { CladeTrendSchema, type CladeTrendQuery } from '../../../../shared/schemas/research-trends';
import { apiRequest } from '../../../lib/api-client';

export const getCladeTrend = (query: CladeTrendQuery, signal?: AbortSignal) => apiRequest('/api/research/trends/clades', { schema: CladeTrendSchema, query, signal });

export const useCladeTrend = (query: CladeTrendQuery | null) =>
  useQuery({
    queryKey: ['research', 'trends', 'clades', query],
    queryFn: ({ signal }) => getCladeTrend(query!, signal),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
