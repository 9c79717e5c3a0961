import { useQuery } from '@tanstack/react-query';
import { ComparisonSchema, ResultDetailSchema } from '../../../../shared/schemas/research-results';
import { apiRequest } from '../../../lib/api-client';

export const getResult = (id: number, version?: number, signal?: AbortSignal) => apiRequest(`/api/research/results/${id}`, { schema: ResultDetailSchema, query: { version }, signal });

export const useResult = (id: number, version?: number) =>
  useQuery({ queryKey: ['research', 'results', 'one', id, version], queryFn: ({ signal }) => getResult(id, version, signal), enabled: Number.isInteger(id) && id > 0 });

export const useComparison = (intervention: string, primaryOnly: boolean) =>
  useQuery({
    queryKey: ['research', 'results', 'compare', intervention, primaryOnly],
    queryFn: ({ signal }) => apiRequest('/api/research/results/compare', { schema: ComparisonSchema, query: { intervention, primaryOnly }, signal }),
    enabled: intervention.trim().length >= 2,
  });
