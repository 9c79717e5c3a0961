import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DocumentSchema, SendResultSchema, type DocumentInput, type SendInput } from '../../../../shared/schemas/knowledge';
import { apiRequest } from '../../../lib/api-client';

// The publishers' writes: a document, an edition, publishing, sending. Each refreshes what the module shows.
function useKnowledgeMutation<I, O>(fn: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => client.invalidateQueries({ queryKey: ['knowledge'] }) });
}

export const useCreateDocument = () => useKnowledgeMutation((body: DocumentInput) => apiRequest('/api/knowledge/documents', { method: 'POST', body, schema: DocumentSchema }));
export const useAddEdition = () =>
  useKnowledgeMutation(({ documentId, body }: { documentId: number; body: { date: string; summary: string } }) =>
    apiRequest(`/api/knowledge/documents/${documentId}/editions`, { method: 'POST', body, schema: DocumentSchema }),
  );
export const usePublishEdition = () => useKnowledgeMutation((editionId: number) => apiRequest(`/api/knowledge/editions/${editionId}/publish`, { method: 'POST', schema: DocumentSchema }));
export const useSendEdition = () =>
  useKnowledgeMutation(({ editionId, body }: { editionId: number; body: SendInput }) => apiRequest(`/api/knowledge/editions/${editionId}/send`, { method: 'POST', body, schema: SendResultSchema }));
export { useKnowledgeMutation };
