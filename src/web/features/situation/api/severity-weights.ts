import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SeverityWeightsResponseSchema, type SeverityWeights } from '../../../../shared/schemas/situation';
import { apiRequest } from '../../../lib/api-client';

const key = ['situation', 'severity-weights'] as const;

export const useSeverityWeights = () =>
  useQuery({ queryKey: key, queryFn: ({ signal }) => apiRequest('/api/situation/severity-weights', { schema: SeverityWeightsResponseSchema, signal }) });

/** Saves the weights; the overview (whose severity depends on them) is refetched. */
export function useSaveSeverityWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (weights: SeverityWeights) => apiRequest('/api/situation/severity-weights', { method: 'PUT', body: { weights }, schema: SeverityWeightsResponseSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['situation'] }),
  });
}
