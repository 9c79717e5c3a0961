import { describe, expect, it } from 'vitest';
import { escalationDue, type EscalationCandidate } from './sla-escalation';

const NOW = Date.parse('2020-03-10T12:00:00.000Z');
const PAST = '2020-03-10T11:00:00.000Z';
const FUTURE = '2020-03-10T13:00:00.000Z';
const base: EscalationCandidate = { status: 'new', firstResponseDue: FUTURE, firstResponseAt: null, resolutionDue: FUTURE, resolvedAt: null, escalatedTo: null, escalatedAt: null, escalationReason: null };

describe('escalationDue', () => {
  it('escalates nothing while the timers run', () => {
    expect(escalationDue(base, NOW)).toBeNull();
  });

  it('escalates a first response that ran out, once', () => {
    const late = { ...base, firstResponseDue: PAST };
    expect(escalationDue(late, NOW)).toBe('first_response');
    expect(escalationDue({ ...late, escalatedAt: PAST, escalationReason: 'sla:first_response' }, NOW)).toBeNull();
    expect(escalationDue({ ...late, firstResponseAt: '2020-03-10T11:30:00.000Z' }, NOW)).toBeNull();
  });

  it('escalates the resolution after the first response, once', () => {
    const late = { ...base, firstResponseDue: PAST, resolutionDue: PAST };
    expect(escalationDue(late, NOW)).toBe('resolution');
    expect(escalationDue({ ...late, escalatedAt: PAST, escalationReason: 'sla:first_response' }, NOW)).toBe('resolution');
    expect(escalationDue({ ...late, escalatedAt: PAST, escalationReason: 'sla:resolution' }, NOW)).toBeNull();
  });

  it('leaves resolved and closed cases, and cases an officer escalated', () => {
    const late = { ...base, firstResponseDue: PAST, resolutionDue: PAST };
    expect(escalationDue({ ...late, status: 'resolved' }, NOW)).toBeNull();
    expect(escalationDue({ ...late, status: 'closed' }, NOW)).toBeNull();
    expect(escalationDue({ ...late, escalatedTo: 7, escalatedAt: PAST, escalationReason: 'the post head should call' }, NOW)).toBeNull();
  });
});
