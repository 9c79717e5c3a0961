import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { VaccineCandidateSchema, VaccineProposalSchema, VaccineProposalsSchema, type VaccineProposalInput } from '../../../../shared/schemas/research-vaccines';
import { apiRequest } from '../../../lib/api-client';

export const listPendingProposals = (signal?: AbortSignal) =>
  apiRequest('/api/research/vaccines/proposals', { schema: VaccineProposalsSchema, query: { status: 'pending' }, signal });

/** Pending proposals: a researcher's own, or every one for a moderator. */
export const usePendingProposals = (enabled: boolean) =>
  useQuery({ queryKey: ['research', 'vaccines', 'proposals'], queryFn: ({ signal }) => listPendingProposals(signal), enabled });

export const proposeVaccineEdit = (body: VaccineProposalInput) => apiRequest('/api/research/vaccines/proposals', { method: 'POST', body, schema: VaccineProposalSchema });

export function useProposeVaccineEdit() {
  const client = useQueryClient();
  return useMutation({ mutationFn: proposeVaccineEdit, onSuccess: () => client.invalidateQueries({ queryKey: ['research', 'vaccines', 'proposals'] }) });
}

/** Publishes or rejects a pending proposal (moderators). */
export async function reviewProposal({ id, decision, note }: { id: number; decision: 'publish' | 'reject'; note: string }): Promise<void> {
  const schema = decision === 'publish' ? VaccineCandidateSchema : VaccineProposalSchema;
  await apiRequest(`/api/research/vaccines/proposals/${id}/${decision}`, { method: 'POST', body: { note }, schema });
}

export function useReviewProposal() {
  const client = useQueryClient();
  return useMutation({ mutationFn: reviewProposal, onSuccess: () => client.invalidateQueries({ queryKey: ['research', 'vaccines'] }) });
}
