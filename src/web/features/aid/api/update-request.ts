import { AidRequestSchema, type RequestInput } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

/** Edits a draft; with submit: true it is filed again. */
export const updateRequest = (id: number, body: RequestInput) => apiRequest(`/api/aid/requests/${id}`, { method: 'PUT', body, schema: AidRequestSchema });
export const useUpdateRequest = () => useAidMutation(({ id, input }: { id: number; input: RequestInput }) => updateRequest(id, input));
