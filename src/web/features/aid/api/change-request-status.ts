import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AidRequestSchema, type StatusChange } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';

export const changeRequestStatus = (id: number, body: StatusChange) =>
  apiRequest(`/api/aid/requests/${id}/status`, { method: 'POST', body, schema: AidRequestSchema });

export function useChangeRequestStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: number; change: StatusChange }) => changeRequestStatus(id, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['aid'] }),
  });
}
