import { describe, expect, it } from 'vitest';
import { caseDeadlines, timerState } from './case-timers';
import type { WorkingSchedule } from './working-time';

const london: WorkingSchedule = { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00', holidays: new Set(['2020-12-25']) };
const at = (iso: string) => Date.parse(iso);

describe('case timers', () => {
  it('sets the deadlines by urgency in working time', () => {
    // Wednesday 23 Dec 2020 15:00 in London: an urgent case (two working hours) is answered by 17:00.
    expect(caseDeadlines(at('2020-12-23T15:00:00Z'), 'urgent', london).firstResponse).toBe(at('2020-12-23T17:00:00Z'));
    // Normal: eight working hours, so 2 on Wednesday, 6 on Thursday (09:00–15:00).
    expect(caseDeadlines(at('2020-12-23T15:00:00Z'), 'normal', london).firstResponse).toBe(at('2020-12-24T15:00:00Z'));
  });

  it('runs down in working minutes, goes negative once breached, and stops when met', () => {
    const due = at('2020-12-24T15:00:00Z');
    expect(timerState(due, null, at('2020-12-24T14:00:00Z'), london)).toEqual({ due, metAt: null, breached: false, workingMinutesLeft: 60 });
    // Two hours late on Thursday evening, none over Christmas and the weekend, one more by Monday 28 at 10:00.
    expect(timerState(due, null, at('2020-12-28T10:00:00Z'), london)).toMatchObject({ breached: true, workingMinutesLeft: -180 });
    expect(timerState(due, at('2020-12-24T16:00:00Z'), at('2020-12-28T10:00:00Z'), london)).toMatchObject({ breached: true, workingMinutesLeft: null });
    expect(timerState(due, at('2020-12-24T09:30:00Z'), at('2020-12-28T10:00:00Z'), london)).toMatchObject({ breached: false });
  });
});
