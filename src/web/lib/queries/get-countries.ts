import { queryOptions, useQuery } from '@tanstack/react-query';
import { CountryListSchema } from '../../../shared/schemas/countries';
import { apiRequest } from '../api-client';

export const getCountries = (signal?: AbortSignal) => apiRequest('/api/countries', { schema: CountryListSchema, signal });

// Reference data: it changes with a data import, not while someone reads it.
export const countriesQueryOptions = () =>
  queryOptions({ queryKey: ['countries'], queryFn: ({ signal }) => getCountries(signal), staleTime: 60 * 60_000 });

export const useCountries = () => useQuery(countriesQueryOptions());
