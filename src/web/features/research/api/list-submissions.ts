import { useQuery } from '@tanstack/react-query';
import { SubmissionPageSchema } from '../../../../shared/schemas/research';
import { apiRequest } from '../../../lib/api-client';

export const listSubmissions = (page: { limit: number; offset: number }, signal?: AbortSignal) =>
  apiRequest('/api/research/submissions', { query: page, schema: SubmissionPageSchema, signal });

/** The signed-in researcher's submissions (an admin's: everyone's), polled while a job is queued or running. */
export const useSubmissions = (page: { limit: number; offset: number }) =>
  useQuery({
    queryKey: ['research', 'submissions', page],
    queryFn: ({ signal }) => listSubmissions(page, signal),
    refetchInterval: (query) => (query.state.data?.submissions.some((s) => s.status === 'queued' || s.status === 'running') ? 1000 : false),
  });
