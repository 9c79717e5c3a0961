import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { CallHistorySummarySchema, HelpDeskStatisticsSchema, ImportedCasesByOriginSchema, ImportedCasesWeeklySchema, type StatisticsRange } from '../../../../shared/schemas/consular-statistics';
import { apiRequest } from '../../../lib/api-client';

const ready = (range: StatisticsRange) => range.from !== '' && range.to !== '' && range.from <= range.to;
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** `postId` null: every post the caller may see (an admin's all, an officer's own). */
export const getHelpDeskStatistics = (range: StatisticsRange, postId: string | null, signal?: AbortSignal) =>
  apiRequest(`/api/consular/statistics/help-desk?${query(postId === null ? range : { ...range, postId })}`, { schema: HelpDeskStatisticsSchema, signal });

/** Calls and cases per day against last year, breakdowns and SLA compliance; nothing is asked for an incomplete range. */
export const useHelpDeskStatistics = (range: StatisticsRange, postId: string | null = null) =>
  useQuery({ queryKey: ['consular', 'help-desk-statistics', range, postId], queryFn: ({ signal }) => getHelpDeskStatistics(range, postId, signal), enabled: ready(range) });

export const importCallHistory = (data: string) => apiRequest('/api/consular/call-history', { method: 'POST', body: { data }, schema: CallHistorySummarySchema });

/** Uploads the daily call counts; the help-desk figures are refetched once they have landed. */
export function useImportCallHistory() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importCallHistory, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['consular', 'help-desk-statistics'] }) });
}

/** The imported cases' shares per week and per origin (under the same key as the totals, so an import refreshes them). */
export const useImportedCasesWeekly = (range: StatisticsRange) =>
  useQuery({
    queryKey: ['consular', 'imported-cases', 'weekly', range],
    queryFn: ({ signal }) => apiRequest(`/api/consular/statistics/imported-cases/weekly?${query(range)}`, { schema: ImportedCasesWeeklySchema, signal }),
    enabled: ready(range),
  });

export const useImportedCasesByOrigin = (range: StatisticsRange) =>
  useQuery({
    queryKey: ['consular', 'imported-cases', 'by-origin', range],
    queryFn: ({ signal }) => apiRequest(`/api/consular/statistics/imported-cases/by-origin?${query(range)}`, { schema: ImportedCasesByOriginSchema, signal }),
    enabled: ready(range),
  });
