import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { AdvisoryListSchema, AdvisorySchema, MyAdvisoryListSchema, type AdvisoryInput } from '../../../../shared/schemas/consular-advisories';
import { apiRequest } from '../../../lib/api-client';

const KEY = ['consular', 'advisories'] as const;

export const useAdvisories = () => useQuery({ queryKey: KEY, queryFn: ({ signal }) => apiRequest('/api/consular/advisories', { schema: AdvisoryListSchema, signal }) });
export const useMyAdvisories = () => useQuery({ queryKey: [...KEY, 'me'], queryFn: ({ signal }) => apiRequest('/api/consular/me/advisories', { schema: MyAdvisoryListSchema, signal }) });

function useAdvisoryMutation<T>(request: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export const useCreateAdvisory = () => useAdvisoryMutation((body: AdvisoryInput) => apiRequest('/api/consular/advisories', { method: 'POST', body, schema: AdvisorySchema }));
export const useReviseAdvisory = () =>
  useAdvisoryMutation(({ id, body }: { id: number; body: AdvisoryInput }) => apiRequest(`/api/consular/advisories/${id}`, { method: 'PUT', body, schema: AdvisorySchema }));
export const usePublishAdvisory = () => useAdvisoryMutation((id: number) => apiRequest(`/api/consular/advisories/${id}/publish`, { method: 'POST', schema: AdvisorySchema }));
export const useOpenAdvisory = () => useAdvisoryMutation((id: number) => apiRequest(`/api/consular/me/advisories/${id}/open`, { method: 'POST', schema: MyAdvisoryListSchema }));
