import { useQuery } from '@tanstack/react-query';
import { HealthSchema } from '../../../../shared/schemas/common';
import { apiRequest } from '../../../lib/api-client';

export const getHealth = (signal?: AbortSignal) => apiRequest('/api/health', { schema: HealthSchema, signal });

export const useHealth = () =>
  useQuery({ queryKey: ['health'], queryFn: ({ signal }) => getHealth(signal), staleTime: 60_000, refetchInterval: 120_000, retry: false });
