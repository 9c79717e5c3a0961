import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { SourceListSchema, type SeriesSource } from '../../../../shared/schemas/situation';
import { apiRequest } from '../../../lib/api-client';

const key = ['situation', 'sources'] as const;

/** Every imported source with its coverage and the one shown (coordinators and admins). */
export const useSources = () => useQuery({ queryKey: key, queryFn: ({ signal }) => apiRequest('/api/situation/sources', { schema: SourceListSchema, signal }) });

/** Shows another source; every situation view is refetched. */
export function useShowSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (source: SeriesSource) => apiRequest('/api/situation/sources/shown', { method: 'PUT', body: { source }, schema: SourceListSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['situation'] }),
  });
}
