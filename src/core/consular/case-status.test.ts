import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, officerMayMove, statusAfterCitizenReply } from './case-status';

describe('case status', () => {
  it('lets officers walk the flow forward, and never out of closed', () => {
    expect(officerMayMove('new', 'assigned')).toBe(true);
    expect(officerMayMove('assigned', 'waiting_on_citizen')).toBe(true);
    expect(officerMayMove('waiting_on_citizen', 'resolved')).toBe(true);
    expect(officerMayMove('resolved', 'closed')).toBe(true);
    expect(officerMayMove('new', 'closed')).toBe(false);
    expect(CASE_STATUSES.filter((s) => officerMayMove('closed', s))).toEqual([]);
  });

  it('reopens a case waiting on the citizen or resolved when the citizen replies', () => {
    expect(statusAfterCitizenReply('waiting_on_citizen', true)).toBe('assigned');
    expect(statusAfterCitizenReply('resolved', true)).toBe('assigned');
    expect(statusAfterCitizenReply('resolved', false)).toBe('new');
    expect(statusAfterCitizenReply('new', false)).toBe('new');
    expect(statusAfterCitizenReply('closed', true)).toBeNull();
  });
});
