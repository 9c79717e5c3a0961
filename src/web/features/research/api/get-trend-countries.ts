import { useQuery } from '@tanstack/react-query';
import { TrendCountriesSchema } from '../../../../shared/schemas/research-trends';
import { apiRequest } from '../../../lib/api-client';

export const getTrendCountries = (signal?: AbortSignal) => apiRequest('/api/research/trends/countries', { schema: TrendCountriesSchema, signal });

/** Countries with analysed genomes; refreshed while seeded genomes are still being analysed. */
export const useTrendCountries = () => useQuery({ queryKey: ['research', 'trends', 'countries'], queryFn: ({ signal }) => getTrendCountries(signal), refetchInterval: 15_000 });
