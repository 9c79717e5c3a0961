import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ImportSummarySchema, type ImportRequest } from '../../../../shared/schemas/situation';
import { sendImport } from '../../../lib/import-job';

/** The import's summary, also when its job outlasted the request (answered 202, then read until it ended). */
export const importSeries = (body: ImportRequest) => sendImport('/api/situation/imports', body, ImportSummarySchema);

/** Uploads a source's files; every situation view is refetched once it has landed. */
export function useImportSeries() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importSeries, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['situation'] }) });
}
