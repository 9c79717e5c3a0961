import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { MyResultsSchema, ResultsPageSchema, type ResultsQuery } from '../../../../shared/schemas/research-results';
import { apiRequest, buildUrl } from '../../../lib/api-client';

export type ResultsSearch = Partial<ResultsQuery>;

export const listResults = (query: ResultsSearch, signal?: AbortSignal) => apiRequest('/api/research/results', { schema: ResultsPageSchema, query, signal });

export const useResults = (query: ResultsSearch) =>
  useQuery({ queryKey: ['research', 'results', 'search', query], queryFn: ({ signal }) => listResults(query, signal), placeholderData: keepPreviousData });

/** The caller's own results in every state (researchers and moderators). */
export const useMyResults = (enabled: boolean) =>
  useQuery({ queryKey: ['research', 'results', 'mine'], queryFn: ({ signal }) => apiRequest('/api/research/results/mine', { schema: MyResultsSchema, signal }), enabled });

/** Where the export of a search in one format downloads from (a plain link: the server names the file). */
export const resultsExportUrl = (query: ResultsSearch, format: string) => {
  const { limit: _l, offset: _o, ...filter } = query;
  return buildUrl('/api/research/results/export', { ...filter, format });
};
