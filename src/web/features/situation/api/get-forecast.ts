import { queryOptions, useQuery } from '@tanstack/react-query';
import { ForecastSchema } from '../../../../shared/schemas/situation-forecast';
import { apiRequest } from '../../../lib/api-client';

export const getForecast = (iso3: string, origin: string | null, signal?: AbortSignal) =>
  apiRequest(`/api/situation/countries/${encodeURIComponent(iso3)}/forecast${origin === null ? '' : `?origin=${encodeURIComponent(origin)}`}`, { schema: ForecastSchema, signal });

/** A country's forecast; asked again every 15 s while the server is still computing the backtest. */
export const forecastQueryOptions = (iso3: string, origin: string | null) =>
  queryOptions({
    queryKey: ['situation', 'forecast', iso3, origin],
    queryFn: ({ signal }) => getForecast(iso3, origin, signal),
    staleTime: 10 * 60_000,
    refetchInterval: (query) => (query.state.data?.backtestStatus === 'computing' ? 15_000 : false),
  });

export const useForecast = (iso3: string, origin: string | null) => useQuery(forecastQueryOptions(iso3, origin));
