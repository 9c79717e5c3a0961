import { useQuery } from '@tanstack/react-query';
import { DonorImportListSchema, PartnerDonorsSchema } from '../../../../shared/schemas/aid-donors';
import { apiRequest } from '../../../lib/api-client';

export const getDonorImports = (signal?: AbortSignal) => apiRequest('/api/aid/donor-imports', { schema: DonorImportListSchema, signal });
export const useDonorImports = () => useQuery({ queryKey: ['aid', 'donor-imports'], queryFn: ({ signal }) => getDonorImports(signal) });

export const getPartnerDonors = (partnerId: string, signal?: AbortSignal) => apiRequest(`/api/aid/partners/${encodeURIComponent(partnerId)}/donors`, { schema: PartnerDonorsSchema, signal });
export const usePartnerDonors = (partnerId: string | null) =>
  useQuery({ queryKey: ['aid', 'partner-donors', partnerId], queryFn: ({ signal }) => getPartnerDonors(partnerId!, signal), enabled: partnerId !== null });
