import { PledgeSchema, type PledgeInput } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

export const createPledge = (body: PledgeInput) => apiRequest('/api/aid/pledges', { method: 'POST', body, schema: PledgeSchema });
export const useCreatePledge = () => useAidMutation(createPledge);
