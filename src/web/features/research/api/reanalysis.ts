import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ReanalysisStatusSchema } from '../../../../shared/schemas/research';
import { apiRequest } from '../../../lib/api-client';

const key = ['research', 'reanalysis'] as const;

export const getReanalysis = (signal?: AbortSignal) => apiRequest('/api/research/reanalysis', { schema: ReanalysisStatusSchema, signal });

/** Stored analyses made under another analyser or dataset; followed every few seconds while a re-analysis runs. */
export const useReanalysis = (enabled: boolean, following: boolean) =>
  useQuery({ queryKey: key, queryFn: ({ signal }) => getReanalysis(signal), enabled, refetchInterval: following ? 3000 : false });

export const useStartReanalysis = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest('/api/research/reanalysis', { method: 'POST', body: {}, schema: ReanalysisStatusSchema }),
    onSuccess: (status) => client.setQueryData(key, status),
  });
};
