import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { VaccinesSchema, type VaccinesQuery } from '../../../../shared/schemas/research-vaccines';
import { apiRequest } from '../../../lib/api-client';

export const listVaccines = (query: VaccinesQuery, signal?: AbortSignal) => apiRequest('/api/research/vaccines', { schema: VaccinesSchema, query, signal });

export const useVaccines = (query: VaccinesQuery) =>
  useQuery({ queryKey: ['research', 'vaccines', query], queryFn: ({ signal }) => listVaccines(query, signal), placeholderData: keepPreviousData });
