import { AgencyNeedsParametersSchema, type AgencyNeedsInput } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

// Saving the agency's values changes the reserve: useAidMutation refetches the supply with them.
export const putNeedsParameters = (body: AgencyNeedsInput) => apiRequest('/api/aid/needs-parameters', { method: 'PUT', body, schema: AgencyNeedsParametersSchema });
export const usePutNeedsParameters = () => useAidMutation(putNeedsParameters);
