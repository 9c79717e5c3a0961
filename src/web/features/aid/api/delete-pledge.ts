import { PledgeSchema } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

export const deletePledge = (id: number) => apiRequest(`/api/aid/pledges/${id}`, { method: 'DELETE', schema: PledgeSchema });
export const useDeletePledge = () => useAidMutation(deletePledge);
