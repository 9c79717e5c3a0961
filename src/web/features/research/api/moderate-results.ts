import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  PendingVersionsSchema,
  ResultDetailSchema,
  ResultImportedSchema,
  type ResultImport,
  type ResultRecordInput,
} from '../../../../shared/schemas/research-results';
import { apiRequest } from '../../../lib/api-client';

const invalidate = (client: ReturnType<typeof useQueryClient>) => client.invalidateQueries({ queryKey: ['research', 'results'] });

/** A new result, or (with `id`) a correction or the completion of a draft. */
export function useSubmitResult() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, record, changeNote }: { id?: number; record: ResultRecordInput; changeNote: string }) =>
      apiRequest(id ? `/api/research/results/${id}/versions` : '/api/research/results', { method: 'POST', body: { record, changeNote }, schema: ResultDetailSchema }),
    onSuccess: () => invalidate(client),
  });
}

export const usePendingResults = (enabled: boolean) =>
  useQuery({ queryKey: ['research', 'results', 'pending'], queryFn: ({ signal }) => apiRequest('/api/research/results/pending', { schema: PendingVersionsSchema, signal }), enabled });

export function useReviewResult() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, decision, note }: { id: number; version: number; decision: 'publish' | 'reject'; note: string }) =>
      apiRequest(`/api/research/results/${id}/versions/${version}/${decision}`, { method: 'POST', body: { note }, schema: ResultDetailSchema }),
    onSuccess: () => invalidate(client),
  });
}

export function useWithdrawResult() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, notice }: { id: number; notice: string }) => apiRequest(`/api/research/results/${id}/withdraw`, { method: 'POST', body: { notice }, schema: ResultDetailSchema }),
    onSuccess: () => invalidate(client),
  });
}

export function useImportResults() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ResultImport) => apiRequest('/api/research/results/import', { method: 'POST', body, schema: ResultImportedSchema }),
    onSuccess: () => invalidate(client),
  });
}
