import { SupplyOverviewSchema, type SupplyInput } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

export const putSupply = (itemId: string, body: SupplyInput) =>
  apiRequest(`/api/aid/supply/${encodeURIComponent(itemId)}`, { method: 'PUT', body, schema: SupplyOverviewSchema });
export const usePutSupply = () => useAidMutation(({ itemId, supply }: { itemId: string; supply: SupplyInput }) => putSupply(itemId, supply));
