import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { OverviewSchema, OverviewSummarySchema } from '../../../../shared/schemas/situation';
import { apiRequest } from '../../../lib/api-client';

export const getOverview = (date: string | null, signal?: AbortSignal) =>
  apiRequest('/api/situation/overview', { schema: OverviewSummarySchema, query: { date }, signal });

export const getOverviewDetails = (date: string | null, signal?: AbortSignal) =>
  apiRequest('/api/situation/overview/details', { schema: OverviewSchema, query: { date }, signal });

// A date's overview does not change until the next import; the slider keeps showing the last one while the next loads.
export const overviewQueryOptions = (date: string | null) =>
  queryOptions({ queryKey: ['situation', 'overview', date], queryFn: ({ signal }) => getOverview(date, signal), staleTime: 10 * 60_000, placeholderData: keepPreviousData });

export const useOverview = (date: string | null) => useQuery(overviewQueryOptions(date));

/** Full precision, every indicator and the severity breakdown of every country: a country's page, the full ranking. */
export const useOverviewDetails = (date: string | null, enabled = true) =>
  useQuery({ queryKey: ['situation', 'overview-details', date], queryFn: ({ signal }) => getOverviewDetails(date, signal), staleTime: 10 * 60_000, enabled, placeholderData: keepPreviousData });
