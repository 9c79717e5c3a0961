import { z } from 'zod';
import { IdSchema, OffsetSchema } from './common';

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  summary: z.record(z.string(), z.unknown()),
  requestId: z.string().nullable().describe('the id the server gave the request that made the change'),
  correlationId: z.string().nullable().describe('the X-Request-Id its caller sent, if any: the caller’s own, not checked'),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = z.object({
  actorId: IdSchema.optional(),
  action: z.string().max(80).optional(),
  entityType: z.string().max(80).optional(),
  entityId: z.string().max(80).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: OffsetSchema,
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;
export const AuditPageSchema = z.object({ entries: z.array(AuditEntrySchema), total: z.number().int() });

export const AuditActionsSchema = z.object({ actions: z.array(z.string()) });
