import { useQuery } from '@tanstack/react-query';
import { JobStatusSchema } from '../../../../shared/schemas/research';
import { apiRequest } from '../../../lib/api-client';

export const getSubmission = (id: number, signal?: AbortSignal) => apiRequest(`/api/research/submissions/${id}`, { schema: JobStatusSchema, signal });

/** The analysis job of a submission, polled until it is finished. */
export const useSubmission = (id: number | null) =>
  useQuery({
    queryKey: ['research', 'submission', id],
    queryFn: ({ signal }) => getSubmission(id!, signal),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data && (query.state.data.status === 'done' || query.state.data.status === 'failed') ? false : 1000),
  });
