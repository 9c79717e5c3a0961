import { useQuery } from '@tanstack/react-query';
import { AgencyPriorityWeightsSchema, type AgencyPriorityWeightsInput } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

export const aidPriorityWeightsQueryKey = ['aid', 'priority-weights'] as const;
export const getPriorityWeights = (signal?: AbortSignal) => apiRequest('/api/aid/priority-weights', { schema: AgencyPriorityWeightsSchema, signal });
export const usePriorityWeights = () => useQuery({ queryKey: aidPriorityWeightsQueryKey, queryFn: ({ signal }) => getPriorityWeights(signal) });

// Saving changes every plan's priorities: useAidMutation refetches every aid query.
export const putPriorityWeights = (body: AgencyPriorityWeightsInput) => apiRequest('/api/aid/priority-weights', { method: 'PUT', body, schema: AgencyPriorityWeightsSchema });
export const usePutPriorityWeights = () => useAidMutation(putPriorityWeights);
