import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { AuditPageSchema, type AuditQuery } from '../../../../shared/schemas/audit';
import { apiRequest } from '../../../lib/api-client';

// The server fills in limit and offset when they are left out.
export type AuditLogQuery = Partial<AuditQuery>;

export const getAuditLog = (query: AuditLogQuery, signal?: AbortSignal) =>
  apiRequest('/api/audit', { schema: AuditPageSchema, query: { ...query }, signal });

export const auditLogQueryOptions = (query: AuditLogQuery) =>
  queryOptions({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => getAuditLog(query, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

/** One page of the audit log under the given filters; the previous page stays on screen while the next loads. */
export const useAuditLog = (query: AuditLogQuery) => useQuery(auditLogQueryOptions(query));
