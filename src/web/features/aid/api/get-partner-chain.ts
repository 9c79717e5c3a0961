import { useQuery } from '@tanstack/react-query';
import { PartnerChainSchema } from '../../../../shared/schemas/aid-chain';
import { apiRequest } from '../../../lib/api-client';

/** One partner's chain from signal to receipt (under ['aid']: every aid write refetches it). */
export const usePartnerChain = (partnerId: string) =>
  useQuery({
    queryKey: ['aid', 'chain', partnerId],
    queryFn: ({ signal }) => apiRequest(`/api/aid/partners/${encodeURIComponent(partnerId)}/chain`, { schema: PartnerChainSchema, signal }),
    retry: false,
  });
