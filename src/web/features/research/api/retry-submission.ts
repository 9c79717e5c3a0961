import { useMutation, useQueryClient } from '@tanstack/react-query';
import { JobStatusSchema } from '../../../../shared/schemas/research';
import { apiRequest } from '../../../lib/api-client';

export const retrySubmission = (id: number) => apiRequest(`/api/research/submissions/${id}/retry`, { method: 'POST', body: {}, schema: JobStatusSchema });

/** Analyses again what a submission left pending or failed; the list refreshes and follows the new job. */
export const useRetrySubmission = () => {
  const client = useQueryClient();
  return useMutation({ mutationFn: retrySubmission, onSuccess: () => client.invalidateQueries({ queryKey: ['research', 'submissions'] }) });
};
