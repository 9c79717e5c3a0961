import { AidRequestSchema } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

export const commentRequest = (id: number, body: string) => apiRequest(`/api/aid/requests/${id}/comments`, { method: 'POST', body: { body }, schema: AidRequestSchema });
export const useCommentRequest = () => useAidMutation(({ id, body }: { id: number; body: string }) => commentRequest(id, body));
