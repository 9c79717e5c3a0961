import { ConsignmentSchema, type ReceiptInput, type ShippingDetails, type StepInput } from '../../../../shared/schemas/aid-shipments';
import { apiRequest } from '../../../lib/api-client';
import { useAidMutation } from './use-aid-mutation';

// The writes on a consignment: shipping details, the next step, a receipt, the remainder.
const at = (id: number, tail = '') => `/api/aid/consignments/${id}${tail}`;
export const useUpdateConsignment = () => useAidMutation(({ id, body }: { id: number; body: ShippingDetails }) => apiRequest(at(id), { method: 'PATCH', body, schema: ConsignmentSchema }));
export const useConsignmentStep = () => useAidMutation(({ id, body }: { id: number; body: StepInput }) => apiRequest(at(id, '/steps'), { method: 'POST', body, schema: ConsignmentSchema }));
export const useRecordReceipt = () => useAidMutation(({ id, body }: { id: number; body: ReceiptInput }) => apiRequest(at(id, '/receipts'), { method: 'POST', body, schema: ConsignmentSchema }));
export const useSettleRemainder = () =>
  useAidMutation(({ id, action }: { id: number; action: 'returned' | 'carried-over' }) => apiRequest(at(id, '/remainder'), { method: 'POST', body: { action }, schema: ConsignmentSchema }));
