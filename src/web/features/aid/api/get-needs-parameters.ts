import { useQuery } from '@tanstack/react-query';
import { AgencyNeedsParametersSchema } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';

export const aidNeedsParametersQueryKey = ['aid', 'needs-parameters'] as const;
export const getNeedsParameters = (signal?: AbortSignal) => apiRequest('/api/aid/needs-parameters', { schema: AgencyNeedsParametersSchema, signal });
export const useNeedsParameters = () => useQuery({ queryKey: aidNeedsParametersQueryKey, queryFn: ({ signal }) => getNeedsParameters(signal) });
