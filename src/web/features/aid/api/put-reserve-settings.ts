import { SupplyOverviewSchema, type ReserveSettings } from '../../../../shared/schemas/aid';
import { apiRequest } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

export const putReserveSettings = (body: ReserveSettings) => apiRequest('/api/aid/reserve-settings', { method: 'PUT', body, schema: SupplyOverviewSchema });
export const usePutReserveSettings = () => useAidMutation(putReserveSettings);
