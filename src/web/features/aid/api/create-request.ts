import { useMutation, useQueryClient } from '@tanstack/react-query';
import { AidRequestSchema, type RequestInput } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';
import { partnerRequestsQueryKey } from './get-partner-requests';

export const createRequest = (partnerId: string, body: RequestInput) =>
  apiRequest(`/api/aid/partners/${encodeURIComponent(partnerId)}/requests`, { method: 'POST', body, schema: AidRequestSchema });

export function useCreateRequest(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestInput) => createRequest(partnerId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerRequestsQueryKey(partnerId) }),
  });
}
