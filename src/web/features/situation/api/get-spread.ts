import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { ArrivalCheckSchema, ImportationRiskSchema, SpreadSchema } from '../../../../shared/schemas/spread';
import { apiRequest } from '../../../lib/api-client';

export const getSpread = (origin: string, signal?: AbortSignal) => apiRequest('/api/situation/spread', { schema: SpreadSchema, query: { origin }, signal });

export const getImportationRisk = (signal?: AbortSignal) => apiRequest('/api/situation/importation-risk', { schema: ImportationRiskSchema, query: { limit: '30' }, signal });

// The network ships with the product: an origin's distances never change while the page is open.
export const useSpread = (origin: string) =>
  useQuery({ queryKey: ['situation', 'spread', origin], queryFn: ({ signal }) => getSpread(origin, signal), staleTime: Infinity, placeholderData: keepPreviousData });

// Follows the latest incidence: stale with the next import, as the overview is.
export const useImportationRisk = () => useQuery({ queryKey: ['situation', 'importation-risk'], queryFn: ({ signal }) => getImportationRisk(signal), staleTime: 10 * 60_000 });

export const getArrivalCheck = (origin: string, signal?: AbortSignal) => apiRequest('/api/situation/spread/arrival-check', { schema: ArrivalCheckSchema, query: { origin }, signal });

// Follows the series shown: stale with the next import, as the importation risk is.
export const useArrivalCheck = (origin: string) =>
  useQuery({ queryKey: ['situation', 'arrival-check', origin], queryFn: ({ signal }) => getArrivalCheck(origin, signal), staleTime: 10 * 60_000, placeholderData: keepPreviousData });
