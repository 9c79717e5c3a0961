import type { Caller } from '../../shared/schemas/roles';

/** Who is acting: a signed-in user, an anonymous visitor, or the system itself (CLI, seeding). */
export interface Actor {
  userId: number | null;
  label: string;
  role: Caller | 'system';
  partnerId: string | null;
  postId: string | null;
  requestId: string | null;
  /** The caller's own X-Request-Id, if it sent one (http/correlation-id.ts); never the request id. */
  correlationId?: string | null;
}

export const anonymousActor = (requestId: string | null = null, correlationId: string | null = null): Actor => ({
  userId: null,
  label: 'anonymous',
  role: 'anonymous',
  partnerId: null,
  postId: null,
  requestId,
  correlationId,
});

export const systemActor = (label: string): Actor => ({
  userId: null,
  label: `system:${label}`,
  role: 'system',
  partnerId: null,
  postId: null,
  requestId: null,
});
