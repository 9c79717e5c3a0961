// The life of a help request: new → assigned → waiting on citizen → resolved → closed. Officers move it along;
// a citizen's reply brings a case waiting on them, or resolved, back to its officer (assigned; new if it has
// none). A closed case stays closed: a new message opens a new case.

export const CASE_STATUSES = ['new', 'assigned', 'waiting_on_citizen', 'resolved', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

const BY_OFFICER: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['assigned', 'resolved'],
  assigned: ['waiting_on_citizen', 'resolved', 'new'],
  waiting_on_citizen: ['assigned', 'resolved'],
  resolved: ['closed', 'assigned'],
  closed: [],
};

/** Whether an officer may move a case from one status to another. */
export const officerMayMove = (from: CaseStatus, to: CaseStatus): boolean => BY_OFFICER[from].includes(to);

/** The status after the citizen replies; null when the case is closed and the reply cannot be taken. */
export function statusAfterCitizenReply(status: CaseStatus, hasOfficer: boolean): CaseStatus | null {
  if (status === 'closed') return null;
  if (status === 'waiting_on_citizen' || status === 'resolved') return hasOfficer ? 'assigned' : 'new';
  return status;
}
