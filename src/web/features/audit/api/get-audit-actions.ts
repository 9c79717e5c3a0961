import { useQuery } from '@tanstack/react-query';
import { AuditActionsSchema } from '../../../../shared/schemas/audit';
import { apiRequest } from '../../../lib/api-client';

/** The actions the log holds, offered by the action filter. */
export const useAuditActions = () =>
  useQuery({ queryKey: ['audit', 'actions'], queryFn: ({ signal }) => apiRequest('/api/audit/actions', { schema: AuditActionsSchema, signal }), staleTime: 60_000 });
