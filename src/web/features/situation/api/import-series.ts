import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImportSummarySchema, type ImportRequest } from '../../../../shared/schemas/situation';
import { apiRequest } from '../../../lib/api-client';

export const importSeries = (body: ImportRequest) => apiRequest('/api/situation/imports', { method: 'POST', body, schema: ImportSummarySchema });

/** Uploads a source's files; every situation view is refetched once it has landed. */
export function useImportSeries() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importSeries, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['situation'] }) });
}
