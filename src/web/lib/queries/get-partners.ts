import { queryOptions, useQuery } from '@tanstack/react-query';
import { PartnerListSchema, type PartnerKindSchema } from '../../../shared/schemas/countries';
import type { z } from 'zod';
import { apiRequest } from '../api-client';

type PartnerKind = z.infer<typeof PartnerKindSchema>;

export const getPartners = (kind?: PartnerKind, signal?: AbortSignal) =>
  apiRequest('/api/partners', { schema: PartnerListSchema, query: { kind }, signal });

export const partnersQueryOptions = (kind?: PartnerKind) =>
  queryOptions({
    queryKey: ['partners', kind ?? 'all'],
    queryFn: ({ signal }) => getPartners(kind, signal),
    staleTime: 60 * 60_000,
  });

export const usePartners = (kind?: PartnerKind) => useQuery(partnersQueryOptions(kind));
