import { useQuery } from '@tanstack/react-query';
import { DocumentListSchema } from '../../../../shared/schemas/knowledge';
import { apiRequest } from '../../../lib/api-client';

export const getDocuments = (q: string, signal?: AbortSignal) =>
  apiRequest('/api/knowledge/documents', { schema: DocumentListSchema, signal, query: { q } });
export const useDocuments = (q: string) => useQuery({ queryKey: ['knowledge', 'documents', q], queryFn: ({ signal }) => getDocuments(q, signal) });
