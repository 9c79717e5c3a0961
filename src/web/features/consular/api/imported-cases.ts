import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ImportedCaseStatisticsSchema, ImportedCasesSummarySchema, type ImportedCasesRange } from '../../../../shared/schemas/consular';
import { apiRequest } from '../../../lib/api-client';
import { sendImport } from '../../../lib/import-job';

export const importImportedCases = (data: string) => sendImport('/api/consular/imported-cases', { data }, ImportedCasesSummarySchema);

/** Uploads the health authority's CSV; the statistics are refetched once it has landed. */
export function useImportImportedCases() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importImportedCases, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['consular', 'imported-cases'] }) });
}

export const getImportedCaseStatistics = (range: ImportedCasesRange, signal?: AbortSignal) =>
  apiRequest(`/api/consular/statistics/imported-cases?${new URLSearchParams(range).toString()}`, { schema: ImportedCaseStatisticsSchema, signal });

/** The statistics over [from, to]; nothing is asked while the range is incomplete or reversed. */
export const useImportedCaseStatistics = (range: ImportedCasesRange) =>
  useQuery({
    queryKey: ['consular', 'imported-cases', range],
    queryFn: ({ signal }) => getImportedCaseStatistics(range, signal),
    enabled: range.from !== '' && range.to !== '' && range.from <= range.to,
  });
