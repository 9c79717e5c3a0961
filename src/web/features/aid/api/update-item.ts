import { AidItemSchema, type UpdateAidItem } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

export const updateItem = (id: string, body: UpdateAidItem) => apiRequest(`/api/aid/items/${encodeURIComponent(id)}`, { method: 'PATCH', body, schema: AidItemSchema });
export const useUpdateItem = () => useAidMutation(({ id, patch }: { id: string; patch: UpdateAidItem }) => updateItem(id, patch));
