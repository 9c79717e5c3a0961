import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { CountrySeriesSchema } from '../../../../shared/schemas/situation';
import { apiRequest } from '../../../lib/api-client';

export const getCountrySeries = (iso3: string, signal?: AbortSignal) =>
  apiRequest(`/api/situation/countries/${encodeURIComponent(iso3)}/series`, { schema: CountrySeriesSchema, signal });

export const countrySeriesQueryOptions = (iso3: string) =>
  queryOptions({ queryKey: ['situation', 'series', iso3], queryFn: ({ signal }) => getCountrySeries(iso3, signal), staleTime: 10 * 60_000 });

export const useCountrySeries = (iso3: string) => useQuery(countrySeriesQueryOptions(iso3));

/** Several countries' series at once, for the comparison chart. */
export const useCountriesSeries = (iso3s: readonly string[]) => useQueries({ queries: iso3s.map((iso3) => countrySeriesQueryOptions(iso3)) });
