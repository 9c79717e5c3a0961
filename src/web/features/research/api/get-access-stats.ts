import { useQuery } from '@tanstack/react-query';
import { AccessStatsSchema } from '../../../../shared/schemas/research';
import { apiRequest } from '../../../lib/api-client';

export const getAccessStats = (query: { from?: string; to?: string }, signal?: AbortSignal) =>
  apiRequest('/api/research/stats', { schema: AccessStatsSchema, query, signal });

export const useAccessStats = (query: { from?: string; to?: string } = {}) =>
  useQuery({ queryKey: ['research', 'stats', query], queryFn: ({ signal }) => getAccessStats(query, signal) });
