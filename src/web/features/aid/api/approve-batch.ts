import { ApprovedBatchSchema, type ApproveInput } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

export const approveBatch = (body: ApproveInput) => apiRequest('/api/aid/batches', { method: 'POST', body, schema: ApprovedBatchSchema });

/** Approves a plan; every aid query is refetched, the batches list (get-batches.ts) among them. */
export const useApproveBatch = () => useAidMutation(approveBatch);
