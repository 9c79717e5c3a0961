import { useQuery } from '@tanstack/react-query';
import { ConsignmentSchema } from '../../../../shared/schemas/aid-shipments';
import { apiRequest } from '../../../lib/api-client';

export const useConsignment = (id: number) =>
  useQuery({ queryKey: ['aid', 'consignment', id], queryFn: ({ signal }) => apiRequest(`/api/aid/consignments/${id}`, { schema: ConsignmentSchema, signal }), enabled: Number.isInteger(id) && id > 0 });
