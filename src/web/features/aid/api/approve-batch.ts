import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BatchSchema, type ApproveInput } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';

export const approveBatch = (body: ApproveInput) => apiRequest('/api/aid/batches', { method: 'POST', body, schema: BatchSchema });

export function useApproveBatch() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: approveBatch, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['aid'] }) });
}
