import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  CaseListSchema,
  CasePageSchema,
  PostOfficerListSchema,
  CaseSchema,
  CitizenSchema,
  type CaseIntake,
  type CaseView,
  type CitizenCaseInput,
  type CitizenInput,
} from '../../../../shared/schemas/consular';
import { apiRequest, isApiRequestError } from '../../../lib/api-client';

export type { CaseView };
const KEY = ['consular', 'cases'] as const;

/**
 * The desk's cases in one view, a page at a time (most urgent first; the next page from the last one's
 * cursor); the pages loaded are refreshed every minute so the SLA clocks move.
 */
export const useCases = (view: CaseView) =>
  useInfiniteQuery({
    queryKey: [...KEY, view],
    queryFn: ({ pageParam, signal }) => apiRequest(`/api/consular/cases?${new URLSearchParams({ view, ...(pageParam !== null && { cursor: pageParam }) }).toString()}`, { schema: CasePageSchema, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: 60_000,
  });

function useCaseMutation<T>(request: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }) });
}

export const useIntake = () => useCaseMutation((body: CaseIntake) => apiRequest('/api/consular/cases', { method: 'POST', body, schema: CaseSchema }));
export const useCaseMessage = () =>
  useCaseMutation(({ id, ...body }: { id: number; kind: 'reply' | 'note'; body: string }) => apiRequest(`/api/consular/cases/${id}/messages`, { method: 'POST', body, schema: CaseSchema }));
export const useCaseStatus = () =>
  useCaseMutation(({ id, status }: { id: number; status: string }) => apiRequest(`/api/consular/cases/${id}/status`, { method: 'POST', body: { status }, schema: CaseSchema }));

export const useAssign = () =>
  useCaseMutation(({ id, assignedTo }: { id: number; assignedTo: number }) => apiRequest(`/api/consular/cases/${id}/status`, { method: 'POST', body: { status: 'assigned', assignedTo }, schema: CaseSchema }));
export const useEscalate = () =>
  useCaseMutation(({ id, ...body }: { id: number; to: number; reason: string }) => apiRequest(`/api/consular/cases/${id}/escalate`, { method: 'POST', body, schema: CaseSchema }));
/** The officers of the post, to assign a case or escalate it to. */
export const usePostOfficers = () => useQuery({ queryKey: ['consular', 'officers'], queryFn: ({ signal }) => apiRequest('/api/consular/officers', { schema: PostOfficerListSchema, signal }) });

export const useMyCases = () => useQuery({ queryKey: [...KEY, 'me'], queryFn: ({ signal }) => apiRequest('/api/consular/me/cases', { schema: CaseListSchema, signal }) });
export const useAsk = () => useCaseMutation((body: CitizenCaseInput) => apiRequest('/api/consular/me/cases', { method: 'POST', body, schema: CaseSchema }));
export const useMyReply = () =>
  useCaseMutation(({ id, body }: { id: number; body: string }) => apiRequest(`/api/consular/me/cases/${id}/messages`, { method: 'POST', body: { body }, schema: CaseSchema }));

const REGISTRATION = ['consular', 'registration'] as const;
/** The citizen's own registration; null before they register (404). */
export const useMyRegistration = () =>
  useQuery({
    queryKey: REGISTRATION,
    queryFn: ({ signal }) =>
      apiRequest('/api/consular/me/registration', { schema: CitizenSchema, signal }).catch((error: unknown) => {
        if (isApiRequestError(error) && error.status === 404) return null;
        throw error;
      }),
  });
export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CitizenInput) => apiRequest('/api/consular/me/registration', { method: 'POST', body, schema: CitizenSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['consular'] }),
  });
}
