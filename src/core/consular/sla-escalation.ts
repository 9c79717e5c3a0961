// Escalation when a service-level timer runs out (issue 13). A running case whose first-response or
// resolution deadline has passed is escalated to its post's supervisors once per timer: the first response
// first, then the resolution if it runs out too. An officer's own escalation stands: the case already has
// someone above it, and the timers show on it.

export type EscalationTimer = 'first_response' | 'resolution';
/** The reason stored with an automatic escalation; the web shows it translated. */
export const autoEscalationReason = (timer: EscalationTimer) => `sla:${timer}`;

export interface EscalationCandidate {
  status: string;
  firstResponseDue: string | null;
  firstResponseAt: string | null;
  resolutionDue: string | null;
  resolvedAt: string | null;
  /** Null until escalated; an officer's escalation names the officer. */
  escalatedTo: number | null;
  escalatedAt: string | null;
  escalationReason: string | null;
}

const overdue = (due: string | null, doneAt: string | null, now: number) => due !== null && doneAt === null && now > Date.parse(due);

/** The timer to escalate the case for now, or null. */
export function escalationDue(c: EscalationCandidate, now: number): EscalationTimer | null {
  if (c.status === 'resolved' || c.status === 'closed') return null;
  const byOfficer = c.escalatedAt !== null && c.escalatedTo !== null;
  if (byOfficer) return null;
  const already = c.escalatedAt === null ? null : c.escalationReason;
  if (overdue(c.resolutionDue, c.resolvedAt, now) && already !== autoEscalationReason('resolution')) return 'resolution';
  if (overdue(c.firstResponseDue, c.firstResponseAt, now) && already === null) return 'first_response';
  return null;
}
